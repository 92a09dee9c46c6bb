import type { FieldKey } from '../keys';
import type { FoundField } from '../field';
import { partyMentions } from '../party';
import { normalizeLabel } from '../text';

/** A label naming nobody itself (姓名, 联系电话, 身份证号): whose it is, its section's heading said. */
const bare = (f: FoundField) => partyMentions(normalizeLabel(f.label)).length === 0;
const sectionOf = (f: FoundField) => `${f.framePath.join('/')}|${f.section}`;
const residentField = (f: FoundField) => !!f.key?.startsWith('resident.') && !f.fromTemplate;

/**
 * "户主信息: 姓名 电话 … 承租人信息: 姓名 电话", "老人信息 … 联系人信息": two sections each read as the resident's by their
 * heading. A record has one resident, the first section's; a later section whose bare labels ask again what the
 * first one took is another person (a tenant, a contact): its resident fields are left empty.
 */
export function resolveSecondResidents(fields: FoundField[]): void {
  const takenIn = new Map<FieldKey, string>();
  const others = new Set<string>();
  for (const f of fields) {
    if (!residentField(f) || !f.section) continue;
    const taken = takenIn.get(f.key!);
    if (taken === undefined) takenIn.set(f.key!, sectionOf(f));
    else if (taken !== sectionOf(f) && bare(f)) others.add(sectionOf(f));
  }
  for (const f of fields) {
    if (residentField(f) && bare(f) && others.has(sectionOf(f))) f.clear('表上前面已有一位群众的信息，这一部分是另一个人的，不自动填写');
  }
}

/**
 * "办事户主: 姓名 … 当事人", "户主姓名 … 被走访人" in one section: a section is about one resident, so only one of its
 * fields takes their name: the one with most of the resident's other facts beside it (phone, id, address), else the
 * first. Any other is a second person (the newly-weds of a 红白喜事 the household head registers) and stays empty.
 * The same person asked again in another section (回访对象 under 回访信息) is left alone.
 */
export function resolveOneResidentName(fields: FoundField[]): void {
  const names = fields.filter((f) => f.key === 'resident.name' && !f.fromTemplate);
  for (const section of new Set(names.map(sectionOf))) {
    const named = names.filter((f) => sectionOf(f) === section);
    if (named.length < 2) continue;
    const facts = (name: FoundField) => fields.filter((f) => f !== name && residentField(f) && sectionOf(f) === section).length;
    const kept = named.reduce((best, f) => (facts(f) > facts(best) ? f : best));
    for (const f of named) if (f !== kept) f.clear('这一部分已有一位群众的姓名，这一栏是另一个人的，不自动填写');
  }
}
