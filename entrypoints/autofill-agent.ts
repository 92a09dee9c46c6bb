import { installAgent } from '@/components/extension/injectedAgent';

// Not listed in the manifest: injected into a tab's frames only when the user asks to fill or
// capture (chrome.scripting, world MAIN, so the page's own frameworks and editors are reachable).
export default defineUnlistedScript(() => installAgent());
