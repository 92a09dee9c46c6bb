/** Opens the workspace tab at a route, reusing an open one. The only place that knows its URL. */
export async function openWorkspace(route = '/'): Promise<void> {
  const base = browser.runtime.getURL('/workspace.html');
  const url = `${base}#${route}`;
  const [existing] = await browser.tabs.query({ url: `${base}*` });
  if (existing?.id !== undefined) {
    await browser.tabs.update(existing.id, { url, active: true });
    if (existing.windowId !== undefined) await browser.windows.update(existing.windowId, { focused: true });
  } else {
    await browser.tabs.create({ url });
  }
}
