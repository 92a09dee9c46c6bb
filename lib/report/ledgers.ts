// Ledgers (台账) as rows of text: the tables of the report's appendices and of the stand-alone exports.
import type { Household, IssueItem, Topic, Visit } from '../schema';
import { maskIdNumber } from '../privacy';
import { chineseDate } from './format';

/** A column: its header and its share of the table's width. */
export interface LedgerColumn {
  header: string;
  weight: number;
  center?: boolean;
}

export type LedgerKey = 'issueLedger' | 'visitLedger' | 'topicPlan' | 'householdVisits' | 'householdIssues';

const col = (header: string, weight: number, center = false): LedgerColumn => ({ header, weight, center });

export const LEDGER_COLUMNS: Record<LedgerKey, LedgerColumn[]> = {
  /** 问题清单台账 */
  issueLedger: [
    col('序号', 5, true), col('问题', 14), col('类别', 6, true), col('来源', 5, true), col('反映人', 7, true),
    col('社区/网格', 9), col('责任单位/责任人', 10), col('完成时限', 8, true), col('整改措施', 11),
    col('办理状态', 7, true), col('反馈情况', 13),
  ],
  /** 走访台账 */
  visitLedger: [
    col('序号', 5, true), col('日期', 8, true), col('方式', 8, true), col('社区/网格', 9), col('走访对象', 7),
    col('走访内容', 22), col('现场处置', 16), col('陪同人员', 8),
  ],
  /** 年度调研计划表 */
  topicPlan: [
    col('序号', 5, true), col('调研课题', 14), col('调研要点', 22), col('责任人', 10), col('方式方法', 8),
    col('时间', 9, true), col('地点', 7), col('状态', 7, true),
  ],
  /** 民情台账: a household's visits */
  householdVisits: [col('序号', 5, true), col('日期', 8, true), col('方式', 8, true), col('走访内容', 22), col('现场处置', 16)],
  /** 民情台账: a household's issues */
  householdIssues: [col('序号', 5, true), col('问题', 16), col('责任人', 8), col('完成时限', 8, true), col('办理状态', 7, true), col('反馈情况', 14)],
};

const join = (...parts: string[]) => parts.filter(Boolean).join('/');
const dateOrBlank = (iso: string | null) => (iso ? chineseDate(iso) : '');
const n = (i: number) => String(i + 1);

export function issueLedgerRows(issues: readonly IssueItem[]): string[][] {
  return issues.map((i, k) => [
    n(k), i.title, i.category, i.source, i.raisedBy.name, join(i.community, i.grid), join(i.ownerUnit, i.owner),
    dateOrBlank(i.deadline), i.measures, i.status,
    i.feedback ? `${chineseDate(i.feedback.date)}${i.feedback.way}：${i.feedback.content}` : i.explanation,
  ]);
}

export function visitLedgerRows(visits: readonly Visit[], households: readonly Household[]): string[][] {
  const names = new Map(households.map((h) => [h.id, h.name]));
  return visits.map((v, k) => [
    n(k), chineseDate(v.date), v.type, join(v.community, v.grid),
    v.householdIds.map((id) => names.get(id)).filter(Boolean).join('、'), v.content, v.actions, v.companions.join('、'),
  ]);
}

export function topicPlanRows(topics: readonly Topic[]): string[][] {
  const span = (t: Topic) => (t.startDate ? `${chineseDate(t.startDate)}${t.endDate ? `至${chineseDate(t.endDate)}` : '起'}` : '');
  return topics.map((t, k) => [
    n(k), t.title, t.keyPoints.map((p, j) => `${ORDINALS[j] ?? `${j + 1}.`}${p}`).join('；'),
    [t.lead.position, t.lead.name].filter(Boolean).join('，'), t.methods.join('、'), span(t), t.places.join('、'), t.status,
  ]);
}

/** 一是…二是…三是… as the seeds write key points. */
const ORDINALS = ['一是', '二是', '三是', '四是', '五是', '六是', '七是', '八是', '九是', '十是'];

/** 民情台账 of one household: its card (label, value pairs) and its visits and issues. */
export function householdLedger(household: Household, visits: readonly Visit[], issues: readonly IssueItem[]) {
  const own = visits.filter((v) => !v.deletedAt && v.householdIds.includes(household.id)).sort((a, b) => a.date.localeCompare(b.date));
  const raised = issues.filter((i) => !i.deletedAt && i.raisedBy.householdId === household.id);
  const card: [string, string][] = [
    ['姓名', household.name], ['性别', household.gender], ['身份证号', household.idNumber ? maskIdNumber(household.idNumber) : ''],
    ['联系电话', household.phone], ['住址', household.address], ['社区/网格', join(household.community, household.grid)],
    ['人员类别', household.careTags.join('、')], ['备注', household.notes],
  ];
  return {
    card,
    visits: own.map((v, k) => [n(k), chineseDate(v.date), v.type, v.content, v.actions]),
    issues: raised.map((i, k) => [
      n(k), i.title, join(i.ownerUnit, i.owner), dateOrBlank(i.deadline), i.status,
      i.feedback ? `${chineseDate(i.feedback.date)}${i.feedback.way}：${i.feedback.content}` : i.explanation,
    ]),
  };
}
