import { useEffect, useState } from 'react';
import { isWebPage } from '../extension/injectAutofill';

/**
 * The tab the panel fills: `?tabId=` when given (the panel opened as a tab, as in tests), else the
 * active tab of the panel's window, else the web page used last in that window. `version` grows
 * whenever that tab switches or finishes loading, so the panel looks at the page again.
 */
export function useTargetTab(): { tabId: number | null; version: number } {
  const [tabId, setTabId] = useState<number | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const fixed = Number(new URLSearchParams(location.search).get('tabId'));
    let windowId: number | undefined;
    let current: number | null = null;
    const choose = async () => {
      const self = await browser.tabs.getCurrent();
      const tabs = await browser.tabs.query(fixed ? {} : { windowId });
      const candidates = fixed
        ? tabs.filter((t) => t.id === fixed)
        : tabs.filter((t) => t.id !== self?.id && isWebPage(t.url)).sort((a, b) => Number(b.active) - Number(a.active) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
      current = candidates[0]?.id ?? null;
      setTabId(current);
      setVersion((v) => v + 1);
    };
    const onActivated = (info: { windowId: number }) => { if (!fixed && info.windowId === windowId) void choose(); };
    const onUpdated = (id: number, change: { status?: string }) => { if (id === current && change.status === 'complete') setVersion((v) => v + 1); };
    browser.windows.getCurrent().then((w) => { windowId = w.id; return choose(); });
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);

  return { tabId, version };
}
