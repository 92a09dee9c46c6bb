import {
  ISSUE_SOURCES, ISSUE_STATUSES, Phone, VISIT_TYPES, type IssueItemInput, type VisitInput,
} from '../schema';
import { parseLooseDate } from './dates';
import type { FieldKey } from './keys';

/** One field read from a page: its key (null when unknown), label and value. */
export interface CapturedField {
  key: FieldKey | null;
  label: string;
  value: string | string[];
}

/** Where the captured page was: noted in the draft so the user can find the original. */
export interface CaptureContext {
  pageTitle: string;
  url: string;
  /** Today, YYYY-MM-DD: the visit date when the page has none. */
  today: string;
}

const text = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join('、') : value ?? '').trim();
const oneOf = <T extends string>(list: readonly T[], value: string): T | undefined => list.find((item) => item === value);

/** The captured fields by key (the first non-empty value of each key wins), and all the rest. */
function sortCaptured(fields: readonly CapturedField[]) {
  const byKey = new Map<FieldKey, string>();
  const extra: string[] = [];
  for (const field of fields) {
    const value = text(field.value);
    if (!value) continue;
    if (field.key && !byKey.has(field.key)) byKey.set(field.key, value);
    else extra.push(`${field.label || '未命名字段'}：${value}`);
  }
  return { get: (key: FieldKey) => byKey.get(key) ?? '', extra };
}

/** Lines nothing else holds, so no captured text is lost: unknown fields, values that did not fit. */
function appendix(extra: readonly string[], context: CaptureContext): string {
  const lines = extra.length ? ['', '【页面上的其他信息】', ...extra] : [];
  return [...lines, '', `（采集自：${context.pageTitle || context.url}）`].join('\n');
}

const validPhone = (value: string) => Phone.safeParse(value).success;

/**
 * A new issue (问题清单条目) from a filled form or a 12345 ticket's detail page. Values that do not
 * fit the record (a phone in another format, an unknown status) are kept in the description.
 */
export function captureIssueDraft(fields: readonly CapturedField[], context: CaptureContext): IssueItemInput {
  const { get, extra } = sortCaptured(fields);
  const misfit = (label: string, value: string) => { if (value) extra.push(`${label}：${value}`); };
  const description = get('issue.description') || get('visit.content');
  const title = get('issue.title') || description.split(/[\n。！？]/)[0].slice(0, 50) || context.pageTitle.slice(0, 50) || '采集的问题';
  const phone = get('resident.phone');
  const source = oneOf(ISSUE_SOURCES, get('issue.source'));
  const status = oneOf(ISSUE_STATUSES, get('issue.status'));
  const deadline = parseLooseDate(get('issue.deadline'));
  if (phone && !validPhone(phone)) misfit('联系电话', phone);
  if (!source) misfit('问题来源', get('issue.source'));
  if (!status) misfit('办理状态', get('issue.status'));
  if (!deadline) misfit('完成时限', get('issue.deadline'));
  const place = get('resident.address') || get('visit.location');
  if (place !== get('visit.location')) misfit('地点', get('visit.location'));
  for (const [key, label] of [['resident.idNumber', '身份证号'], ['issue.result', '办理结果'], ['issue.feedback', '反馈情况']] as const) {
    misfit(label, get(key));
  }
  return {
    title,
    description: `${description}${appendix(extra, context)}`.trim(),
    category: get('issue.category'),
    source: source ?? '其他',
    raisedBy: { householdId: null, name: get('resident.name'), phone: validPhone(phone) ? phone : '' },
    place,
    street: get('place.street'),
    community: get('place.community'),
    grid: get('place.grid'),
    ownerUnit: get('issue.ownerUnit'),
    owner: get('issue.owner'),
    deadline,
    measures: get('issue.measures'),
    status: status ?? '待办',
  };
}

/** A new visit (走访记录) from a filled form or a detail page, marked as a draft to complete. */
export function captureVisitDraft(fields: readonly CapturedField[], context: CaptureContext): VisitInput {
  const { get, extra } = sortCaptured(fields);
  const misfit = (label: string, value: string) => { if (value) extra.push(`${label}：${value}`); };
  const date = parseLooseDate(get('visit.date'));
  const type = oneOf(VISIT_TYPES, get('visit.type'));
  if (!date) misfit('走访日期', get('visit.date'));
  if (!type) misfit('走访方式', get('visit.type'));
  const resident = [get('resident.name'), get('resident.phone')].filter(Boolean).join('，');
  for (const [key, label] of [['resident.idNumber', '身份证号'], ['resident.address', '住址'], ['issue.title', '问题'], ['issue.description', '问题描述']] as const) {
    misfit(label, get(key));
  }
  const content = [resident && `走访对象：${resident}`, get('visit.content')].filter(Boolean).join('\n');
  return {
    date: date ?? context.today,
    type: type ?? '入户走访',
    place: get('visit.location') || get('resident.address'),
    street: get('place.street'),
    community: get('place.community'),
    grid: get('place.grid'),
    companions: get('visit.companions').split(/[、，,;；\s]+/).filter(Boolean),
    content: `${content}${appendix(extra, context)}`.trim(),
    draft: true,
  };
}
