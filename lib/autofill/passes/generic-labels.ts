import type { FoundField, PageFacts } from '../field';
import type { FieldKey } from '../keys';
import { REVIEW_SECTION } from '../lexicon';
import { personShape } from '../party';
import { normalizeLabel, withoutRemarks } from '../text';
import { MATTER_SECTION } from './matter';

type Domain = 'visit' | 'issue' | 'topic' | 'report';
/** A heading over the visit's own record (走访记录, 民情记录, 本次走访, 本次服务), or a diary's or a log's entry (日记内容, 民情日记, 驻村工作日志). */
export const VISIT_SECTION = /^(本次|此次)(走访|入户|家访|探访|联系|服务|回访|随访)|^(走访|入户|家访|探访|民情)(记录|情况)$|^(民情|工作|走访)?日记(内容|正文)?$|^(驻村|网格员?)?工作日志$/;
/**
 * Generic labels take the meaning of the form they are in: 标题 on a 工单 is issue.title, 内容 on a visit form visit.content.
 * `visitRecorded`: the key wherever the form records a visit's particulars (方式, 地点, 内容), whatever else it holds.
 * `matterNoted`: the issue's key also on a visit's record that notes a problem found (存在困难).
 * `notOnRoster`: no fallback on a roster of people who serve (讲解员信息登记表).
 * `activity`: the visit's key on the record of an activity (活动登记).
 */
type GenericRule = {
  keys: Partial<Record<Domain, FieldKey>>; fallback: FieldKey | null; visitRecorded?: FieldKey; matterNoted?: boolean; notOnRoster?: boolean;
  activity?: boolean;
};
const GENERIC_LABELS: Record<string, GenericRule> = {
  // 题目 is 标题 said the other way (a report's 题　　目).
  ...Object.fromEntries(['标题', '题目'].map((label) => [label, {
    keys: { issue: 'issue.title', topic: 'topic.title', report: 'report.title' } as Partial<Record<Domain, FieldKey>>, fallback: 'report.title' as FieldKey,
  }])),
  // A 主题 names the matter of an issue form (a reception's 主题 is what was raised) or the topic of a study.
  主题: { keys: { issue: 'issue.title', topic: 'topic.title' }, fallback: null },
  ...Object.fromEntries(['内容', '主要内容', '具体内容', '详细内容'].map((label) => [label, {
    keys: { visit: 'visit.content', issue: 'issue.description', topic: 'topic.summary', report: 'report.body' } as Partial<Record<Domain, FieldKey>>,
    fallback: null,
  }])),
  // A bare 日期 or 时间 is the visit's on a visit form, a bare 地点 the visit's or the topic's place; a planned
  // finish is an issue's deadline only on an issue form.
  日期: { keys: { visit: 'visit.date' }, fallback: null },
  // How it was done (方式: 入户/电话), on a visit form the visit's way.
  方式: { keys: { visit: 'visit.type' }, fallback: null },
  形式: { keys: { visit: 'visit.type' }, fallback: null },
  时间: { keys: { visit: 'visit.date' }, fallback: null },
  地点: { keys: { visit: 'visit.location', topic: 'topic.location' }, fallback: null },
  // An 活动 (a deputy's or volunteer's activity among residents) is the visit on a visit form, or on the record of the
  // activity itself (睦邻点活动登记), anything on another.
  ...Object.fromEntries([
    ...['活动日期', '活动时间'].map((label) => [label, 'visit.date']), ['活动地点', 'visit.location'],
    ...['活动形式', '活动方式'].map((label) => [label, 'visit.type']), ...['活动内容', '活动情况'].map((label) => [label, 'visit.content']),
  ].map(([label, key]) => [label, { keys: { visit: key as FieldKey } as Partial<Record<Domain, FieldKey>>, fallback: null, activity: true }])),
  // Registering (登记) is the visit on a form about no matter (人口普查, 采集); on a 信访/工单 form it is the ticket's.
  // Where the form records how the visit was made (来访方式), registering it is the visit, even among a ticket's fields.
  // Enrolling somebody in a post that serves (讲解员信息登记) is no visit to anyone.
  ...Object.fromEntries(['登记日期', '登记时间'].map((label) => [label, {
    keys: { visit: 'visit.date' } as Partial<Record<Domain, FieldKey>>, fallback: 'visit.date' as FieldKey, visitRecorded: 'visit.date' as FieldKey,
    notOnRoster: true,
  }])),
  // A bare 限期 (by when) and a planned finish (拟完成时间, 预计完成日期) are the deadline of putting a problem right on an
  // issue form, and on a visit's record noting a problem it found (a visit is done, not finished by a day); a study's or
  // a project's plan finishes too.
  ...Object.fromEntries(['限期', ...['计划', '拟', '预计'].flatMap((plan) => ['时间', '日期'].map((day) => `${plan}完成${day}`))]
    .map((label) => [label, { keys: { issue: 'issue.deadline' } as Partial<Record<Domain, FieldKey>>, fallback: null, matterNoted: true }])),
  // A leader who names no matter (责任领导, 分管领导) leads the topic of a research form; on an issue ledger or a
  // visit form they are somebody the page tracks, not our 牵头领导.
  ...Object.fromEntries(['牵头领导', '责任领导', '带队领导', '分管领导', '牵头人'].map((label) => [label, {
    keys: { topic: 'topic.lead', report: 'topic.lead' } as Partial<Record<Domain, FieldKey>>,
    fallback: 'topic.lead' as FieldKey,
  }])),
  // A summary of what a letter or ticket says (内容摘要) is its title; a report's abstract is neither its title nor its text.
  ...Object.fromEntries(['摘要', '内容摘要'].map((label) => [label, { keys: { issue: 'issue.title' } as Partial<Record<Domain, FieldKey>>, fallback: null }])),
  // A project (项目) is the matter of the form: a practical matter done for residents (办实事) or a research project.
  项目名称: { keys: { issue: 'issue.title', topic: 'topic.title' }, fallback: null },
  项目内容: { keys: { issue: 'issue.description', topic: 'topic.summary' }, fallback: null },
  项目来源: { keys: { issue: 'issue.source' }, fallback: null },
  // What residents deliberate (议题) is their matter on an issue form or on the record of a meeting the user holds with
  // them (a visit form), a study's question on a topic form.
  议题: { keys: { issue: 'issue.title', visit: 'issue.title', topic: 'topic.title' }, fallback: null },
  // The body leading the work (牵头单位) or bearing the main charge (主责部门) puts a matter right on an issue form; a
  // study's is its own unit, a project's studied somebody else's.
  ...Object.fromEntries(['牵头单位', '主责单位', '主责部门'].map((label) => [label, { keys: { issue: 'issue.ownerUnit' } as Partial<Record<Domain, FieldKey>>, fallback: null }])),
  主责人: { keys: { issue: 'issue.owner' }, fallback: null },
  // Which field of work a matter falls in (所属领域, 内容分类) is its category on an issue form; on another it may be anything's.
  ...Object.fromEntries(['领域', '所属领域', '涉及领域', '分类', '所属分类', '内容分类'].map((label) => [label, { keys: { issue: 'issue.category' } as Partial<Record<Domain, FieldKey>>, fallback: null }])),
  // A status on an issue form (办结/销号 pages) is the issue's.
  ...Object.fromEntries(['状态', '当前状态', '进展状态'].map((label) => [label, { keys: { issue: 'issue.status' } as Partial<Record<Domain, FieldKey>>, fallback: null }])),
};

/** A page that is a diary or log of visits (楼道长走访日记, 民情日记, 驻村工作日志): its bare 日期 is the day of the visit it records. */
const VISIT_LOG_PAGE = /(走访|入户|家访|探访|民情|工作)(日记|日志)/;
const BARE_DAY = /^(日期|时间)$/;
const TITLE_KEYS: ReadonlySet<FieldKey> = new Set(['issue.title', 'topic.title', 'report.title']);
/** The record of an activity held among residents (睦邻点活动登记, 志愿服务活动记录): the activity is the visit. */
const ACTIVITY_RECORD = /活动(登记|记录|台账|日志)/;
/** A roster of people enrolled in a post that serves (红色名村讲解员信息登记表, 网格信息员登记), by a headline or heading. */
const ROSTER = /(\p{Script=Han}{1,4}员)(信息)?(登记|注册|备案|名册)/u;
const isRoster = (headline: string) => personShape(ROSTER.exec(normalizeLabel(headline))?.[1] ?? '') === 'officer';

export function resolveGenericLabels(fields: FoundField[], { headline }: PageFacts): void {
  const generic = (f: FoundField) => !f.fromTemplate && GENERIC_LABELS[withoutRemarks(f.label)];
  // Under a reviewer's or a forwarder's heading (审核信息, 领导批示), a bare 内容 or 日期 is that act's; a status stays the matter's.
  const reviewed = (f: FoundField, rule: GenericRule) => REVIEW_SECTION.test(f.section) && rule.keys.issue !== 'issue.status';
  const visitRecorded = fields.some((f) => f.key?.startsWith('visit.') && f.key !== 'visit.date' && !generic(f));
  const visitAccount = fields.some((f) => ['visit.type', 'visit.location', 'visit.content'].includes(f.key ?? '') && !generic(f));
  const counts = new Map<Domain, number>();
  for (const f of fields) {
    // Who came along (visit.companions) is a person, like the user's own fields: it says who, not what the form is about.
    // A visit's record notes what the resident raised and the help given (亲戚家有什么困难, 帮亲戚办了哪些实事): on a
    // form recording what the visit was (its way, place or account), those say what it found, not that the form is about a matter.
    const noted = visitAccount && (f.key === 'issue.description' || f.key === 'issue.measures');
    const domain = f.key === 'visit.companions' || noted ? undefined : f.key?.split('.')[0] as Domain | undefined;
    if (domain && ['visit', 'issue', 'topic', 'report'].includes(domain) && !generic(f)) counts.set(domain, (counts.get(domain) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  // Registering is the visit only where the page asks no other day of it (STYLE.md): beside 调处日期, 登记日期 is the paperwork's.
  const visitDay = fields.some((f) => f.key === 'visit.date' && !generic(f));
  const matterNoted = fields.some((f) => f.key === 'issue.description' && !generic(f));
  const roster = [headline, ...fields.map((f) => f.section)].some(isRoster);
  const activityPage = ACTIVITY_RECORD.test(normalizeLabel(headline));
  // A record has one title: a generic label (项目名称 of a project a study looks at) does not ask it again.
  const titled = new Set(fields.filter((f) => f.key && TITLE_KEYS.has(f.key) && !generic(f)).map((f) => f.key));
  // A clear domain only: the most frequent, and not tied with another; but a visit record notes the problems it
  // found (需协调解决的问题), so a tie with the issue is the visit's when the form records the visit's particulars.
  const tied = ranked.filter(([, n]) => n === ranked[0]?.[1]).map(([d]) => d);
  const domain = tied.length === 1 ? tied[0] : tied.length === 2 && tied.includes('visit') && tied.includes('issue') && visitRecorded ? 'visit' : null;
  if (domain === 'topic' && !fields.some((f) => f.key === 'topic.lead')) {
    // Who leads the work (牵头负责同志, 牵头负责人) on a study's form leads the study, not a matter's handling.
    const lead = fields.find((f) => f.key === 'issue.owner' && !f.fromTemplate && withoutRemarks(f.label).startsWith('牵头'));
    lead?.assign('topic.lead');
  }
  // On a visit's record (the form's domain, or the field's own section) that notes a problem, a planned finish is the issue's.
  const noted = (rule: GenericRule, of: Domain | null | undefined) => (of === 'visit' && rule.matterNoted && matterNoted ? rule.keys.issue : undefined);
  for (const f of fields) {
    const rule = generic(f);
    if (!rule) continue;
    // With no clear domain, a key the choices gave (活动形式 offering 入户走访/座谈) stands: see KEY_BY_OPTIONS.
    const chosen = f.key && Object.values(rule.keys).includes(f.key) ? f.key : null;
    // Under the matter's own heading (来访事项, 事件信息) a generic label asks about the matter, under the visit's (民情记录,
    // 走访记录) about the visit, whatever else the form records.
    // A generic label with no meaning for the section's own record (a diary entry's 标题) asks nothing of ours.
    const visitLog = BARE_DAY.test(withoutRemarks(f.label)) && VISIT_LOG_PAGE.test(headline);
    const visitLike = visitLog || (rule.activity && activityPage);
    const under: Domain | undefined = MATTER_SECTION.test(f.section) ? 'issue' : VISIT_SECTION.test(normalizeLabel(f.section)) || visitLike ? 'visit' : undefined;
    const key = reviewed(f, rule) || (rule.visitRecorded && visitDay) ? null
      : under ? rule.keys[under] ?? noted(rule, under) ?? null
      : (visitRecorded && rule.visitRecorded) || (domain && rule.keys[domain]) || noted(rule, domain)
        || (domain || (rule.notOnRoster && roster) ? null : rule.fallback ?? chosen);
    f.key = key && !titled.has(key) ? key : null;
    if (f.key) delete f.reason;
    else f.reason = '栏名太笼统，看不出填什么';
  }
}

/** What a study sets out to look into (研究的主要问题和内容, 调研的主要问题). */
const STUDY_QUESTION = /研究|调研/;

/** A progress report's own difficulties (存在问题及下步打算, 存在的困难). */
const STUDY_DIFFICULTY = /^存在的?(问题|困难)/;

/**
 * "研究的主要问题和内容" on a study's own page (topic fields, no visit, no resident, no other matter): the study's
 * content, not a matter raised by a resident. Beside the study's content, "存在问题及下步打算" is the study's own
 * difficulties: nobody's matter.
 */
export function resolveStudyQuestions(fields: FoundField[]): void {
  const topic = fields.some((f) => f.key?.startsWith('topic.'));
  // A number only guessed the resident's (联系电话 after 填报人) names no resident.
  const others = fields.some((f) => (/^(visit|resident)\./.test(f.key ?? '') && !f.guessedResident) || (f.key?.startsWith('issue.') && f.key !== 'issue.description'));
  const asked = fields.filter((f) => f.key === 'issue.description' && !f.fromTemplate);
  if (!topic || others || asked.length !== 1) return;
  const label = normalizeLabel(asked[0].label);
  if (fields.some((f) => f.key === 'topic.summary')) {
    if (STUDY_DIFFICULTY.test(label)) asked[0].clear('是课题本身的困难和打算，不是群众反映的问题，不自动填写');
  } else if (STUDY_QUESTION.test(label)) asked[0].assign('topic.summary');
}

/**
 * "调研开展情况: 调研天数, 走访群众, 召开座谈会" on a study's own page (topic fields, no visit, no matter): the people the
 * study visited are a tally, not the one resident of a record.
 */
export function resolveStudyTallies(fields: FoundField[]): void {
  if (!fields.some((f) => f.key?.startsWith('topic.')) || fields.some((f) => /^(visit|issue)\./.test(f.key ?? ''))) return;
  const residents = fields.filter((f) => f.key?.startsWith('resident.') && !f.guessedResident);
  const [only] = residents;
  if (residents.length === 1 && only.key === 'resident.name' && !only.fromTemplate) only.clear('是课题调研走访的人数或名单，不是某一位群众，不自动填写');
}

/** A study's span or schedule (调研起止时间, 调研时间安排), not one day out. */
const STUDY_SPAN = /起止|安排|计划|阶段/;

/**
 * "调研日期 … 参加人员 … 调研情况" on the record of a study's trip made (who went along, or the resident met): its one day
 * is the visit's, as a 走访日期 is. On a study's plan (its 调研时间 with nobody gone yet, or its span) it stays the study's.
 */
export function resolveStudyTripDays(fields: FoundField[]): void {
  const days = fields.filter((f) => f.key === 'topic.startDate' || f.key === 'topic.endDate');
  if (days.length !== 1 || days[0].fromTemplate || STUDY_SPAN.test(days[0].label) || fields.some((f) => f.key === 'visit.date')) return;
  const made = fields.some((f) => f.key === 'visit.companions' || (f.key?.startsWith('resident.') && !f.guessedResident));
  if (made) days[0].assign('visit.date');
}

/** Putting a study into practice (转化措施, 转化效果, 成果转化情况). */
const CONVERSION = /^(成果)?转化/;

/**
 * On a study's own form (a topic or a report, no matter of its own), putting it into practice (转化措施) is the study's,
 * not a matter's handling; on a register of such conversions (调研成果转化登记, by its headline) it is the matter.
 */
export function resolveStudyConversions(fields: FoundField[], { headline }: PageFacts): void {
  const study = fields.some((f) => /^(topic|report)\./.test(f.key ?? '')) && !fields.some((f) => f.key === 'issue.title' || f.key === 'issue.description');
  if (!study || normalizeLabel(headline).includes('转化')) return;
  for (const f of fields) {
    if (f.key?.startsWith('issue.') && !f.fromTemplate && CONVERSION.test(withoutRemarks(f.label))) f.clear('是调研成果的转化，不是问题的办理，不自动填写');
  }
}
