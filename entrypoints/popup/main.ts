import '@/components/popup/popup.css';
import { mountReportsAfterPaint, wirePopup } from '@/components/popup/popup';

// The buttons are static HTML; this only wires them, then adds the export list (React) later.
wirePopup(document);
mountReportsAfterPaint(document.getElementById('popup-reports')!);
