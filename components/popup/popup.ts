import type { Message } from '@/lib/messages';

/**
 * The toolbar popup: the entry to everything, and fast (interactive within 150 ms). Its buttons are
 * static HTML wired here in plain TypeScript: no React, zod or database on first paint. The message
 * contract loads on the first click, the export list (React) after the popup has painted.
 */

/** The message contract (zod) loads on the first click, not on first paint. */
async function sendMessage(message: Message) {
  const { sendMessage: send } = await import('../extension/sendMessage');
  return send(message);
}

/** Opens the workspace at a route (reusing its tab); the popup is done then. */
export async function openWorkspace(route: string): Promise<void> {
  await sendMessage({ type: 'openWorkspace', route });
  window.close();
}

/** 填写本页: the side panel opens beside the page (its report and 撤销) while the service worker fills it. */
function fillPage(): void {
  // Straight from the click, before any await: opening the side panel needs the user's gesture.
  browser.sidePanel?.open({ windowId: browser.windows.WINDOW_ID_CURRENT }).catch(() => undefined);
  void sendMessage({ type: 'fillActiveTab' });
}

/** What each button (its `data-action` in popup/index.html) does. */
const ACTIONS: Record<string, () => unknown> = {
  openWorkspace: () => openWorkspace('/'),
  quickNote: () => openWorkspace('/visits?quick=1'), // 快速记一笔
  fillPage,
  exportReport: () => openWorkspace('/reports'), // 导出调研报告
};

/** Wires the popup's buttons and marks the moment they work, for the popup-interactive benchmark. */
export function wirePopup(root: Document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-action]')) {
    const action = ACTIONS[button.dataset.action!];
    if (action) button.addEventListener('click', () => void action());
  }
  performance.mark('footsteps:interactive');
}

/** The recent reports list (React and the database) is mounted once the buttons have painted. */
export function mountReportsAfterPaint(placeholder: HTMLElement): void {
  requestAnimationFrame(() => setTimeout(() => {
    void import('./mountPopupReports').then((m) => m.mountPopupReports(placeholder));
  }, 0));
}
