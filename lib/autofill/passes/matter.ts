import type { FoundField, PageFacts } from '../field';
import { partyMentions } from '../party';
import { normalizeLabel, withoutSystemName } from '../text';
import type { FieldKind } from '../widgets';

/** A heading over the matter's own fields (事件信息, 工单信息); not a 用工单位's. */
export const MATTER_SECTION = /事件|案件|事项|工单(?!位)|诉求信息|诉求内容|问题信息/;

/** Where to reach a person (联系地址, 通讯地址): a person's, never where a matter happened. */
const CONTACT_ADDRESS = /^(联系|通讯|通信)(地址|住址)$/;

/** A bare 地址 in a section about the matter (事件信息, 工单信息) is where it happened, not the resident's home. */
export function resolveMatterAddresses(fields: FoundField[]): void {
  for (const f of fields) {
    if (f.key !== 'resident.address' || !f.guessedResident || !MATTER_SECTION.test(normalizeLabel(f.section))) continue;
    if (CONTACT_ADDRESS.test(normalizeLabel(f.label))) continue;
    f.clear('事件或事项的地点，不一定是群众的住址，不自动填写');
  }
}

const HANDLER = /^(承办|办理|处置)人$/;
/** Who helps the handler (协办人, 协办执法人员, 协同人员): the handler's own team. */
const HELPER = /^(协办|协同|协助)/;
/** The handler's body (承办机构, 承办中队). */
const HANDLER_BODY = /^(承办|办理|处置)(单位|机构|部门|科室|中队|大队)$/;

/**
 * Who handles a matter (承办人, 办理人, 处置人) is its owner, unless their section names only the user's own
 * people (执法人员, 经办人信息), the form asks who helped them (协办人) or names the owner otherwise in the handler's
 * section (责任人): then it is the user, who handles the case himself (with a colleague: the handler's body, 承办机构, is
 * then the user's unit).
 */
export function resolveHandlers(fields: FoundField[]): void {
  const helped = fields.some((f) => f.key === 'visit.companions' && HELPER.test(normalizeLabel(f.label)));
  // The matter's owner named otherwise in the handler's own section (处置信息: 责任人 … 处置人): the handler is the user.
  const owners = new Set(fields.filter((f) => f.key === 'issue.owner' && !HANDLER.test(normalizeLabel(f.label))).map((f) => f.sectionKey));
  let handled = false;
  for (const f of fields) {
    if (f.key !== 'issue.owner' || f.fromTemplate || !HANDLER.test(normalizeLabel(f.label))) continue;
    const named = partyMentions(normalizeLabel(f.section));
    if (helped || owners.has(f.sectionKey) || (named.length && named.every((m) => m.party === 'officer'))) {
      f.key = 'officer.name';
      handled = true;
    }
  }
  if (!helped || !handled) return;
  for (const f of fields) {
    if (f.fromTemplate || !HANDLER_BODY.test(normalizeLabel(f.label))) continue;
    f.assign('officer.unit');
  }
}

/** A body's own person (部门经办人, 单位联系人), named by the body alone. */
const BODY_PERSON = /^(部门|单位|科室|机构)(经办人|负责人|联系人|责任人)$/;

/**
 * "转办部门 [ ] 部门经办人 [ ]": the person of the body a matter goes to, asked right after that body, answers for the
 * matter (its owner), not the user who sends it there.
 */
export function resolveOwningBodyPersons(fields: FoundField[]): void {
  fields.forEach((f, i) => {
    if (fields[i - 1]?.key !== 'issue.ownerUnit' || f.fromTemplate || !BODY_PERSON.test(normalizeLabel(f.label))) return;
    f.assign('issue.owner');
    f.unsure = false;
    f.guessedResident = false;
  });
}

const WRITTEN: ReadonlySet<FieldKind> = new Set<FieldKind>(['text', 'textarea', 'richtext']);

/**
 * "处置情况 [          ] 处置结果 (•现场解决)": where the form asks the result on its own, the account of the handling
 * (处置情况, 办理情况) written beside it is what was done, the measures, when no field asks them.
 */
export function resolveHandlingAccounts(fields: FoundField[]): void {
  const results = fields.filter((f) => f.key === 'issue.result' && !f.fromTemplate);
  if (fields.some((f) => f.key === 'issue.measures') || !results.some((f) => /结果$/.test(normalizeLabel(f.label)))) return;
  const account = results.find((f) => WRITTEN.has(f.kind) && /情况$/.test(normalizeLabel(f.label)));
  if (!account) return;
  // A session the user held (调解情况 beside 调解结果) is told as what happened there (STYLE.md: 调解经过), not as measures.
  const told = SESSION_ACCOUNT.test(normalizeLabel(account.label)) && !fields.some((f) => f.key === 'visit.content');
  account.key = told ? 'visit.content' : 'issue.measures';
}

/** A page where a petition or a ticket is handled and answered (信访事项办理, 办理答复, 信访件办理), not registered. */
const HANDLING_PAGE = /(信访|来信|来访|工单|诉求|事项|件)(办理|答复|处理)/;

/**
 * "处理意见" on the page where a petition is handled and answered (信访事项办理答复): the handling decided and done, its
 * result, when no field asks the result by name; on a register of a reception or a check it is what is to be done.
 */
export function resolveHandlingOpinions(fields: FoundField[], { headline }: PageFacts): void {
  if (!HANDLING_PAGE.test(withoutSystemName(headline)) || fields.some((f) => f.key === 'issue.result')) return;
  for (const f of fields) {
    if (!f.fromTemplate && f.key === 'issue.measures' && normalizeLabel(f.label) === '处理意见') f.key = 'issue.result';
  }
}

/** The account of a session the user held with the parties (调解情况, 调处情况, 协调情况). */
const SESSION_ACCOUNT = /^(调解|调处|协调)情况$/;

/**
 * "诉求事项 [one line] 诉求详情 [box]": of two fields describing the matter on a form with no title field, the one-line
 * box that comes first names it (its title); the box below describes it.
 */
export function resolveMatterNames(fields: FoundField[]): void {
  if (fields.some((f) => f.key === 'issue.title')) return;
  const described = fields.filter((f) => f.key === 'issue.description' && !f.fromTemplate);
  const named = described.find((f, i) => f.kind === 'text' && described.slice(i + 1).some((later) => later.kind !== 'text'));
  if (named) named.key = 'issue.title';
}
