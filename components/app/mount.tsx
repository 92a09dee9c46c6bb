import { createRoot } from 'react-dom/client';
import type { ReactNode } from 'react';
import { openStore, systemClock } from '@/lib/db';
import { SafetyGate } from '../safety/SafetyGate';
import { deviceOriginHolder } from '../safety/origin';
import { AppProvider } from './AppProvider';

/** Mounts a surface into #root with the store opened once for the page. */
export function mount(children: ReactNode): void {
  const store = openStore({ clock: systemClock(() => deviceOriginHolder.value) });
  // Ask the browser not to evict the records under storage pressure (with unlimitedStorage,
  // Chromium grants it to extensions; the answer changes nothing else).
  void navigator.storage?.persist?.();
  createRoot(document.getElementById('root')!).render(<AppProvider store={store}><SafetyGate>{children}</SafetyGate></AppProvider>);
}
