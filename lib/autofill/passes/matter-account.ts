import type { FoundField } from '../field';
import { normalizeLabel } from '../text';
import { MATTER_SECTION } from './matter';

/** An account that says not of what (情况说明, 说明). */
const BARE_ACCOUNT = /^(情况|说明|情况说明|详细说明)$/;

/** A section of the matter's handling (办理事项, 处置情况): its account tells what was done, not the matter. */
export const HANDLING_SECTION = /办理|处理|处置|办结|反馈|回复|答复|核查|核实|整改|调处|调解|协调/;

/**
 * "事项标题 [ ] 事项分类 [ ] 情况说明 [ ]": a bare account right after the matter's own title or category, or in a long
 * box of the matter's own section (小区及事项), tells the matter, when no other field describes it. Elsewhere (after a
 * visit's fields) it says nothing sure.
 */
export function resolveMatterAccounts(fields: FoundField[]): void {
  if (fields.some((f) => f.key === 'issue.description')) return;
  const i = fields.findIndex((f, at) => f.openText && BARE_ACCOUNT.test(normalizeLabel(f.label))
    && (['issue.title', 'issue.category'].includes(fields[at - 1]?.key ?? '') || (f.kind === 'textarea' && inMatterSection(f))));
  if (i < 0) return;
  fields[i].assign('issue.description');
}

function inMatterSection(field: FoundField): boolean {
  const heading = normalizeLabel(field.section);
  return MATTER_SECTION.test(heading) && !HANDLING_SECTION.test(heading);
}

/** The section recording the user's call (调查记录, 走访情况, 入户记录). */
const CALL_SECTION = /(走访|入户|家访|探访|调查|摸排|慰问|访视)(记录|情况)$/;

/**
 * "调查记录: 调查日期, 调查人 … 情况说明": a bare account in a long box of the section recording the user's call tells
 * what the call found, when no other field asks the visit's account.
 */
export function resolveCallAccounts(fields: FoundField[]): void {
  if (fields.some((f) => f.key === 'visit.content')) return;
  const account = fields.find((f) => !f.key && !f.fromTemplate && f.kind === 'textarea' && BARE_ACCOUNT.test(normalizeLabel(f.label))
    && CALL_SECTION.test(normalizeLabel(f.section)));
  account?.assign('visit.content');
}
