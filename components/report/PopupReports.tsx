import { useEffect, useState } from 'react';
import './popupReports.css';
import type { PopupExportItem } from './popupReports';

/**
 * The popup's export list: recent report drafts and topics, one click each. It loads the database
 * after the popup has painted, and hands the export to the workspace page (the popup closes when
 * it loses focus, so it cannot wait for a large document).
 */
export function PopupReports({ open }: { open: (route: string) => () => Promise<void> }) {
  const [items, setItems] = useState<PopupExportItem[] | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => {
      import('./popupReports').then((m) => m.loadPopupExports()).then(setItems, () => setItems([]));
    }, 0);
    return () => clearTimeout(timer);
  }, []);
  if (!items?.length) return null;
  return (
    <section className="popup-exports" data-testid="popup-exports">
      <h2>一键导出调研报告（Word）</h2>
      {items.map((item) => (
        <button key={item.route} title={item.title} onClick={open(item.route)} data-testid={`popup-export-${item.kind}`}>
          <span className="tag">{item.kind === 'draft' ? '草稿' : '课题'}</span>{item.title}
        </button>
      ))}
    </section>
  );
}
