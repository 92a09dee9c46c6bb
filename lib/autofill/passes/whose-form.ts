import type { FoundField, PageFacts } from '../field';
import { classifyLabel } from '../classify';
import { sectionNoun } from '../party';
import { FILER } from '../lexicon';
import { normalizeLabel, withoutRemarks, withoutSystemName } from '../text';

/** A bare 工作单位/职务 is the user's only when the form is not about a resident. */
export function resolveUnsure(fields: FoundField[]): void {
  if (!fields.some((f) => f.key?.startsWith('resident.'))) return;
  for (const f of fields) {
    if (f.unsure && f.key) {
      f.clear('看不出是谁的单位或职务，不自动填写');
    }
  }
}

/**
 * Roles that are the user only when nobody else on the form is: a deputy or member (接待代表, 走访委员) who may be
 * received by the station's staff, and who answers for a problem (包保责任人) on a list the user draws up.
 */
const MAYBE_USER = /^(.+?(代表|委员)|.+?(责任人|负责人))/;

/**
 * A form has one user. Where it names its filer (填表人, 登记人), a deputy (接待代表) or a person answering for a
 * problem (包保责任人) beside them is somebody else: the problem's owner on a list that asks the owning unit and
 * names no owner, else nobody's we know (their phone too). A box for everybody who went takes the others (see asksSeveralNames).
 */
export function resolveSecondUsers(fields: FoundField[]): void {
  const filer = fields.find((f) => f.key === 'officer.name' && FILER.test(normalizeLabel(f.label)));
  if (!filer) return;
  // A problem list asks who answers for each problem (责任单位 beside 包保责任人); a visit record's 帮扶责任人 is no owner.
  const ownerFree = fields.some((f) => f.key === 'issue.ownerUnit') && !fields.some((f) => f.key === 'issue.owner');
  for (const f of fields) {
    // Not the deputies on duty (接待代表 [多人用逗号分隔]) whose reception the filer records: they are no companions.
    if (f !== filer && f.key === 'officer.name' && !f.fromTemplate && asksSeveralNames(f) && !MAYBE_USER.test(normalizeLabel(f.label))) f.assign('visit.companions');
  }
  for (const f of fields) {
    const role = f !== filer && f.key === 'officer.name' && !f.fromTemplate ? MAYBE_USER.exec(normalizeLabel(f.label)) : null;
    if (!role) continue;
    const owner = ownerFree && role[3] !== undefined;
    for (const g of fields) {
      if (!g.key?.startsWith('officer.') || g.fromTemplate || !normalizeLabel(g.label).startsWith(role[1])) continue;
      g.key = owner && g === f ? 'issue.owner' : null;
      if (!g.key) g.reason = '表上另有填表人，这一位不是用户本人，不自动填写';
    }
  }
}

/**
 * "慰问人员 [多人用顿号分隔]" beside the form's 填报人: a box for the names of everybody who went; the user is named as the
 * filer, so what it still needs are the others who went along.
 */
const asksSeveralNames = (f: FoundField) => /多人|多名|分隔|顿号/.test(f.control.getAttribute('placeholder') ?? '');

/** A person who answers for something (包片责任人, 属地负责人), by a role that may be the user's. */
const ANSWERS_FOR = /(责任人|负责人)$/;
/** What is to be done about a problem: who takes it on, by when, how. */
const PROBLEM_HANDLING: ReadonlySet<string> = new Set(['issue.ownerUnit', 'issue.deadline', 'issue.measures']);

/**
 * "检查组长 [ ] … 整改要求 [ ] 限期 [ ] 包片责任人 [ ]": where the form names its user in another section, a person who
 * answers for something, asked among what is to be done about a problem, answers for that problem: its owner. Alone on
 * a visit record (帮扶责任人 beside 帮扶措施) they are the user.
 */
export function resolveProblemOwners(fields: FoundField[]): void {
  if (fields.some((f) => f.key === 'issue.owner')) return;
  const handling = new Set(fields.filter((f) => f.key && PROBLEM_HANDLING.has(f.key)).map((f) => f.sectionKey));
  const answering = (f: FoundField) => f.key === 'officer.name' && ANSWERS_FOR.test(normalizeLabel(f.label));
  const owner = fields.find((f) => answering(f) && !f.fromTemplate && handling.has(f.sectionKey));
  if (!owner || !fields.some((f) => f.key === 'officer.name' && !answering(f) && f.sectionKey !== owner.sectionKey)) return;
  const role = normalizeLabel(owner.label);
  for (const f of fields) {
    if (f !== owner && !f.fromTemplate && f.key?.startsWith('officer.') && normalizeLabel(f.label).startsWith(role)) f.clear('这是问题责任人的信息，不是用户本人的，不自动填写');
  }
  owner.assign('issue.owner');
}

/**
 * "本人电话 [ ] 联系人电话 [ ]": a 联系人 is taken for the resident, but beside the resident's own name or phone it is
 * somebody to reach them through (a relative, a neighbour): nobody's we know.
 */
export function resolveContacts(fields: FoundField[]): void {
  const contact = (f: FoundField) => !!f.key?.startsWith('resident.') && !f.fromTemplate && normalizeLabel(f.label).startsWith('联系人');
  const contacts = fields.filter(contact);
  // One of them beside the resident's own (联系人 beside 户主姓名) makes the contact another person: all the contact's
  // fields are theirs (联系人身份证号 too, where the form asks no number of the resident).
  if (!contacts.some((f) => fields.some((g) => g.key === f.key && !contact(g)))) return;
  for (const f of contacts) f.clear('表上另有本人的信息，联系人是另一个人，不自动填写');
}

/** The address of a home (房屋地址, 住房地址), not of a person: a check or a rental registers it. */
const HOME_ADDRESS = /^(房屋|住房)(详细)?(地址|坐落)/;

/**
 * "房屋地址" is where the resident lives when the form names a resident (居住人, 户主, a 承租人 section); on a check of a
 * rented home that names only its landlord (房东) and a bare 承租人, it is nobody's we know.
 */
export function resolveHomeAddresses(fields: FoundField[]): void {
  if (fields.some((f) => f.key?.startsWith('resident.') && !f.guessedResident)) return;
  for (const f of fields) {
    if (f.key !== 'resident.address' || !f.guessedResident || f.fromTemplate || !HOME_ADDRESS.test(normalizeLabel(f.label))) continue;
    f.clear('看不出是谁的住处，不自动填写');
  }
}

/** A house's owner (产权人, 房屋所有人) and who uses it besides them (承租人, 实际使用人, 租户). */
const HOUSE_OWNER = /产权人|所有人|所有权人/;
const HOUSE_USER = /承租人|使用人|租住人|租户/;
const LANDLORD = /房东|出租人/;

/** A page about the people who rent (出租房屋及流动人口 入户登记): the tenant is whom it registers. */
const TENANTS_PAGE = /流动人口|流动人员|承租|租户|租客/;

/** The field's label or its section names it (房东姓名, or 姓名 under 出租人（房主）). */
const says = (word: RegExp, f: FoundField) => word.test(normalizeLabel(f.label)) || word.test(normalizeLabel(f.section));

/**
 * A rented home's landlord and its tenant both asked (出租房屋登记, 出租房屋安全检查: 房东 … 承租人 …): on a page about the
 * home, the user deals with its landlord, who lets it and answers for it; the tenant is somebody else, and the home is
 * where the user went. On a page about the people who rent (流动人口, 承租人 in its own headline) the tenant is the one
 * registered, as the sections say. A landlord asked by other words (业主姓名) leaves it open: neither is taken then, and
 * the home is nobody's we know.
 */
export function resolveRentalParties(fields: FoundField[], { headline }: PageFacts): void {
  const tenant = (f: FoundField) => f.key?.startsWith('resident.') && !f.fromTemplate && says(HOUSE_USER, f);
  if (!fields.some(tenant) || TENANTS_PAGE.test(withoutSystemName(headline))) return;
  const landlord = fields.filter((f) => !f.fromTemplate && says(LANDLORD, f) && !says(HOUSE_USER, f));
  if (!landlord.length) return;
  const landlordKeys = landlord
    .map((f) => ({ f, key: classifyLabel(normalizeLabel(f.label).replace(LANDLORD, ''), { party: 'resident', selfPage: false })?.key }))
    .filter(({ key }) => key?.startsWith('resident.'));
  for (const f of fields) {
    const home = (f.key === 'resident.address' || f.openText) && !f.fromTemplate && HOME_ADDRESS.test(withoutRemarks(f.label).replace(/^出租/, ''));
    if (home && !landlord.includes(f) && landlordKeys.length) f.assign('visit.location');
    else if (tenant(f) || (home && f.key)) f.clear(landlordKeys.length ? '表上另有房东，承租人是另一个人，不自动填写' : '表上房东和承租人都有，看不出走访的是哪一位，不自动填写');
  }
  for (const { f, key } of landlordKeys) f.assign(key!);
}

/** A page where the user handles a villager's business for them (村级事务代办登记, 帮办代办服务). */
const AGENCY_PAGE = /代办|帮办/;
/** Who entrusts it to them (委托人, 委托群众). */
const CLIENT = /委托人|委托群众|委托村民/;

/**
 * "村级事务代办登记: 委托人信息 — 委托人姓名, 身份证号, 联系电话": where the user handles somebody's business for them, the
 * one who entrusts it is the person dealt with, when no other resident is asked. Not a legal proxy (委托代理人), whom a
 * resident sends, and not a person named otherwise within that section (代领人).
 */
export function resolveAgencyClients(fields: FoundField[], { headline }: PageFacts): void {
  if (!AGENCY_PAGE.test(withoutSystemName(headline)) || fields.some((f) => f.key?.startsWith('resident.'))) return;
  for (const f of fields) {
    if (f.fromTemplate || f.key || !says(CLIENT, f) || /代理/.test(normalizeLabel(f.label))) continue;
    const key = classifyLabel(normalizeLabel(f.label).replace(CLIENT, ''), { party: 'resident', selfPage: false })?.key;
    if (key?.startsWith('resident.') || key === 'place.community') f.assign(key);
  }
}

/** The user's calls on people a headline names after them (返乡人员走访登记, 困难职工慰问). */
const CALL_AFTER = /^(走访|慰问|探访|看望|家访|入户|回访|摸排|排查)/;

/**
 * "春节后返乡人员走访登记: 返乡人员信息 — 姓名 …": on a page whose headline names the people the user calls on, the
 * section named for them is the person visited, though the vocabulary does not know them (返乡人员). Only where no
 * resident is asked elsewhere.
 */
export function resolveVisitedPeopleSections(fields: FoundField[], { headline }: PageFacts): void {
  if (fields.some((f) => f.key?.startsWith('resident.'))) return;
  const visited = (section: string) => {
    const noun = sectionNoun(normalizeLabel(section));
    const at = headline.indexOf(noun);
    return noun.length >= 2 && noun !== normalizeLabel(section) && at >= 0 && CALL_AFTER.test(headline.slice(at + noun.length));
  };
  for (const f of fields) {
    if (f.key || f.fromTemplate || !visited(f.section)) continue;
    const key = classifyLabel(f.label, { party: 'resident', selfPage: false })?.key;
    if (key?.startsWith('resident.')) f.assign(key);
  }
}

/** A child or a pupil a page is about (儿童姓名, 学生信息); and who brings them up (家长, 监护人, 父母). */
const CHILD = /学生|儿童|孩子|幼儿|未成年/;
const PARENT = /家长|监护人|父亲|母亲|父母|抚养人|照料人/;

/**
 * A page about a child or a pupil (控辍保学 家访: 学生 … 学生家长 …) asking both: the child is the resident, the parent
 * another person (as every 监护人). The family's home asked under the parent (家庭住址) is the child's home too.
 */
export function resolveChildAndParents(fields: FoundField[]): void {
  const residentOf = (f: FoundField) => f.key?.startsWith('resident.') && !f.fromTemplate;
  if (!fields.some((f) => residentOf(f) && says(CHILD, f) && !says(PARENT, f))) return;
  for (const f of fields) {
    if (residentOf(f) && says(PARENT, f) && !householdHome(f)) f.clear('表上另有孩子本人的信息，家长（监护人）是另一个人，不自动填写');
  }
}

/**
 * "房屋坐落" on a check of a house its owner may not live in: the page asks the owner's own home (产权人现住址), or asks
 * the owner and who rents or uses it (产权人 … 承租人). The house is then where the user went, not the resident's home.
 * A household's head with a tenant (户主 … 承租人（出租房填）) still lives there.
 */
export function resolveHousesChecked(fields: FoundField[]): void {
  // Also a house no one was yet known to live in when its address was left empty (a print form naming its 产权人 later).
  const [house] = fields.filter((f) => (f.key === 'resident.address' || f.openText) && !f.fromTemplate && HOME_ADDRESS.test(normalizeLabel(f.label)));
  // A house under a heading naming it the one left (原棚户房, 原住房: a resettled household's old home) is no place called on.
  if (!house || fields.some((f) => f.key === 'visit.location') || /^原/.test(normalizeLabel(house.section))) return;
  const asked = (word: RegExp) => fields.some((f) => word.test(normalizeLabel(f.label)));
  const homeElsewhere = fields.some((f) => f !== house && f.key === 'resident.address');
  if (homeElsewhere || (asked(HOUSE_OWNER) && asked(HOUSE_USER))) house.assign('visit.location');
}

/** Where a person lived before (原住址, 原居住地): of a move, a transfer, a resettlement. */
const FORMER_HOME = /^原(住址|居住地|居住地址|住所|地址|家庭住址|住处)$/;

/** A move away from danger for a while (汛期转移, 避险撤离, 临时安置): the home stays the person's. */
const MOVED_AWAY = /转移|撤离|避险|避灾|安置/;

/**
 * "转移对象 [ ] … 原住址 [ ] 安置地点 [ ]": on a form that moves a resident away from danger (a flood transfer, a
 * resettlement) and asks no other address of theirs, where they lived is their home, the address we know. Beside a
 * 现住址, or for one who moved in somewhere for good (入住幸福院), it is a former one.
 */
export function resolveFormerHomes(fields: FoundField[], { headline }: PageFacts): void {
  if (!fields.some((f) => f.key?.startsWith('resident.')) || fields.some((f) => f.key === 'resident.address')) return;
  const moved = MOVED_AWAY.test(headline) || fields.some((f) => MOVED_AWAY.test(f.label));
  const home = fields.find((f) => f.openText && ((moved && FORMER_HOME.test(normalizeLabel(f.label))) || householdHome(f)));
  home?.assign('resident.address');
}

/**
 * "儿童信息 … 监护人: 姓名 电话 家庭住址": the family's address asked under whoever keeps the resident's household (a
 * child's guardian, a parent) is the household's, the resident's home too.
 */
const householdHome = (f: FoundField) => /^家庭(住址|地址)$/.test(normalizeLabel(f.label)) && /监护人|家长|父母/.test(f.section);

/**
 * A page named for the user's own written work (调研报告报送, 课题申报, 材料提交): nobody on it is a resident.
 * Not 调研 alone: 入户调研 visits residents.
 */
const OWN_WORK_PAGE = /课题|选题|(调研|研究)(报告|成果)|(报告|论文|材料|成果)(报送|提交|上报|申报)|(报送|提交|上报|申报)(调研|报告|论文|材料|成果)/;

/**
 * A bare 联系电话 / 联系人 is taken as the resident's. On a form with no other sign of a resident that is
 * about a topic or a report (申报, 报送), by its fields or by its own name, it is the user who is the contact; so is the
 * number asked right after the user's name.
 */
export function resolveGuessedResidents(fields: FoundField[], { headline }: PageFacts): void {
  const domains = new Set(fields.map((f) => f.key?.split('.')[0]));
  if (fields.some((f) => f.key?.startsWith('resident.') && !f.guessedResident)) return;
  // Right after the user's name (录入人 [ ] 联系方式 [ ]), or after the unit or post asked next to it (填报人 [ ] 填报单位 [ ]
  // 联系电话 [ ]), on a form naming no resident, a bare number is the user's.
  fields.forEach((f, i) => {
    let at = i - 1;
    while (/^officer\.(unit|position)$/.test(fields[at]?.key ?? '')) at--;
    const user = fields[at];
    if (f.guessedResident && f.key === 'resident.phone' && user?.key === 'officer.name' && user.sectionKey === f.sectionKey) f.assign('officer.phone');
  });
  const ownWork = domains.has('topic') || domains.has('report') || OWN_WORK_PAGE.test(normalizeLabel(headline));
  if (!ownWork || domains.has('visit') || domains.has('issue')) return;
  for (const f of fields) {
    if (!f.guessedResident || !f.key) continue;
    const officer = f.key.replace('resident.', 'officer.');
    f.key = officer === 'officer.name' || officer === 'officer.phone' ? officer : null;
    if (!f.key) f.reason = '看不出是谁的信息，不自动填写';
  }
}

/** A box for somebody's opinion on the record (村（居）委会意见, 审核意见), whose signature lines follow it. */
const OPINION = /意见$/;
/** The cell or form item a box stands in. */
const CELL = 'td, dd, li, .layui-input-block, .el-form-item__content, .ant-form-item-control';

/** The lines an opinion is signed on (经办人, 审核人, 日期). */
const SIGNATURE = /^(经办人|审核人|审批人|签字人|签名|(审核|审批|签字|签署)?日期)$/;
/** A section of its own for somebody's approval (四、乡镇（街道）审核, 领导审批意见). */
const APPROVAL_SECTION = /(审核|审批|审定|审签|签批|批示|意见)$/;

/**
 * "村（居）委会意见 [ … ] 经办人：[ ] 日期：[ ]" in one cell, or on the lines right after the box in a section of its own for
 * an approval: the name and day under an opinion box are whoever gives the opinion's signature, not the user's nor the
 * visit's. Among the record's own lines (服务站意见 / 经办人) the 经办人 is the user who filed it.
 */
export function resolveOpinionSignatures(fields: FoundField[]): void {
  fields.forEach((opinion, i) => {
    if (opinion.key || opinion.kind !== 'textarea' || !OPINION.test(normalizeLabel(opinion.label))) return;
    const cell = opinion.element.closest(CELL);
    for (const f of fields.slice(i + 1)) {
      const signs = f.sectionKey === opinion.sectionKey && APPROVAL_SECTION.test(normalizeLabel(opinion.section)) && SIGNATURE.test(normalizeLabel(f.label));
      if (!cell?.contains(f.element) && !signs) break;
      if (f.key && !f.fromTemplate) f.clear('是签在意见下面的经办人和日期，不是本次记录的，不自动填写');
    }
  });
}
