import { bareAttr, ownAttr, personKey, UNKNOWN_REASON, type OwnAttr } from '../classify';
import { CHOICE_KINDS, type FoundField } from '../field';
import type { FieldKey } from '../keys';
import { COMMUNITY_COMMITTEE, OFFICER_ACTS, STAFF_BODY } from '../lexicon';
import { namesOtherParty, namesSideAgainst } from '../party';
import { normalizeLabel, withoutRemarks } from '../text';

/** Keys that hold a person other than the user and the resident: their row's bare 职务/电话 are theirs. */
const OTHER_PERSON_KEYS: ReadonlySet<FieldKey> = new Set<FieldKey>(['topic.lead', 'issue.owner', 'visit.companions']);
/** One person of those, named alone: the bare 职务/电话 right after them is theirs even on the next line. */
const LEADING_PERSON_KEYS: ReadonlySet<FieldKey> = new Set<FieldKey>(['topic.lead', 'issue.owner']);

/**
 * One line of a form: a table row, a paragraph (a <p> holds no blocks, so never more than a line of fields), a row
 * of a CSS grid (bootstrap .row or a horizontal form's .form-group, layui-form-item, el-row), where the fields of one line stand side by side, or a
 * block holding only text and boxes (<div>供热企业对接人：[ ] 电话：[ ]</div>).
 */
function lineOf(el: Element): Element | null {
  return el.closest('tr') ?? el.closest('p') ?? el.closest(FORM_ROW) ?? textLine(el);
}

const FORM_ROW = '.row, .form-row, .form-horizontal .form-group, .layui-form-item, .el-row, .ant-row, .ivu-row, .t-row, .arco-row';
/** What a line of text and boxes holds; any other element in a block makes it a block of lines. */
const IN_LINE = new Set(['SPAN', 'B', 'STRONG', 'FONT', 'EM', 'I', 'U', 'SMALL', 'SUP', 'A', 'LABEL', 'INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'BR', 'IMG']);

/** The block around the box's inline wrappers (<label>, <span>), if all it holds is text and boxes. */
function textLine(el: Element): Element | null {
  let block = el.parentElement;
  while (block && IN_LINE.has(block.tagName)) block = block.parentElement;
  return block && block.tagName !== 'FORM' && [...block.children].every((child) => IN_LINE.has(child.tagName)) ? block : null;
}

/** Two fields side by side: one line holds both, and no line break stands between them. */
function onOneLine(a: Element, b: Element): boolean {
  const line = lineOf(a);
  if (!line || line !== lineOf(b)) return false;
  const follows = (x: Node, y: Node) => !!(x.compareDocumentPosition(y) & 4 /* y follows x */);
  const [first, last] = follows(a, b) ? [a, b] : [b, a];
  return ![...line.querySelectorAll('br')].some((br) => follows(first, br) && follows(br, last));
}

/**
 * "认证人 [ ] 单位 [ ]", "记录人 [ ] 职务 [ ]", "走访人 [ ] 电话 [ ]": a bare 单位, 职务 or 电话 right after a person on
 * one line (lineOf) is that person's, whatever the section says: the user's after the user (and 所在居委会 after the
 * user is the body the user works in), the resident's number after the resident where nothing else keyed it, nobody's
 * of ours after a topic's lead (课题负责人 [ ] 职务 [ ]), an issue's owner or another party (第三人 [ ] 电话 [ ],
 * 委托代理人 [ ] 电话 [ ]).
 */
export function resolveRowPersons(fields: FoundField[]): void {
  fields.forEach((f, i) => {
    if (opensWithOtherParty(f)) {
      f.clear('这一行开头写着另一方（被投诉单位负责人等），这一栏是那个人的，不自动填写');
      return;
    }
    const before = fields[i - 1];
    // A topic's lead or a matter's owner named alone on a line (牵头负责同志 [ ] then 职务 [ ] below) keeps the next box
    // asking their post or number; a body below (承担处室) is the one doing the work.
    const next = !!before?.key && LEADING_PERSON_KEYS.has(before.key) && before.section === f.section && bareAttr(f.label) !== 'unit';
    // The body the user works in, right below the user's name or number (慰问人 [ ] / 所在单位 [ ], 走访干部 / 干部电话 /
    // 所在单位): the user's (STYLE.md); so is a bare 工作单位 between the user's name and number (走访人 / 工作单位 /
    // 走访人联系电话), or right after the user's post (走访干部 / 职务 / 工作单位).
    const after = fields[i + 1];
    const amidUsers = (/^所在/.test(normalizeLabel(f.label)) && !!before && (USERS_OWN.has(before.key ?? '') || numberedFellow(before, fields)))
      || (before?.key === 'officer.name' && after?.key?.startsWith('officer.') && after.section === f.section)
      || before?.key === 'officer.position';
    const usersBody = before?.section === f.section && bareAttr(f.label) === 'unit' && !!amidUsers;
    // A person per column (调查人（一） | 调查人（二）) gives the boxes of one line different sections: different people.
    if (!next && !usersBody && (f.fromTemplate || !before || !onOneLine(before.element, f.element) || before.section !== f.section)) return;
    // The person's own (本人电话 after 监护人电话): the form's subject, never the neighbour's.
    if (/^本人/.test(normalizeLabel(f.label))) return;
    const officer = !!before.key?.startsWith('officer.');
    const attr = officer && f.key === 'place.community' && COMMUNITY_COMMITTEE.test(normalizeLabel(f.label)) ? 'unit' : ownAttr(f.label);
    if (!attr) return;
    // A fellow of the user's team (调查人（二）, 协助调解员 [ ] 调委会 [ ]): a body only staff belong to there is the team's.
    if (attr === 'unit' && (numberedFellow(before, fields) || (before.key === 'visit.companions' && STAFF_BODY.test(normalizeLabel(f.label))))) {
      f.assign('officer.unit');
      return;
    }
    const other = before.key ? OTHER_PERSON_KEYS.has(before.key) : namesOtherParty(normalizeLabel(before.label));
    // The resident named so by a pass (现场联系人 of a business checked), or by their own word in a section taken for the
    // user's (反映群众 [ ] 联系方式 [ ] on the user's 销号申请): the bare 电话 after them is theirs.
    if (before.key === 'resident.name' && attr === 'phone' && (f.openText || f.key === 'officer.phone')) f.assign('resident.phone');
    if (!officer && !other) return;
    f.key = officer ? `officer.${attr}` : null;
    f.unsure = false;
    f.guessedResident = false;
    if (f.key) delete f.reason;
    else f.reason = '属于紧挨在前面那位（不是本人，也不是群众）的信息，不自动填写';
  });
}

/** A box asking a person: their name, or their role (…人, …员, 干部, 家庭医生, 村支书记), a remark aside (被反映人（单位）). */
const PERSON_NOUN = /(姓名|人|员|干部|医生|老师|教师|律师|民警|警官|书记|主任|经理|代表|领导)$/;
const namesAPerson = (label: string) => PERSON_NOUN.test(withoutRemarks(normalizeLabel(label)));
/** A leader (接访领导), who on a page naming nobody else on the user's side is the user (STYLE.md), though no pass could tell. */
const LEADER = /领导$/;

/**
 * "村干部姓名 [ ] 联系电话 [ ]", "供热企业对接人：[ ] 电话：[ ]": a bare 电话, 单位 or 职务 right after a person who,
 * once every pass naming persons is done, is still nobody of ours, is that person's: left empty.
 */
export function resolveUnknownPersons(fields: FoundField[]): void {
  fields.forEach((f, i) => {
    const before = fields[i - 1];
    if (!f.key || f.fromTemplate || !before || before.key || before.section !== f.section) return;
    const person = normalizeLabel(before.label);
    if (!namesAPerson(person) || LEADER.test(person)) return;
    // Named again in short (村“两委”核实人 [ ] 核实人职务 [ ]), the person is the same wherever the box stands.
    const label = normalizeLabel(f.label);
    const again = shortenedRole(withoutRemarks(person), label);
    if (!ownAttr(again ? label.slice(again.length) : label)) return;
    // A bare number only guessed a resident's, after a person nobody could tell (相关人员 [ ] / 联系电话 [ ] on a patrol
    // naming no resident), is theirs on the next line too; not after one known to be somebody else (审核人).
    const untold = f.guessedResident && before.reason === UNKNOWN_REASON;
    if (again || onOneLine(before.element, f.element) || namedAfter(f.section, withoutRemarks(person)) || untold) {
      f.clear('属于紧挨在前面那位（看不出是谁）的信息，不自动填写');
    }
  });
}

/**
 * A section named after the person (群测群防监测员: 监测员 [ ] 联系电话 [ ]) holds their facts, a line each; not one
 * named after the user's act (申报联系人: whoever files the form, the user).
 */
function namedAfter(section: string, person: string): boolean {
  const heading = normalizeLabel(section);
  return heading.endsWith(person) && !OFFICER_ACTS.some((act) => heading.slice(0, -person.length).endsWith(act));
}

/** A role's number at its end (调查人（二）, 检查员2). */
const ROLE_NUMBER = /\(?[一二三四五六1-6]\)?$/;

/**
 * "调查人（一） [ ] 调查人（二） [ ] 所在单位 [ ]": the second of the user's own role, numbered on the user's line or on the
 * line right after the user's (评估员（一） / 评估员（二）), works beside the user; the unit asked after both is the user's.
 */
function numberedFellow(person: FoundField, fields: FoundField[]): boolean {
  const label = normalizeLabel(person.label);
  const role = label.replace(ROLE_NUMBER, '');
  const userBefore = fields[fields.indexOf(person) - 1];
  return role !== label && fields.some((user) => user.key === 'officer.name' && (user === userBefore || onOneLine(user.element, person.element))
    && normalizeLabel(user.label).replace(ROLE_NUMBER, '') === role);
}

/**
 * "销号申请人 [ ] 申请人电话 [ ]": a role named again in short right after the user (申请人 of 销号申请人) is the
 * same person, so its 电话/单位/职务 are the user's, not those of the resident the short role would mean alone.
 * After somebody we could not tell (驻村联系人（卫生院）) it is theirs: left empty.
 */
export function resolveShortenedRoles(fields: FoundField[]): void {
  fields.forEach((f, i) => {
    // The person right before, or the user two lines up in the same section (家访教师 [ ] 所在学校 [ ] 教师电话 [ ]).
    const twoUp = fields[i - 2];
    const userTwoUp = twoUp?.key === 'officer.name' && twoUp.sectionKey === f.sectionKey ? twoUp : undefined;
    const before = [fields[i - 1], userTwoUp].find((person) => person && attrOfShortenedRole(person, f));
    if (!before || f.fromTemplate || before.fromTemplate) return;
    const attr = attrOfShortenedRole(before, f)!;
    // A resident's role said again in short (群众代表姓名 [ ] 代表电话 [ ]) is theirs, not the deputy the short word means alone.
    if (before.key?.startsWith('resident.')) {
      if (f.key?.startsWith('officer.') && attr === 'phone') f.assign('resident.phone');
      else if (f.key?.startsWith('officer.')) f.clear('属于前面那位群众的信息，不自动填写');
      return;
    }
    f.unsure = false;
    f.guessedResident = false;
    if (before.key?.startsWith('officer.')) {
      f.assign(`officer.${attr}`);
    } else if (!before.key && f.key?.startsWith('resident.')) {
      f.clear('属于前面那位（看不出是谁）的信息，不自动填写');
    }
  });
}

/**
 * "现场负责人（船长） [ ] 船长身份证号 [ ] 船长手机 [ ]": a person named with their role in a remark, then asked again by
 * that role in the boxes right after: the same person's facts.
 */
export function resolveRemarkRoles(fields: FoundField[]): void {
  fields.forEach((person, i) => {
    const party = person.key === 'resident.name' ? 'resident' : person.key === 'officer.name' ? 'officer' : null;
    const role = /\(([^)]{2,6})\)$/.exec(normalizeLabel(person.label))?.[1];
    if (!party || !role || person.fromTemplate) return;
    for (const f of fields.slice(i + 1, i + 1 + REMARK_ROLE_REACH)) {
      const label = normalizeLabel(f.label);
      const attr = label.startsWith(role) ? bareAttr(label.slice(role.length)) : undefined;
      const key = attr && f.sectionKey === person.sectionKey && !f.fromTemplate ? personKey(attr, party) : null;
      if (key) f.assign(key);
    }
  });
}

const REMARK_ROLE_REACH = 4;

/** The user's own facts a body of theirs may follow (走访干部 [ ] 干部电话 [ ] 所在单位 [ ]). */
const USERS_OWN: ReadonlySet<string> = new Set(['officer.name', 'officer.phone', 'officer.position']);

/** The person's fact `f` asks by the role of the person `before` it named again in short (干部电话 after 村（组）干部). */
export function attrOfShortenedRole(before: FoundField, f: FoundField): OwnAttr | undefined {
  const label = normalizeLabel(f.label);
  const role = shortenedRole(normalizeLabel(before.label).replace(/\([^)]*\)$/, '').replace(/姓名$/, ''), label);
  return role ? ownAttr(label.slice(role.length)) : undefined;
}

/**
 * The longest role (…人, …员, …干部, …书记, …主任, …教师, …代表) opening `label` that ends the longer role `named` (申请人 of 销号申请人), or the act of
 * that role before a body (申请 of 申请单位 after 销号申请人: the unit of whoever applied).
 */
function shortenedRole(named: string, label: string): string | undefined {
  for (let end = Math.min(label.length, named.length - 1); end >= 2; end--) {
    const head = label.slice(0, end);
    if (/([人员]|干部|书记|主任|教师|老师|医生|民警|代表)$/.test(head) && named.endsWith(head)) return head;
  }
  const act = /^(.{2})(单位|部门)$/.exec(label)?.[1];
  return act && named.endsWith(`${act}人`) && named.length > 3 ? act : undefined;
}

/**
 * "勘察人员: 勘察人 [ ] 所在单位 [ ] 勘察人电话 [ ]": a section headed by the people of an act whose person of that act
 * turned out to be the user (by the noun's shape or the page's act) is the user's: its bare 单位/职务/电话 are the user's,
 * not somebody else's as an unknown heading first said.
 */
export function resolveUserSections(fields: FoundField[]): void {
  for (const user of fields.filter((f) => f.key === 'officer.name' && !f.fromTemplate)) {
    const act = /^(.{2,4})(人|人员)$/.exec(normalizeLabel(user.label))?.[1];
    if (!act || !new RegExp(`^${act}(人员|人|小组|组)(信息)?$`).test(normalizeLabel(user.section))) continue;
    for (const f of fields) {
      const attr = f.section === user.section && !f.key && !f.fromTemplate ? ownAttr(f.label) : undefined;
      if (attr) f.assign(`officer.${attr}`);
    }
  }
}

const CALLED_NUMBER = /^回访(号码|电话)$/;

/**
 * The body the user works in, named by its kind (所在居委, 所在残联/社区) or as a community or a unit (所在社区/单位): in
 * the user's block, the user's unit (STYLE.md).
 */
const USERS_BODY = /^所在(居委会?|村委会?|社区居委会|残联|妇联|团委|工会)([/、](社区|村|居委会?|村委会?))?$|^所在(社区|村|街道)[/、]单位$/;

/**
 * "我（联户党员）: 党员姓名 [ ] 所在支部 [ ] 手机号 [ ]": a section whose only person is the user (nobody else named, no
 * fact of the resident's but guesses) is the user's block: its bare 电话/单位/职务 are the user's, not the resident's a
 * bare 手机号 is taken for alone, nor nobody's as a bare 工作单位 is on a form about a resident. Its 所在居委 is the body
 * the user works in, not the resident's community. A section naming somebody else after the user's lines is the user's
 * block up to that person.
 */
export function resolveUserBlocks(fields: FoundField[]): void {
  for (const user of fields.filter((f) => f.key === 'officer.name' && !f.fromTemplate)) {
    const section = fields.filter((f) => f.sectionKey === user.sectionKey);
    const at = section.indexOf(user);
    const person = (f: FoundField) => f !== user && (f.key === 'officer.name' || (f.key?.startsWith('resident.') && !f.guessedResident)
      || (f.key ? OTHER_PERSON_KEYS.has(f.key) : namesAPerson(f.label)));
    if (section.slice(0, at).some(person)) continue;
    // Somebody named only after the user's lines (家访人, 工作单位, 联系电话 … 儿童主任) ends the user's block there.
    const next = section.findIndex((f, i) => i > at && person(f));
    // …but not when a bare 姓名 before the user (船长: 姓名 [ ] 手机 [ ]) may have been somebody else's lines; with nobody
    // after the user, the lines before that 姓名's (a hardship worker's 姓名, 联系电话, 工作单位 … 走访人) are theirs.
    const namedBefore = section.slice(0, at).some((f) => f.key === 'resident.name');
    if (next >= 0 && namedBefore) continue;
    const block = next >= 0 ? section.slice(0, next) : namedBefore ? section.slice(at) : section;
    for (const f of block) {
      // The number a callback dials (回访号码) is the resident's, whoever dials it.
      if (CALLED_NUMBER.test(normalizeLabel(f.label))) continue;
      // A choice (联系方式: ○入户 ○电话) asks a way, never a number.
      const body = USERS_BODY.test(normalizeLabel(f.label)) && (!f.key || f.key === 'place.community');
      const attr = !f.fromTemplate && !CHOICE_KINDS.has(f.kind) && (!f.key || f.guessedResident || body) ? (body ? 'unit' : ownAttr(f.label)) : undefined;
      if (attr) f.assign(`officer.${attr}`);
    }
  }
}

/**
 * "约谈被投诉单位负责人：姓名 [ ] 职务 [ ] 电话 [ ]": a line that opens by naming another party (before its first box)
 * holds that party's facts, whatever the section says.
 */
function opensWithOtherParty(f: FoundField): boolean {
  const row = f.fromTemplate || !f.key ? null : f.element.closest(`tr, p, ${FORM_ROW}, ${FORM_ITEMS}`) ?? textLine(f.element);
  if (!row || !PERSON_FACT.test(f.key!)) return false;
  const first = row.querySelector('input, select, textarea');
  let lead = '';
  for (let node = row.firstChild; node && !(node as Element).contains?.(first) && node !== first; node = node.nextSibling) lead += node.textContent ?? '';
  const text = normalizeLabel(lead);
  return text.length >= 3 && !labelsFirstBox(first, text) && (namesOtherParty(text) || namesSideAgainst(text));
}

/**
 * The line's lead is only its first box's own label (法定代表人 [ ] 安全负责人 [ ] 电话 [ ], a table row's 见证人 | [ ] |
 * 调查单位 | [ ]): it names that box's person, not the line's.
 */
function labelsFirstBox(first: Element | null, lead: string): boolean {
  const own = [...((first as HTMLInputElement | null)?.labels ?? [])].map((label) => label.textContent ?? '');
  const cell = first?.closest('td')?.previousElementSibling;
  if (cell?.matches('th, td') && !cell.querySelector('input, select, textarea')) own.push(cell.textContent ?? '');
  return own.some((text) => normalizeLabel(text) === lead);
}

/** A framework form item holding several boxes on one line (约谈…：姓名 [ ] 职务 [ ] 电话 [ ]). */
const FORM_ITEMS = '.ant-form-item, .el-form-item, .ivu-form-item';

/** A fact of the resident's or the user's: what a line naming another person would take from them. */
const PERSON_FACT = /^(resident|officer)\./;
