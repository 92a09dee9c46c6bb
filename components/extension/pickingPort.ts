// While the side panel is picking a field on a page, it holds a port open to the service worker; when
// the panel closes (or reloads) mid-pick the port drops and the worker removes the picking layer from
// the page, so a closed panel never leaves the page covered.
import { parseMessage, type Message } from '@/lib/messages';
import { cancelPicking } from './injectAutofill';

const PICKING_PORT = 'footsteps-picking';

/** Panel side: holds the port until the returned function is called (reconnecting if the worker restarts). */
export function holdPickingPort(tabId: number): () => void {
  let port: ReturnType<typeof browser.runtime.connect> | null = null;
  const open = () => {
    port = browser.runtime.connect({ name: PICKING_PORT });
    port.onDisconnect.addListener(() => { if (port) open(); });
    port.postMessage({ type: 'pickingField', tabId } satisfies Message);
  };
  open();
  return () => {
    const held = port;
    port = null;
    held?.disconnect();
  };
}

/** Service worker side (wired in background.ts): a picking panel's port dropped, so end its pick. */
export function watchPickingPanels(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PICKING_PORT) return;
    let tabId: number | null = null;
    port.onMessage.addListener((raw) => {
      const parsed = parseMessage(raw);
      if ('message' in parsed && parsed.message.type === 'pickingField') tabId = parsed.message.tabId;
    });
    port.onDisconnect.addListener(() => { if (tabId !== null) cancelPicking(tabId).catch(() => undefined); });
  });
}
