import type { FoundField } from '../field';
import { normalizeLabel } from '../text';

/**
 * The same label twice in one section (姓名 … 姓名, as in a list of family members without a heading)
 * names different people's data: only the first keeps the key. A second one of the user (调查人 … 调查人)
 * is whoever did it with them: the visit's companions, if the form has no field of its own for them.
 */
export function resolveRepeats(fields: FoundField[]): void {
  resolveUnlabelledRepeats(fields);
  const seen = new Set<string>();
  let companions = fields.some((f) => f.key === 'visit.companions');
  for (const f of fields) {
    if (!f.key || f.fromTemplate || f.labelSource === 'name') continue;
    const id = `${f.sectionKey}|${normalizeLabel(f.label)}|${f.key}`;
    if (!seen.has(id)) seen.add(id);
    else if (f.key === 'officer.name' && !companions) {
      f.key = 'visit.companions';
      companions = true;
    } else {
      f.clear('同一栏名重复出现，可能是其他人的信息，只填第一处');
    }
  }
}


/**
 * A box keyed only by its name attribute (hw_xb in a second column, beside 性别's own box) asks again what a labelled
 * box of its section holds, or what an unlabelled box before it asked (wt[0].wtlb, wt[1].wtlb: a list's rows): its name
 * says what, never whose, so it is another person's or another matter's.
 */
function resolveUnlabelledRepeats(fields: FoundField[]): void {
  const asked = new Set(fields.filter((f) => f.key && f.labelSource !== 'name').map((f) => `${f.sectionKey}|${f.key}`));
  for (const f of fields) {
    if (!f.key || f.labelSource !== 'name') continue;
    const id = `${f.sectionKey}|${f.key}`;
    if (asked.has(id)) f.clear('同一栏已有一处填写，这一处没有栏名，可能是其他人的信息，不自动填写');
    else asked.add(id);
  }
}
