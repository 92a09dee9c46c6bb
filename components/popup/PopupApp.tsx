import { useEffect } from 'react';
import type { Message } from '@/lib/messages';
import './popup.css';
import { PopupReports } from '../report/PopupReports';

/** The message contract (zod) loads on the first click, not on first paint. */
async function sendMessage(message: Message) {
  const { sendMessage: send } = await import('../extension/sendMessage');
  return send(message);
}

/** 填写本页: the side panel opens beside the page (its report and 撤销) while the service worker fills it. */
function fillPage() {
  // Straight from the click, before any await: opening the side panel needs the user's gesture.
  browser.sidePanel?.open({ windowId: browser.windows.WINDOW_ID_CURRENT }).catch(() => undefined);
  void sendMessage({ type: 'fillActiveTab' });
}

/**
 * The toolbar popup: the entry to everything, and fast (interactive within 150 ms). It is plain
 * React without antd or the database on first paint; anything heavier is loaded lazily after it.
 */
export function PopupApp() {
  // Marks the moment the popup can be used, for the popup-interactive benchmark.
  useEffect(() => { performance.mark('footsteps:interactive'); }, []);
  const open = (route: string) => async () => {
    await sendMessage({ type: 'openWorkspace', route });
    window.close();
  };
  return (
    <main className="popup">
      <h1>脚步 · 调研走访助手</h1>
      <button className="primary" onClick={open('/')} data-testid="open-workspace">打开工作台</button>
      <button onClick={open('/visits?quick=1')}>快速记一笔</button>
      <button onClick={fillPage}>填写本页</button>
      <button onClick={open('/reports')}>导出调研报告</button>
      <PopupReports open={open} />
    </main>
  );
}
