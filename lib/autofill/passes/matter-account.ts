import type { FoundField } from '../field';
import { normalizeLabel } from '../text';

/** An account that says not of what (情况说明, 说明). */
const BARE_ACCOUNT = /^(情况|说明|情况说明|详细说明)$/;

/**
 * "事项标题 [ ] 事项分类 [ ] 情况说明 [ ]": a bare account right after the matter's own title or category tells the
 * matter, when no other field describes it. Elsewhere (after a visit's fields) it says nothing sure.
 */
export function resolveMatterAccounts(fields: FoundField[]): void {
  if (fields.some((f) => f.key === 'issue.description')) return;
  const i = fields.findIndex((f, at) => f.openText
    && BARE_ACCOUNT.test(normalizeLabel(f.label)) && ['issue.title', 'issue.category'].includes(fields[at - 1]?.key ?? ''));
  if (i < 0) return;
  fields[i].assign('issue.description');
}
