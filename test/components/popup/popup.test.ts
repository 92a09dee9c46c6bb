// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { wirePopup } from '@/components/popup/popup';

// The popup's real markup, wired as the entrypoint does.
const HTML = readFileSync('entrypoints/popup/index.html', 'utf8');
const button = (text: string) => [...document.querySelectorAll('button')].find((b) => b.textContent === text)!;

describe('the toolbar popup (static buttons, wired without React)', () => {
  const calls: string[] = [];
  const sendMessage = vi.fn(async (message: unknown) => {
    calls.push(`message ${JSON.stringify(message)}`);
    return { ok: true };
  });
  const openSidePanel = vi.fn(async () => { calls.push('sidePanel.open'); });

  beforeEach(() => {
    calls.length = 0;
    document.documentElement.innerHTML = new DOMParser().parseFromString(HTML, 'text/html').documentElement.innerHTML;
    vi.stubGlobal('browser', {
      runtime: { sendMessage },
      sidePanel: { open: openSidePanel },
      windows: { WINDOW_ID_CURRENT: -2 },
    });
    vi.spyOn(window, 'close').mockImplementation(() => calls.push('close'));
    performance.clearMarks();
    wirePopup(document);
  });
  afterEach(() => { vi.unstubAllGlobals(); vi.restoreAllMocks(); });

  it('marks the moment its four buttons work', () => {
    expect(performance.getEntriesByName('footsteps:interactive')).toHaveLength(1);
    expect([...document.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['打开工作台', '快速记一笔', '填写本页', '导出调研报告']);
  });

  it('填写本页 opens the side panel within the click, before any await, then asks for the fill', async () => {
    button('填写本页').click();
    expect(calls).toEqual(['sidePanel.open']); // synchronously: the user's gesture is still there
    expect(openSidePanel).toHaveBeenCalledWith({ windowId: -2 });
    await vi.waitFor(() => expect(calls).toEqual(['sidePanel.open', 'message {"type":"fillActiveTab"}']));
  });

  it.each([
    ['打开工作台', '/'],
    ['快速记一笔', '/visits?quick=1'],
    ['导出调研报告', '/reports'],
  ])('%s opens the workspace at %s, then closes the popup', async (text, route) => {
    button(text).click();
    await vi.waitFor(() => expect(calls).toEqual([`message ${JSON.stringify({ type: 'openWorkspace', route })}`, 'close']));
  });

});
