// Spreadsheets like the 台账 people keep, generated with exceljs (unit tests and the e2e share them).
import ExcelJS from 'exceljs';
import { idNumberCheckChar } from '@/lib/schema';

const NAMES = ['王桂兰', '李建国', '张秀英', '刘志强', '陈玉珍', '杨德明', '赵凤霞', '黄长海', '周春梅', '吴国庆'];

/** A fictional, valid ID number (region 990101 does not exist). */
export function fictionalId(n: number): string {
  const first17 = `99010119${50 + (n % 40)}0${1 + (n % 9)}1${n % 10}${String(n % 1000).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

/** The sheet row number of data row i (a title row and a header row come first). */
export const sheetRowOf = (i: number) => i + 3;

/**
 * A 联系户台账 of `count` households with a title row, Chinese headers, and two bad rows:
 * data row 2 has a wrong ID checksum (sheet row 5), data row 40 a bad phone (sheet row 43).
 */
export function householdLedgerRows(count = 50): string[][] {
  const header = ['序号', '姓名', '性别', '身份证号', '联系电话', '家庭住址', '所属社区', '所属网格', '人员类别'];
  const rows = Array.from({ length: count }, (_, i) => {
    let id = fictionalId(i);
    if (i === 2) id = id.slice(0, 17) + (id[17] === '1' ? '2' : '1');
    const phone = i === 40 ? '1380000123' : `1380000${String(2000 + i)}`;
    return [String(i + 1), NAMES[i % NAMES.length], i % 2 ? '男' : '女', id, phone, `解放社区${1 + (i % 6)}号楼${101 + i}室`, '解放社区', '解放第一网格', i % 5 === 0 ? '独居老人、低保户' : ''];
  });
  return [header, ...rows];
}

export async function householdLedgerXlsx(count = 50): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('联系户台账');
  sheet.addRow(['解放社区联系户台账（2023年）']);
  for (const row of householdLedgerRows(count)) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A 问题清单 as CSV (UTF-8 with BOM, as Excel saves it), one bad deadline on sheet row 3. */
export function issueLedgerCsv(): string {
  const lines = [
    '问题标题,问题描述,类别,问题来源,反映人,联系电话,责任单位,责任人,完成时限,整改措施,状态',
    '楼道灯损坏,3号楼楼道灯坏了两个月,基础设施,走访,王桂兰,13800001001,解放社区居委会,孙丽,2023/7/1,联系物业更换,办理中',
    '垃圾清运不及时,夏天气味大,环境卫生,座谈,李建国,13800001002,环卫所,张强,2023-02-30,,待办',
    '"希望组织老年人活动，丰富生活",,民生服务,来访,张秀英,,,,,,未办理',
    '路面破损,雨天积水,基础设施,上级交办,,,城建办,刘伟,2023年8月15日,修补路面,已完成',
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
