import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup/PopupApp';

// The popup mounts without the store and antd so it paints at once (see PopupApp).
createRoot(document.getElementById('root')!).render(<PopupApp />);
