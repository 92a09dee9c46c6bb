// Turning a 台账's rows into records: every row checked with the zod schemas, problems reported with
// the row number the user sees in Excel; nothing is written here.
import type { z } from 'zod';
import type { Clock, Store } from '../db';
import { missingAssignment } from '../issues';
import {
  HouseholdInput, ISSUE_SOURCES, ISSUE_STATUSES, IssueItemInput,
  type Household, type IssueItem,
} from '../schema';
import { fieldsOf, type ColumnMapping, type ImportKind } from './fields';
import type { SheetRow } from './sheet';

export interface RowProblem {
  rowNumber: number;
  /** e.g. "第3行：身份证号校验码不正确，请核对" */
  message: string;
}

export interface ImportPlan {
  kind: ImportKind;
  households: Household[];
  issues: IssueItem[];
  /** The sheet row each record came from, in the same order as the records. */
  rowNumbers: number[];
  problems: RowProblem[];
}

const pad = (n: string | number) => String(n).padStart(2, '0');
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Dates as people type them (2023/6/8, 2023.6.8, 2023年6月8日, 20230608, an Excel serial) → YYYY-MM-DD. */
export function normalizeDate(text: string): string {
  const t = text.trim();
  const parts = t.match(/^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/) ?? t.match(/^(\d{4})(\d{2})(\d{2})$/);
  if (parts) return `${parts[1]}-${pad(parts[2])}-${pad(parts[3])}`;
  if (/^\d{5}$/.test(t)) return new Date(EXCEL_EPOCH + Number(t) * 86_400_000).toISOString().slice(0, 10);
  return t;
}

const STATUS_WORDS: Record<string, IssueItem['status']> = {
  未办理: '待办', 待办理: '待办', 未办结: '待办', 未完成: '待办', 待处理: '待办',
  正在办理: '办理中', 处理中: '办理中', 整改中: '办理中', 推进中: '办理中',
  已完成: '已办结', 已解决: '已办结', 已处理: '已办结', 已整改: '已办结',
  销号: '已销号', 已销账: '已销号',
  无法解决: '无法解决-已解释', 已解释: '无法解决-已解释',
};
const SOURCE_WORDS: Record<string, IssueItem['source']> = { 入户走访: '走访', 座谈会: '座谈', 来访: '信访', 来信: '信访', '12345': '信访', 交办: '上级交办' };

/** A cell's text turned into what the schema expects, or a Chinese problem. */
function convert(key: string, text: string): { value: unknown } | { problem: string } {
  switch (key) {
    case 'careTags':
      return { value: text ? text.split(/[、,，;；/\s]+/).filter(Boolean) : [] };
    case 'gender':
      return { value: text.replace(/性$/, '') };
    case 'deadline':
      return { value: text ? normalizeDate(text) : null };
    case 'status': {
      if (!text) return { value: '待办' };
      const status = (ISSUE_STATUSES as readonly string[]).includes(text) ? text : STATUS_WORDS[text];
      return status ? { value: status } : { problem: `状态“${text}”无法识别，应为${ISSUE_STATUSES.join('、')}之一` };
    }
    case 'source':
      if (!text) return { value: '其他' };
      return { value: (ISSUE_SOURCES as readonly string[]).includes(text) ? text : SOURCE_WORDS[text] ?? '其他' };
    default:
      return { value: text };
  }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const [head, tail] = path.split('.');
  if (tail) target[head] = { ...(target[head] as object), [tail]: value };
  else target[head] = value;
}

/** One message per problem, naming the column unless the message already does. */
function describe(error: z.ZodError, labels: Record<string, string>): string[] {
  return error.issues.map((issue) => {
    const label = labels[issue.path.join('.')];
    return label && !issue.message.includes(label) ? `${label}：${issue.message}` : issue.message;
  });
}

export interface PlanOptions {
  clock: Clock;
  /** Who imports: recorded in each issue's history. */
  by: string;
}

/** Checks every row and builds the records to write; rows with problems are left out and reported. */
export function planImport(kind: ImportKind, rows: readonly SheetRow[], mapping: ColumnMapping, options: PlanOptions): ImportPlan {
  const fields = fieldsOf(kind);
  const labels = Object.fromEntries(fields.map((f) => [f.key, f.label]));
  const plan: ImportPlan = { kind, households: [], issues: [], rowNumbers: [], problems: [] };
  const missingRequired = fields.filter((f) => f.required && !mapping.includes(f.key));
  if (missingRequired.length) {
    plan.problems.push({ rowNumber: 0, message: `请为“${missingRequired.map((f) => f.label).join('、')}”指定对应的列` });
    return plan;
  }

  for (const row of rows) {
    if (mapping.every((key, col) => !key || !row.cells[col])) continue; // an empty row
    const raw: Record<string, unknown> = {};
    const problems: string[] = [];
    mapping.forEach((key, col) => {
      if (!key) return;
      const converted = convert(key, row.cells[col] ?? '');
      if ('problem' in converted) problems.push(converted.problem);
      else setPath(raw, key, converted.value);
    });
    const schema = kind === 'households' ? HouseholdInput : IssueItemInput;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) problems.push(...describe(parsed.error, labels));
    else if (kind === 'issues' && (parsed.data as IssueItem).status === '办理中') {
      const missing = missingAssignment(parsed.data as IssueItem);
      if (missing.length) problems.push(`状态为办理中，但缺少${missing.join('、')}（定人定事定时定责）`);
    }
    if (problems.length || !parsed.success) {
      plan.problems.push({ rowNumber: row.rowNumber, message: `第${row.rowNumber}行：${problems.join('；')}` });
      continue;
    }
    const now = options.clock.now();
    const meta = { id: options.clock.newId(), createdAt: now, updatedAt: now, deletedAt: null, origin: options.clock.origin() };
    if (kind === 'households') plan.households.push({ ...meta, ...(parsed.data as z.infer<typeof HouseholdInput>) });
    else {
      const issue = parsed.data as z.infer<typeof IssueItemInput>;
      plan.issues.push({ ...meta, ...issue, statusHistory: [{ at: now, by: options.by, from: null, to: issue.status, note: '从台账导入' }] });
    }
    plan.rowNumbers.push(row.rowNumber);
  }
  return plan;
}

export const plannedCount = (plan: ImportPlan) => plan.households.length + plan.issues.length;

/** Writes the planned records in one transaction: all of them, or none. */
export async function commitImport(store: Store, plan: ImportPlan): Promise<number> {
  await store.bulkImport({ households: plan.households, issues: plan.issues });
  return plannedCount(plan);
}
