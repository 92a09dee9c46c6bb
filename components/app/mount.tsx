import { createRoot } from 'react-dom/client';
import type { ReactNode } from 'react';
import { openStore } from '@/lib/db';
import { AppProvider } from './AppProvider';

/** Mounts a surface into #root with the store opened once for the page. */
export function mount(children: ReactNode): void {
  const store = openStore();
  // Ask the browser not to evict the records under storage pressure (with unlimitedStorage,
  // Chromium grants it to extensions; the answer changes nothing else).
  void navigator.storage?.persist?.();
  createRoot(document.getElementById('root')!).render(<AppProvider store={store}>{children}</AppProvider>);
}
