// Reading a 台账 file (xlsx with exceljs, CSV with papaparse) into plain rows of text.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { ValidationError } from '../schema';

/** A sheet as text: every cell a trimmed string, with the row number the user sees in Excel. */
export interface SheetRow {
  rowNumber: number;
  cells: string[];
}

export interface Sheet {
  name: string;
  rows: SheetRow[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Text of one exceljs cell value: dates as YYYY-MM-DD, rich text joined, formulas by their result. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value !== 'object') return String(value).trim();
  if ('richText' in value) return value.richText.map((part) => part.text).join('').trim();
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text).trim();
  return '';
}

async function readXlsx(data: ArrayBuffer): Promise<Sheet[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch {
    throw new ValidationError('无法读取这个 Excel 文件：请确认是 .xlsx 格式（旧版 .xls 请在 Excel 中另存为 .xlsx 或 CSV）');
  }
  return workbook.worksheets.map((worksheet) => {
    const rows: SheetRow[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => { cells[col - 1] = cellText(cell.value); });
      rows.push({ rowNumber, cells: Array.from(cells, (c) => c ?? '') });
    });
    return { name: worksheet.name, rows };
  });
}

/** CSV saved by Excel in China is often GBK: try UTF-8 first, then GB18030 (a superset of GBK). */
export function decodeText(data: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(data);
  }
}

function readCsv(data: ArrayBuffer, name: string): Sheet[] {
  const parsed = Papa.parse<string[]>(decodeText(data), { skipEmptyLines: false });
  const rows = parsed.data
    .map((cells, i) => ({ rowNumber: i + 1, cells: cells.map((c) => c.trim()) }))
    .filter((row) => row.cells.some(Boolean));
  return [{ name, rows }];
}

/** Reads every sheet of an .xlsx or .csv file. */
export async function readSheets(data: ArrayBuffer, fileName: string): Promise<Sheet[]> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return readCsv(data, fileName.replace(/\.\w+$/, ''));
  if (lower.endsWith('.xlsx')) return readXlsx(data);
  if (lower.endsWith('.xls')) throw new ValidationError('暂不支持旧版 .xls 文件：请在 Excel 中“另存为” .xlsx 或 CSV 后再导入');
  throw new ValidationError('请选择 Excel（.xlsx）或 CSV 文件');
}
