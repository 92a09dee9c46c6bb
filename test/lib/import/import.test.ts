// iconv-lite comes with jsdom (a dev dependency); it writes the GBK bytes Chinese Excel saves CSV in.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  commitImport, dataRows, findHeaderRow, guessKind, guessMapping, normalizeDate, planImport, readSheets,
} from '@/lib/import';
import { fixedClock, openTestStore } from '../db/fakeDb';
import { householdLedgerXlsx, issueLedgerCsv } from './ledgers';

const toArrayBuffer = (buffer: Buffer) => buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
const options = { clock: fixedClock(), by: '王小明' };

async function planFrom(data: ArrayBuffer, fileName: string) {
  const [sheet] = await readSheets(data, fileName);
  const headerIndex = findHeaderRow(sheet);
  const headers = sheet.rows[headerIndex].cells;
  const kind = guessKind(headers);
  const mapping = guessMapping(headers, kind);
  return { kind, headers, mapping, plan: planImport(kind, dataRows(sheet, headerIndex), mapping, options) };
}

describe('importing a 联系户台账 (xlsx)', () => {
  it('finds the header row under a title, maps Chinese headers, and reports two bad rows by number', async () => {
    const { kind, headers, mapping, plan } = await planFrom(toArrayBuffer(await householdLedgerXlsx(50)), '台账.xlsx');
    expect(kind).toBe('households');
    expect(headers[1]).toBe('姓名');
    expect(mapping).toEqual(['', 'name', 'gender', 'idNumber', 'phone', 'address', 'community', 'grid', 'careTags']);
    expect(plan.problems.map((p) => p.message)).toEqual([
      '第5行：身份证号校验码不正确，请核对',
      '第43行：联系电话：电话号码格式不正确（手机号11位，座机如 0451-12345678）',
    ]);
    expect(plan.households).toHaveLength(48);
    expect(plan.households[0]).toMatchObject({ name: '王桂兰', gender: '女', community: '解放社区', careTags: ['独居老人', '低保户'] });
    expect(plan.rowNumbers[0]).toBe(3);
  });

  it('writes nothing until committed, then all the good rows in one transaction', async () => {
    const store = openTestStore();
    const { plan } = await planFrom(toArrayBuffer(await householdLedgerXlsx(50)), '台账.xlsx');
    expect(await store.households.count()).toBe(0);
    expect(await commitImport(store, plan)).toBe(48);
    expect(await store.households.count()).toBe(48);
  });

  it('writes nothing at all when any record fails on the way in', async () => {
    const store = openTestStore();
    const { plan } = await planFrom(toArrayBuffer(await householdLedgerXlsx(10)), '台账.xlsx');
    const broken = { ...plan, households: [...plan.households, { ...plan.households[0], id: 'not-a-uuid' }] };
    await expect(commitImport(store, broken)).rejects.toThrow('编号格式不正确');
    expect(await store.households.count()).toBe(0);
  });

  it('asks for a column for the required field when none matches', () => {
    const plan = planImport('households', [{ rowNumber: 2, cells: ['x'] }], [''], options);
    expect(plan.problems[0].message).toBe('请为“姓名”指定对应的列');
  });
});

describe('importing a 问题清单 (CSV)', () => {
  it('reads UTF-8 CSV, maps issue headers, normalises dates, statuses and sources', async () => {
    const { kind, mapping, plan } = await planFrom(toArrayBuffer(Buffer.from(issueLedgerCsv(), 'utf-8')), '问题清单.csv');
    expect(kind).toBe('issues');
    expect(mapping).toEqual(['title', 'description', 'category', 'source', 'raisedBy.name', 'raisedBy.phone', 'ownerUnit', 'owner', 'deadline', 'measures', 'status']);
    expect(plan.problems.map((p) => p.message)).toEqual(['第3行：完成时限：日期不存在']);
    expect(plan.issues.map((i) => [i.title, i.status, i.source, i.deadline])).toEqual([
      ['楼道灯损坏', '办理中', '走访', '2023-07-01'],
      ['希望组织老年人活动，丰富生活', '待办', '信访', null],
      ['路面破损', '已办结', '上级交办', '2023-08-15'],
    ]);
    expect(plan.issues[0].raisedBy).toEqual({ householdId: null, name: '王桂兰', phone: '13800001001' });
    expect(plan.issues[0].statusHistory).toEqual([expect.objectContaining({ by: '王小明', from: null, to: '办理中', note: '从台账导入' })]);
  });

  it('reads CSV saved as GBK by Chinese Excel', async () => {
    const { plan } = await planFrom(toArrayBuffer(iconv.encode(issueLedgerCsv().slice(1), 'gbk')), 'gbk.csv');
    expect(plan.issues[0].title).toBe('楼道灯损坏');
  });

  it('refuses an issue 办理中 without owner, deadline and measures (定人定事定时定责)', () => {
    const rows = [{ rowNumber: 2, cells: ['路灯不亮', '办理中'] }];
    const plan = planImport('issues', rows, ['title', 'status'], options);
    expect(plan.problems[0].message).toBe('第2行：状态为办理中，但缺少责任人、完成时限、整改措施（定人定事定时定责）');
  });

  it('names an unknown status', () => {
    const plan = planImport('issues', [{ rowNumber: 4, cells: ['路灯不亮', '搁置'] }], ['title', 'status'], options);
    expect(plan.problems[0].message).toContain('第4行：状态“搁置”无法识别');
  });

  it('refuses old .xls and other files with a clear message', async () => {
    await expect(readSheets(new ArrayBuffer(4), '台账.xls')).rejects.toThrow('另存为');
    await expect(readSheets(new ArrayBuffer(4), '台账.docx')).rejects.toThrow('请选择 Excel（.xlsx）或 CSV 文件');
    await expect(readSheets(new ArrayBuffer(4), '坏文件.xlsx')).rejects.toThrow('无法读取这个 Excel 文件');
  });
});

describe('normalizeDate', () => {
  it('reads the ways people write dates', () => {
    expect(['2023/6/8', '2023.6.8', '2023年6月8日', '20230608', '2023-06-08', '45085'].map(normalizeDate))
      .toEqual(['2023-06-08', '2023-06-08', '2023-06-08', '2023-06-08', '2023-06-08', '2023-06-08']);
  });
});
