/** Starts the demo government site on 127.0.0.1 (port 0 picks a free one). */
export function startDemoSite(options?: { port?: number }): Promise<{ url: string; close: () => Promise<void> }>;
