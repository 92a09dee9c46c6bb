// What a 台账 column can be imported as, and how its header is recognised (the labels people use).
import type { Sheet, SheetRow } from './sheet';

export type ImportKind = 'households' | 'issues';

export const IMPORT_KINDS: Record<ImportKind, string> = { households: '联系户台账', issues: '问题清单' };

export interface ImportField {
  key: string;
  label: string;
  /** Header texts meaning this field, most specific first. */
  aliases: string[];
  required?: boolean;
}

export const HOUSEHOLD_FIELDS: ImportField[] = [
  { key: 'name', label: '姓名', aliases: ['姓名', '户主姓名', '居民姓名', '户主', '联系户', '走访对象'], required: true },
  { key: 'gender', label: '性别', aliases: ['性别'] },
  { key: 'idNumber', label: '身份证号', aliases: ['身份证号', '身份证号码', '公民身份号码', '证件号码', '身份证'] },
  { key: 'phone', label: '联系电话', aliases: ['联系电话', '手机号码', '手机号', '电话号码', '电话', '手机', '联系方式'] },
  { key: 'address', label: '住址', aliases: ['家庭住址', '现住址', '详细地址', '住址', '地址'] },
  { key: 'street', label: '街道', aliases: ['所属街道', '乡镇（街道）', '街道', '乡镇'] },
  { key: 'community', label: '社区', aliases: ['所属社区', '社区（村）', '社区/村', '社区', '村'] },
  { key: 'grid', label: '网格', aliases: ['所属网格', '网格名称', '网格'] },
  { key: 'building', label: '楼栋', aliases: ['楼栋', '楼号'] },
  { key: 'unit', label: '单元', aliases: ['单元'] },
  { key: 'room', label: '户号', aliases: ['户号', '门牌号', '房号'] },
  { key: 'careTags', label: '人员类别', aliases: ['人员类别', '特殊人群', '关爱类别', '类别', '标签'] },
  { key: 'notes', label: '备注', aliases: ['备注', '说明'] },
];

export const ISSUE_FIELDS: ImportField[] = [
  { key: 'title', label: '问题标题', aliases: ['问题标题', '诉求标题', '工单标题', '事项名称', '标题', '问题'], required: true },
  { key: 'description', label: '问题描述', aliases: ['问题描述', '诉求内容', '反映问题', '具体情况', '问题内容', '描述'] },
  { key: 'category', label: '类别', aliases: ['问题类别', '诉求类型', '事项类别', '类别', '类型'] },
  { key: 'source', label: '来源', aliases: ['问题来源', '线索来源', '来源'] },
  { key: 'raisedBy.name', label: '反映人', aliases: ['反映人', '诉求人', '当事人', '来电人', '姓名'] },
  { key: 'raisedBy.phone', label: '反映人电话', aliases: ['反映人电话', '联系电话', '来电号码', '电话'] },
  { key: 'community', label: '社区', aliases: ['所属社区', '社区（村）', '社区'] },
  { key: 'grid', label: '网格', aliases: ['所属网格', '网格'] },
  { key: 'place', label: '地点', aliases: ['地点', '地址', '位置'] },
  { key: 'ownerUnit', label: '责任单位', aliases: ['责任单位', '承办单位', '办理部门', '责任部门'] },
  { key: 'owner', label: '责任人', aliases: ['责任人', '承办人', '包联干部'] },
  { key: 'deadline', label: '完成时限', aliases: ['完成时限', '办结时限', '整改期限', '整改时限', '时限'] },
  { key: 'measures', label: '整改措施', aliases: ['整改措施', '处置措施', '解决措施', '措施'] },
  { key: 'status', label: '状态', aliases: ['办理状态', '状态', '进展'] },
];

export const fieldsOf = (kind: ImportKind) => (kind === 'households' ? HOUSEHOLD_FIELDS : ISSUE_FIELDS);

/** Header text without the decorations people add: spaces, asterisks, colons, bracket styles. */
export const normalizeHeader = (text: string) =>
  text.replace(/[\s*＊:：]/g, '').replace(/\(/g, '（').replace(/\)/g, '）');

/** column index → field key ('' for a column left out). */
export type ColumnMapping = string[];

/** Guesses each column's field from its header: exact labels first, then a label inside the header. */
export function guessMapping(headers: readonly string[], kind: ImportKind): ColumnMapping {
  const fields = fieldsOf(kind);
  const mapping: ColumnMapping = headers.map(() => '');
  const taken = new Set<string>();
  const assign = (match: (header: string, alias: string) => boolean) => {
    headers.forEach((raw, col) => {
      if (mapping[col]) return;
      const header = normalizeHeader(raw);
      if (!header) return;
      const field = fields.find((f) => !taken.has(f.key) && f.aliases.some((alias) => match(header, alias)));
      if (field) { mapping[col] = field.key; taken.add(field.key); }
    });
  };
  assign((header, alias) => header === alias);
  assign((header, alias) => alias.length >= 2 && header.includes(alias));
  return mapping;
}

const matchedCount = (headers: readonly string[], kind: ImportKind) => guessMapping(headers, kind).filter(Boolean).length;

/**
 * The header row: among the first rows (a 台账 often has a title row above), the one whose cells
 * match the most known labels.
 */
export function findHeaderRow(sheet: Sheet): number {
  let best = 0, bestScore = -1;
  sheet.rows.slice(0, 10).forEach((row, i) => {
    const score = Math.max(matchedCount(row.cells, 'households'), matchedCount(row.cells, 'issues'));
    if (score > bestScore) { best = i; bestScore = score; }
  });
  return best;
}

/** Which kind of 台账 a header row looks like. */
export function guessKind(headers: readonly string[]): ImportKind {
  const issueScore = matchedCount(headers, 'issues') + (headers.some((h) => /问题|诉求|责任|时限|措施/.test(h)) ? 2 : 0);
  return issueScore > matchedCount(headers, 'households') ? 'issues' : 'households';
}

/** The rows below the header that hold data. */
export const dataRows = (sheet: Sheet, headerIndex: number): SheetRow[] => sheet.rows.slice(headerIndex + 1);
