import { z } from 'zod';

// The one contract between extension parts: every message is one of these, checked on receipt.
export const Message = z.discriminatedUnion('type', [
  /** Open (or focus) the workspace tab, optionally at a route such as '/welcome'. */
  z.object({ type: z.literal('openWorkspace'), route: z.string().startsWith('/').default('/') }),
  /** Fill the active tab's form (the autofill issue wires the engine in). */
  z.object({ type: z.literal('fillActiveTab') }),
  /** Ask the service worker whether it is up (tests, the popup's status). */
  z.object({ type: z.literal('ping') }),
  /**
   * Issues changed or the reminder setting did: recount the toolbar badge (no notification). A page
   * that has just counted them (the dashboard) sends its counts, so 50,000 issues are not counted twice.
   */
  z.object({
    type: z.literal('refreshReminders'),
    counts: z.object({ overdue: z.number().int().min(0), dueSoon: z.number().int().min(0) }).optional(),
  }),
  /** A tab was filled or undone outside the side panel (menu, shortcut, popup): the panel reloads it. */
  z.object({ type: z.literal('autofillChanged'), tabId: z.number().int() }),
  /** Sent by the side panel over its picking port: the user is picking a field in this tab (cancelled if the panel closes). */
  z.object({ type: z.literal('pickingField'), tabId: z.number().int() }),
]);
export type Message = z.input<typeof Message>;

export const Reply = z.object({ ok: z.boolean(), error: z.string().optional(), data: z.unknown().optional() });
export type Reply = z.infer<typeof Reply>;

export { AgentCapture, AgentFillReport, AgentField, AgentPage, AgentPick, AgentUndo } from './autofill';

/** Validates an incoming message; a bad one becomes a Chinese error reply, never a throw. */
export function parseMessage(raw: unknown): { message: z.infer<typeof Message> } | { error: string } {
  const result = Message.safeParse(raw);
  return result.success ? { message: result.data } : { error: '无法识别的扩展内部消息' };
}
