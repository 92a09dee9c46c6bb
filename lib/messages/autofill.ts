import { z } from 'zod';
import { FieldKey, FieldSelector } from '../autofill';

// What the autofill agent in a page answers (through chrome.scripting's results): checked on
// receipt like every message, because a page's own scripts share the world the agent runs in.

const FieldKeyOrNull = FieldKey.nullable();
const Value = z.union([z.string(), z.array(z.string())]);

/** A field the agent found, addressed by `ref` within its frame. */
export const AgentField = z.object({
  ref: z.string(),
  key: FieldKeyOrNull,
  label: z.string(),
  confidence: z.number(),
  section: z.string().default(''),
  selector: FieldSelector,
  /** The key came from a template's correction. */
  fromTemplate: z.boolean(),
  /** Why the field has no key (Chinese). */
  reason: z.string().optional(),
  /** The keys whose values it takes when more than its own: a cascader's 街道/社区/网格, a range's start and end. */
  valueKeys: z.array(FieldKey).default([]),
});
export type AgentField = z.infer<typeof AgentField>;

export const AgentFillReport = z.object({
  filled: z.array(z.object({ key: FieldKeyOrNull, label: z.string(), value: Value })),
  skipped: z.array(z.object({ key: FieldKeyOrNull, label: z.string(), reason: z.string() })),
});
export type AgentFillReport = z.infer<typeof AgentFillReport>;

/** One frame's page as the agent sees it, and the fill it can still undo. */
export const AgentPage = z.object({
  url: z.string(),
  title: z.string(),
  fields: z.array(AgentField),
  lastFill: AgentFillReport.nullable(),
});
export type AgentPage = z.infer<typeof AgentPage>;

/** 在页面上选取字段: the field the user clicked on the page, or null when the pick was cancelled. */
export const AgentPick = z.object({ field: AgentField.nullable() });
export type AgentPick = z.infer<typeof AgentPick>;

export const AgentUndo = z.object({ restored: z.number().int() });
export type AgentUndo = z.infer<typeof AgentUndo>;
export const AgentCapture = z.object({
  url: z.string(),
  title: z.string(),
  fields: z.array(z.object({ key: FieldKeyOrNull, label: z.string(), value: Value })),
});
export type AgentCapture = z.infer<typeof AgentCapture>;
