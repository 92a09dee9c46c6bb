import type { FillValues } from '../autofill';
import type { Household, IssueItem, Profile, Topic, Visit } from '../schema';
import { formatDateZh } from './dates';
import type { FieldKey } from './keys';

/** One value to put in a form, and where it came from ("我的信息·姓名"), shown before filling. */
export interface SourcedValue {
  value: string | string[];
  source: string;
}
export type SourcedValues = Partial<Record<FieldKey, SourcedValue>>;
/** What the engine takes: values by field key. */
export type { FillValues };

/** The record the user chose in the side panel, with the records it points to. */
export interface ChosenRecord {
  visit?: Visit;
  issue?: IssueItem;
  household?: Household;
  topic?: Topic;
}

/** Writes values from one origin into `values`: later sources win, empty values replace nothing. */
type Put = (key: FieldKey, value: string | string[] | null | undefined, what: string) => Put;
function writer(values: SourcedValues, origin: string): Put {
  const put: Put = (key, value, what) => {
    const empty = value == null || (Array.isArray(value) ? value.length === 0 : !value.trim());
    if (!empty) values[key] = { value, source: `${origin}·${what}` };
    return put;
  };
  return put;
}

const joinList = (items: readonly string[]) => items.join('、');
const short = (text: string, max = 12) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** The title a record is shown under, in sources and in the record picker. */
export function recordTitle(chosen: ChosenRecord): string {
  if (chosen.issue) return `问题 ${short(chosen.issue.title)}`;
  if (chosen.visit) return `走访记录 ${formatDateZh(chosen.visit.date)}`;
  if (chosen.household) return `联系户 ${chosen.household.name}`;
  if (chosen.topic) return `课题 ${short(chosen.topic.title)}`;
  return '';
}

function profileValues(put: Put, profile: Profile) {
  put('officer.name', profile.name, '姓名')('officer.unit', profile.unit, '单位')
    ('officer.position', profile.position, '职务')('officer.phone', profile.phone, '电话')
    ('place.street', profile.street, '所属街道')('place.community', profile.community, '所属社区')
    ('place.grid', profile.grid, '所属网格');
}

function topicValues(put: Put, topic: Topic) {
  put('topic.title', topic.title, '课题名称')('topic.lead', topic.lead.name, '负责人')
    ('topic.method', joinList(topic.methods), '方式方法')('topic.location', joinList(topic.places), '调研地点')
    ('topic.summary', topic.keyPoints.join('；'), '调研要点')
    ('topic.startDate', topic.startDate, '开始日期')('topic.endDate', topic.endDate, '结束日期');
}

function householdValues(put: Put, household: Household) {
  put('resident.name', household.name, '姓名')('resident.gender', household.gender, '性别')
    ('resident.idNumber', household.idNumber, '身份证号')('resident.phone', household.phone, '联系电话')
    ('resident.address', household.address, '住址')('resident.tags', household.careTags, '人员类别')
    ('place.street', household.street, '街道')('place.community', household.community, '社区')
    ('place.grid', household.grid, '网格');
}

function visitValues(put: Put, visit: Visit) {
  // 走访内容 on the forms means what was heard and what was done (现场处置).
  const content = visit.actions ? `${visit.content}\n现场处置：${visit.actions}`.trim() : visit.content;
  put('visit.date', visit.date, '走访日期')('visit.type', visit.type, '走访方式')
    ('visit.location', visit.place, '走访地点')('visit.companions', joinList(visit.companions), '陪同人员')
    ('visit.content', content, '走访内容')
    ('place.street', visit.street, '街道')('place.community', visit.community, '社区')
    ('place.grid', visit.grid, '网格');
}

function issueValues(put: Put, issue: IssueItem) {
  put('issue.title', issue.title, '问题标题')('issue.description', issue.description, '问题描述')
    ('issue.category', issue.category, '问题类别')('issue.source', issue.source, '问题来源')
    ('issue.ownerUnit', issue.ownerUnit, '责任单位')('issue.owner', issue.owner, '责任人')
    ('issue.deadline', issue.deadline, '完成时限')('issue.measures', issue.measures, '整改措施')
    ('issue.result', issue.explanation, '解释说明')('issue.feedback', issue.feedback?.content, '反馈内容')
    ('issue.status', issue.status, '办理状态')
    ('resident.name', issue.raisedBy.name, '反映人')('resident.phone', issue.raisedBy.phone, '反映人电话')
    ('place.street', issue.street, '街道')('place.community', issue.community, '社区')
    ('place.grid', issue.grid, '网格');
}

/**
 * The values for a form: the user's profile, then the chosen record and the records it points to
 * (its topic, household, visit). The more specific source wins: a visit's 社区 over the profile's.
 */
export function buildFillValues(profile: Profile | null, chosen: ChosenRecord = {}): SourcedValues {
  const values: SourcedValues = {};
  if (profile) profileValues(writer(values, '我的信息'), profile);
  if (chosen.topic) topicValues(writer(values, recordTitle({ topic: chosen.topic })), chosen.topic);
  if (chosen.household) householdValues(writer(values, recordTitle({ household: chosen.household })), chosen.household);
  if (chosen.visit) visitValues(writer(values, recordTitle({ visit: chosen.visit })), chosen.visit);
  if (chosen.issue) issueValues(writer(values, recordTitle({ issue: chosen.issue })), chosen.issue);
  return values;
}

/** Fixed values (a template's "走访方式 is always 入户走访 here") replace whatever the records say. */
export function withFixedValues(values: SourcedValues, fixed: FillValues, origin: string): SourcedValues {
  const result = { ...values };
  for (const [key, value] of Object.entries(fixed) as [FieldKey, string | string[]][]) {
    result[key] = { value, source: `${origin}·固定值` };
  }
  return result;
}

/** Drops the sources: what fillFields takes. */
export function toFillValues(values: SourcedValues): FillValues {
  return Object.fromEntries(Object.entries(values).map(([key, v]) => [key, v!.value]));
}
