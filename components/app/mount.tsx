import { createRoot } from 'react-dom/client';
import type { ReactNode } from 'react';
import { openStore } from '@/lib/db';
import { AppProvider } from './AppProvider';

/** Mounts a surface into #root with the store opened once for the page. */
export function mount(children: ReactNode): void {
  const store = openStore();
  createRoot(document.getElementById('root')!).render(<AppProvider store={store}>{children}</AppProvider>);
}
