import { bareAttr, businessContactAttr, classifyLabel, personKey, VISITED_BUSINESS } from '../classify';
import type { FoundField, PageFacts } from '../field';
import type { FieldKey } from '../keys';
import { EITHER_SIDE_ACTS, FILING_ACTS, OFFICER_REQUEST, RESIDENT_ACTS } from '../lexicon';
import { normalizeLabel, withoutRemarks } from '../text';
import { HANDLING_SECTION } from './matter-account';
import { namesOthersBody } from './visited-place';

/** A bare 单位信息 over a business's name may be the user's side's, not the business's. */
const USERS_UNIT_HEADING = /^(本|我|填报)?单位(基本)?(信息|情况)$/;
/** Headings over a business's name that are not the business's: a matter's handling (整改信息: its 负责人 puts it right). */
const notTheBusiness = (heading: string) => HANDLING_SECTION.test(heading) || USERS_UNIT_HEADING.test(heading);

const ORGANISATION_NAME = /^(所在|所属)?(企业|公司|商户|店铺|门店|机构|组织|单位|场所)(名称|全称)$/;

/** A section headed by the body that files the form (申报单位, 填报单位, 报送部门, 申报单位及联系人): the user's own. */
const FILING_BODY = new RegExp(`^(${FILING_ACTS.join('|')})(单位|部门|机构)([及和与]联系人)?(信息)?$`);
/** A section of the filing itself (报送信息, 填报信息): the filer's, on the user's own written work. */
const FILING_FACTS = new RegExp(`^(${FILING_ACTS.join('|')})信息$`);

/**
 * "申报单位: 单位名称 [ ] 联系人 [ ] 联系电话 [ ]": the body filing a study or a report is the user's, its contact the user
 * (the organisation rule below would leave them to a body named on the page), and so is the contact of a report's
 * 报送信息. A 申报单位 elsewhere may be a business applying for something (惠企 申报): only on the user's own written
 * work is it the user's.
 */
export function resolveFilingBodies(fields: FoundField[]): void {
  const ownWork = fields.some((f) => /^(topic|report)\./.test(f.key ?? ''));
  for (const f of fields) {
    const body = normalizeLabel(f.section);
    const filing = FILING_BODY.test(body) ? !body.startsWith('申报') || ownWork : FILING_FACTS.test(body) && ownWork;
    // A resident's key there came only from the heading's 联系人: the filer's contact is the user.
    if (f.fromTemplate || !filing || (f.key && !f.unsure && !f.guessedResident && !f.key.startsWith('resident.'))) continue;
    const label = normalizeLabel(f.label);
    const key = /^联系人(姓名)?$/.test(label) ? 'officer.name' : classifyLabel(f.label, { party: 'officer', selfPage: false })?.key;
    if (key?.startsWith('officer.')) giveUser(f, key);
  }
  if (ownWork) resolveFilingBodyContacts(fields);
}

/** The user's fact, surely: no later pass takes it for a resident's guess. */
function giveUser(f: FoundField, key: FieldKey): void {
  f.assign(key);
  f.unsure = false;
  f.guessedResident = false;
}

/** A filing body's contact asked after it (单位联系人, 联系人电话, 联系人职务): the contact, then what is asked of them. */
const BODY_CONTACT = /^(单位)?联系人/;

/** "申报单位 [ ] 单位联系人 [ ] 联系人电话 [ ]" as fields, not a section: the contact right after the user's body is the user. */
function resolveFilingBodyContacts(fields: FoundField[]): void {
  fields.forEach((body, i) => {
    if (body.key !== 'officer.unit' || !FILING_BODY.test(normalizeLabel(body.label))) return;
    for (const f of fields.slice(i + 1)) {
      const label = normalizeLabel(f.label);
      if (f.fromTemplate || !BODY_CONTACT.test(label)) break;
      const asked = label.replace(BODY_CONTACT, '');
      const key = /^(姓名)?$/.test(asked) ? 'officer.name' : classifyLabel(asked, { party: 'officer', selfPage: false })?.key;
      if (key?.startsWith('officer.')) giveUser(f, key);
    }
  });
}

/** A section of the applicant alone (申请人, 申请人信息, 申请信息). */
const APPLICANT_SECTION = new RegExp(`^(${EITHER_SIDE_ACTS.join('|')})(人|单位)?(信息)?$`);

/** The applicant named in a label (申请人, 申请单位, 申请人电话). */
const APPLICANT = new RegExp(`^(${EITHER_SIDE_ACTS.join('|')})(人|单位)`);

/**
 * On the page of a request the user files about a matter they handle (整改销号申请, 延期申请), the applicant's section
 * (申请人: 姓名, 单位, 电话) and the applicant named in a label (申请与审核: 申请人, 申请单位) are the user's; elsewhere an
 * applicant is the resident (低保申请人).
 */
export function resolveRequestApplicants(fields: FoundField[], { headline }: PageFacts): void {
  if (!OFFICER_REQUEST.test(normalizeLabel(headline))) return;
  for (const f of fields) {
    const applicant = APPLICANT_SECTION.test(normalizeLabel(f.section)) || APPLICANT.test(normalizeLabel(f.label));
    if (f.fromTemplate || !applicant || !(f.key?.startsWith('resident.') || f.openText)) continue;
    const key = classifyLabel(f.label, { party: 'officer', selfPage: false })?.key;
    if (key?.startsWith('officer.')) f.assign(key);
  }
}

/**
 * A section that names an organisation (企业名称, 单位名称) is about that organisation: its bare 联系人,
 * 联系电话 and 单位名称 are the organisation's, neither the resident's nor the user's.
 */
export function resolveOrganisations(fields: FoundField[]): void {
  const sections = new Set(fields.filter((f) => ORGANISATION_NAME.test(normalizeLabel(f.label))).map((f) => f.sectionKey));
  if (!sections.size) return;
  for (const f of fields) {
    if (!f.key || !(f.unsure || f.guessedResident) || !sections.has(f.sectionKey)) continue;
    f.clear('属于页面上某个单位或企业的信息，不自动填写');
  }
}

/**
 * A visit to a business (助企走访) with no resident on the form: the business is whom the user visited, and the
 * contact of its section (企业联系人, 联系人手机) is the resident. Not an organisation of the user's side (单位,
 * 组织), nor a business on a form without a visit (a complaint about a shop).
 */
export function resolveVisitedBusinesses(fields: FoundField[]): void {
  if (!fields.some((f) => f.key?.startsWith('visit.'))) return;
  // The business's section: headed by it (被检查单位信息) or holding what names it (被检查单位, 企业名称, 法定代表人); not a
  // matter's handling (整改信息: 场所名称, 负责人 is who puts it right).
  const named = new Set(fields.filter((f) => namesOthersBody(normalizeLabel(f.label)) && !notTheBusiness(normalizeLabel(f.section))).map((f) => f.sectionKey));
  const inBusiness = (f: FoundField) => VISITED_BUSINESS.test(normalizeLabel(f.section)) || named.has(f.sectionKey);
  // A resident elsewhere on the page is the person dealt with; one only guessed (a bare 地址 beside the business's name),
  // or asked in the business's own section (its 联系电话), is none.
  if (fields.some((f) => f.key?.startsWith('resident.') && !f.guessedResident && !inBusiness(f))) return;
  for (const f of fields) {
    const ofBusiness = inBusiness(f);
    const attr = f.openText && ofBusiness && !ofAnotherBody(f) ? businessContactAttr(f.label) : null;
    if (attr) f.assign(`resident.${attr}`);
    // Where it lies (所属镇（街道）, 所属村（居）) is where the user went: the record's place, not somebody else's.
    const place = ofBusiness && !f.key && !f.fromTemplate ? classifyLabel(f.label, { party: null, selfPage: false })?.key : undefined;
    if (place?.startsWith('place.')) f.assign(place);
  }
  resolveKeepersDetails(fields.filter(inBusiness));
}

/** What only a person has, never a business's office (身份证号, 手机号), said bare or as the keeper's (经营者身份证号). */
const PERSONS_OWN = /^(经营者|经营户主|经营人|店主|摊主)?(身份证号|身份证号码|公民身份号码|手机|手机号|手机号码)$/;

/**
 * "经营者 [ ] 身份证号 [ ] 手机号 [ ]" in a stall's or a shop's section: where its one contact is the resident (an
 * individual trader), what only a person has is theirs; a bare 联系电话 may still be the shop's.
 */
function resolveKeepersDetails(section: FoundField[]): void {
  if (section.filter((f) => f.key === 'resident.name').length !== 1) return;
  for (const f of section) {
    const [, , own] = f.openText ? PERSONS_OWN.exec(normalizeLabel(f.label)) ?? [] : [];
    const key = own ? personKey(bareAttr(own)!, 'resident') : null;
    if (key && !section.some((g) => g.key === key)) f.assign(key);
  }
}

/** A business named as the one raising the matter (诉求企业, 投诉企业, 反映单位). */
const RAISING_BUSINESS = new RegExp(`^(${RESIDENT_ACTS.filter((act) => !EITHER_SIDE_ACTS.includes(act)).join('|')})(企业|公司|商户|单位|主体)(名称)?$`);
/** Its contact by that name (企业联系人, 联系人电话); not who answers for putting something right (责任人电话). */
const CONTACT = /联系人|对接人/;

/**
 * A ticket a business raised (企业诉求办理: 诉求企业 [ ] 企业联系人 [ ]): the business stands for the resident, and its
 * contact asked beside it is the person the ticket deals with, where the page names no resident.
 */
export function resolveRaisingBusinesses(fields: FoundField[]): void {
  const business = fields.find((f) => RAISING_BUSINESS.test(normalizeLabel(f.label)));
  if (!business || fields.some((f) => f.key?.startsWith('resident.') && !f.guessedResident)) return;
  for (const f of fields) {
    const attr = f.openText && f.sectionKey === business.sectionKey && CONTACT.test(f.label) ? businessContactAttr(f.label) : null;
    if (attr) f.assign(`resident.${attr}`);
  }
}

/**
 * A contact named by another kind of body than the section's (企业对接人 under 工坊信息: the contracting firm's, beside the
 * workshop's own 工坊负责人).
 */
function ofAnotherBody(f: FoundField): boolean {
  // The kind the text begins with (企业, 工坊); not a body said by what is done to it (被检查单位), which may be any.
  const body = (text: string) => VISITED_BUSINESS.exec(normalizeLabel(text))?.[1];
  const own = body(f.label);
  return !!own && !!body(f.section) && own !== body(f.section);
}

/** A part of a body (所在科室, 部门) and the body asked whole (工作单位, 所在单位). */
const BODY_PART = /^(所在|所属)?(科室|处室|股室|部门)(名称)?$/;
const WHOLE_BODY = /单位/;

/**
 * "工作单位 [ ] 所在科室 [ ]": the user's unit is asked whole once; the department beside it is a part of that unit,
 * which the profile does not hold apart, so only the whole takes it.
 */
export function resolveUnitParts(fields: FoundField[]): void {
  const units = fields.filter((f) => f.key === 'officer.unit' && !f.fromTemplate);
  if (!units.some((f) => WHOLE_BODY.test(withoutRemarks(f.label)))) return;
  for (const f of units) if (BODY_PART.test(withoutRemarks(f.label))) f.clear('只是单位里的一个科室或部门（表上另有单位栏），不自动填写');
}
