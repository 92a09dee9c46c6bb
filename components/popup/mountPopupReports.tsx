import { createRoot } from 'react-dom/client';
import { PopupReports } from '../report/PopupReports';
import { openWorkspace } from './popup';

/** Loaded after the popup's first paint: the one React part of the popup, its export list. */
export function mountPopupReports(placeholder: HTMLElement): void {
  createRoot(placeholder).render(<PopupReports open={(route) => () => openWorkspace(route)} />);
}
