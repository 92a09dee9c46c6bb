import type { FoundField } from '../field';
import { normalizeLabel } from '../text';

/**
 * The same label twice in one section (姓名 … 姓名, as in a list of family members without a heading)
 * names different people's data: only the first keeps the key. A second one of the user (调查人 … 调查人)
 * is whoever did it with them: the visit's companions, if the form has no field of its own for them.
 */
export function resolveRepeats(fields: FoundField[]): void {
  const seen = new Set<string>();
  let companions = fields.some((f) => f.key === 'visit.companions');
  for (const f of fields) {
    if (!f.key || f.fromTemplate || f.labelSource === 'name') continue;
    const id = `${f.framePath.join('/')}|${f.section}|${normalizeLabel(f.label)}|${f.key}`;
    if (!seen.has(id)) seen.add(id);
    else if (f.key === 'officer.name' && !companions) {
      f.key = 'visit.companions';
      companions = true;
    } else {
      f.clear('同一栏名重复出现，可能是其他人的信息，只填第一处');
    }
  }
}
