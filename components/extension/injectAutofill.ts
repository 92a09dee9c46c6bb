// The edge between the extension and a government page: chrome.scripting runs the autofill agent
// (entrypoints/autofill-agent.ts) in the tab's frames, on the user's action only, and every answer
// is checked with the zod schemas of lib/messages before anyone uses it.
import { z } from 'zod';
import type { FieldKey, FieldOverride, FillValues } from '@/lib/autofill';
import type { CapturedField } from '@/lib/autofill-values';
import { AgentCapture, AgentFillReport, AgentPage, AgentPick, AgentUndo, type AgentField } from '@/lib/messages';
import type { AutofillAgent } from './injectedAgent';

const AGENT_FILE = '/autofill-agent.js';
/** The engine's reason for a value with no field (kept the same so the report groups them). */
export const NOT_ON_PAGE = '页面上没有找到这个字段';

/** A tab the extension may fill: a web page, not one of the browser's or ours. */
export const isWebPage = (url: string | undefined): boolean => !url || /^https?:/.test(url);

/** Thrown when the page is not open to the extension: the panel then offers 启用本站. */
export class NoSiteAccess extends Error {
  constructor() {
    super('脚步还不能访问这个页面。请在该页面上点击工具栏的脚步图标，或按 Alt+Shift+F，或在侧边栏点“启用本站”。');
    this.name = 'NoSiteAccess';
  }
}

/** Runs one agent operation in every frame of the tab that has an agent; one answer per frame. */
async function runAgent<S extends z.ZodType>(
  tabId: number, schema: S, op: keyof AutofillAgent, args: unknown[], frameId?: number,
): Promise<{ frameId: number; result: z.infer<S> }[]> {
  const target = frameId === undefined ? { tabId, allFrames: true } : { tabId, frameIds: [frameId] };
  try {
    // The agent stays in a page between operations (it holds the undo); inject it only where it is missing.
    const present = await browser.scripting.executeScript({ target, world: 'MAIN', func: () => window.__footstepsAutofill !== undefined });
    if (present.some((frame) => !frame.result)) await browser.scripting.executeScript({ target, world: 'MAIN', files: [AGENT_FILE] });
  } catch (error) {
    if (/permission|Cannot access/i.test(String(error))) throw new NoSiteAccess();
    throw error;
  }
  const results = await browser.scripting.executeScript({
    target, world: 'MAIN', args: [op, args],
    // Runs in the page: no closures, only what is passed in.
    func: (name: string, params: unknown[]) => {
      const agent = window.__footstepsAutofill as unknown as Record<string, (...a: unknown[]) => unknown> | null | undefined;
      return agent ? agent[name](...params) : null;
    },
  });
  return results
    .filter((r) => r.result != null)
    .map((r) => ({ frameId: r.frameId, result: schema.parse(r.result) }));
}

export interface TabPage {
  url: string;
  title: string;
  frames: { frameId: number; page: AgentPage }[];
  /** Origins of frames embedded in the page that the extension may not enter: not detected, not filled. */
  blockedFrames: string[];
}

/** A tab's fill: the frames' reports in one, and the embedded frames left unfilled for want of access. */
export type TabFillReport = AgentFillReport & { blockedFrames: string[] };

/**
 * The origins of the visible frames embedded in another site's pages, listed by every frame the
 * extension reaches. executeScript with allFrames silently skips the frames it may not enter
 * (activeTab covers the tab's own site only), so they are found from their parents.
 */
async function embeddedOrigins(tabId: number): Promise<string[]> {
  const answers = await browser.scripting.executeScript({
    target: { tabId, allFrames: true },
    // Runs in the page (isolated world): no closures. A frame of another origin has no contentDocument here.
    func: () => [...document.querySelectorAll<HTMLIFrameElement>('iframe, frame')].flatMap((frame) => {
      const box = frame.getBoundingClientRect();
      const visible = box.width > 8 && box.height > 8; // not a hidden session or tracking frame
      return !frame.contentDocument && visible && /^https?:/.test(frame.src) ? [new URL(frame.src).origin] : [];
    }),
  });
  return answers.flatMap((answer) => z.array(z.string()).parse(answer.result ?? []));
}

/** What the page holds: the fields of every frame (with the template's corrections applied). */
export async function inspectTab(tabId: number, overrides: FieldOverride[]): Promise<TabPage> {
  const frames = (await runAgent(tabId, AgentPage, 'page', [overrides])).map(({ frameId, result }) => ({ frameId, page: result }));
  const top = frames.find((f) => f.frameId === 0)?.page ?? frames[0]?.page;
  // A frame of another site that answered is one the user has enabled; the others stay out of reach.
  const reached = new Set(frames.map((f) => new URL(f.page.url).origin));
  const blockedFrames = [...new Set(await embeddedOrigins(tabId))].filter((origin) => !reached.has(origin));
  return { url: top?.url ?? '', title: top?.title ?? '', frames, blockedFrames };
}

/**
 * Fills every frame it may enter; one report for the tab, naming the embedded frames it may not.
 * Only values for keys the page has fields for enter the page's world (the page's own scripts share
 * it); the others are reported as not used.
 */
export async function fillTab(tabId: number, values: FillValues, overrides: FieldOverride[]): Promise<TabFillReport> {
  const page = await inspectTab(tabId, overrides);
  const onPage = new Set(page.frames.flatMap((f) => f.page.fields.flatMap((field) => [field.key, ...field.valueKeys])));
  const entries = Object.entries(values) as [FieldKey, string | string[]][];
  const needed = Object.fromEntries(entries.filter(([key]) => onPage.has(key)));
  const unused = entries.filter(([key]) => !onPage.has(key)).map(([key]) => ({ key, label: '', reason: NOT_ON_PAGE }));
  const reports = await runAgent(tabId, AgentFillReport, 'fill', [needed, overrides]);
  return {
    filled: reports.flatMap((r) => r.result.filled),
    skipped: [...reports.flatMap((r) => r.result.skipped), ...unused],
    blockedFrames: page.blockedFrames,
  };
}

/** Puts every field changed by this tab's fills back; returns how many. */
export async function undoTab(tabId: number): Promise<number> {
  const answers = await runAgent(tabId, AgentUndo, 'undo', []);
  return answers.reduce((sum, a) => sum + a.result.restored, 0);
}

/** Reads the page's fields (a filled form or a detail page) for a new issue or visit. */
export async function captureTab(tabId: number): Promise<{ url: string; title: string; fields: CapturedField[] }> {
  const answers = await runAgent(tabId, AgentCapture, 'read', []);
  const top = answers.find((a) => a.frameId === 0)?.result ?? answers[0]?.result;
  return { url: top?.url ?? '', title: top?.title ?? '', fields: answers.flatMap((a) => a.result.fields) };
}

/** Shows the user, on the page, which field a row of the preview is ("frameId:ref"). */
export async function locateField(tabId: number, fieldRef: string): Promise<void> {
  const [frameId, ref] = fieldRef.split(':');
  await runAgent(tabId, z.boolean(), 'locate', [ref], Number(frameId));
}

/**
 * 在页面上选取字段: every frame with an agent shows the picking layer; the first frame to answer decides
 * (a click on a field, or Esc), and the layer is then removed from all. Resolves with the picked field
 * ("frameId:ref", as in the preview) or null.
 */
export async function pickField(tabId: number, frameIds: number[], overrides: FieldOverride[]): Promise<AgentField | null> {
  const picks = frameIds.map(async (frameId) => {
    const [answer] = await runAgent(tabId, AgentPick, 'pick', [overrides], frameId);
    const field = answer?.result.field;
    return field ? { ...field, ref: `${frameId}:${field.ref}` } : null;
  });
  try {
    return await Promise.race(picks);
  } finally {
    await cancelPicking(tabId);
  }
}

/** Removes the picking layer from every frame of the tab; never injects an agent where there is none. */
export async function cancelPicking(tabId: number): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId, allFrames: true }, world: 'MAIN',
    func: () => { window.__footstepsAutofill?.cancelPick?.(); },
  });
}

/** The origin pattern a site's optional host permission is requested for: http://host/* (a page's URL or an origin). */
export const originPattern = (url: string): string => `${new URL(url).protocol}//${new URL(url).hostname}/*`;

export const hasSiteAccess = (url: string): Promise<boolean> =>
  browser.permissions.contains({ origins: [originPattern(url)] });

/** 启用本站 / 启用该网站: asks the user (a browser prompt) to let the extension open this site's pages itself. Needs a click. */
export const requestSiteAccess = (url: string): Promise<boolean> =>
  browser.permissions.request({ origins: [originPattern(url)] });
