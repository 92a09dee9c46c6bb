// Word documents in the GB/T 9704 layout, built with the `docx` package. This module is the only
// one that imports docx; lib/report/index.ts loads it lazily so pages that never export stay light.
import {
  AlignmentType, Document, Footer, Packer, PageNumber, PageOrientation, Paragraph, Table, TableCell, TableLayoutType,
  TableRow, TextRun, VerticalAlign, WidthType, type ISectionOptions,
} from 'docx';
import type { Household, IssueItem, ReportDraft, Topic, Visit } from '../../schema';
import { chineseDate } from '../format';
import { LEDGER_COLUMNS, householdLedger, issueLedgerRows, topicPlanRows, visitLedgerRows, type LedgerColumn } from '../ledgers';
import { parseBlocks, type BlockLevel, type TextBlock } from '../text';
import { DEFAULT_FONTS, type ReportFonts } from '../fonts';
import { GB9704, STYLE, characterStyles, paragraphStyles } from './layout';
import { PendingRows, cellMarker } from './tableRows';

export interface ExportOptions {
  /** Called as the document is assembled: 0…1. */
  onProgress?: (fraction: number) => void;
}

/** Rows built between two pauses, so a page exporting a large ledger keeps answering clicks. */
const ROWS_PER_CHUNK = 200;
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

type Orientation = 'portrait' | 'landscape';

/** Width of the text block, for tables that fill it. */
const textWidth = (o: Orientation) => {
  const m = o === 'portrait' ? GB9704.margin : GB9704.landscapeMargin;
  const pageWidth = o === 'portrait' ? GB9704.page.width : GB9704.page.height;
  return pageWidth - m.left - m.right;
};

/** "— 1 —" in 4号 宋体: odd pages on the right, even pages on the left, one character from the edge. */
function pageNumberFooters() {
  const footer = (alignment: 'right' | 'left') => new Footer({
    children: [new Paragraph({
      style: STYLE.pageNumber,
      alignment: alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
      indent: alignment === 'right' ? { right: GB9704.pageNumberSize * 10 } : { left: GB9704.pageNumberSize * 10 },
      children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })],
    })],
  });
  return { default: footer('right'), even: footer('left') };
}

function section(orientation: Orientation, children: ISectionOptions['children']): ISectionOptions {
  const landscape = orientation === 'landscape';
  return {
    properties: {
      page: {
        // docx turns the page itself for landscape: width and height are given as for portrait.
        size: { ...GB9704.page, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: landscape ? GB9704.landscapeMargin : GB9704.margin,
      },
    },
    footers: pageNumberFooters(),
    children,
  };
}

function document(title: string, sections: ISectionOptions[], fonts: ReportFonts): Document {
  return new Document({
    title,
    creator: '脚步 Footsteps',
    evenAndOddHeaderAndFooters: true,
    styles: { paragraphStyles: paragraphStyles(fonts), characterStyles: characterStyles(fonts) },
    sections,
  });
}

/** Packs the document, writes the ledger rows into it, and reports completion. */
async function pack(doc: Document, pending: PendingRows, options: ExportOptions): Promise<Uint8Array> {
  const bytes = await pending.fill(await Packer.pack(doc, 'uint8array'), ROWS_PER_CHUNK, rowProgress(pending.total, options));
  options.onProgress?.(1);
  return bytes;
}

const HEADING_STYLES: Record<BlockLevel, string> = {
  0: STYLE.body, 1: STYLE.heading1, 2: STYLE.heading2, 3: STYLE.heading3, 4: STYLE.heading4,
};

function blockParagraph(block: TextBlock): Paragraph {
  if (!block.lead) return new Paragraph({ style: HEADING_STYLES[block.level], text: block.text });
  return new Paragraph({
    style: STYLE.body,
    children: [new TextRun({ text: block.lead, style: block.level === 2 ? STYLE.lead2 : STYLE.lead3 }), new TextRun(block.text)],
  });
}

const empty = () => new Paragraph({ style: STYLE.body });

/** Width of a text in 3号 characters: Chinese one each, Latin letters and digits half. */
const widthInChars = (text: string) => [...text].reduce((w, c) => w + (c.charCodeAt(0) < 0x2e80 ? 0.5 : 1), 0);

/**
 * 落款 under the text after one blank line: the unit two characters from the right, the date on the
 * next line starting two characters right of the unit's start (GB/T 9704 7.3.5.2); a long date
 * keeps two characters from the right and pushes the unit left. Without a unit the date stands
 * four characters from the right.
 */
export function signatureIndents(unit: string, date: string): { unit: number; date: number } {
  if (!unit) return { unit: 0, date: 4 };
  const u = widthInChars(unit);
  const d = widthInChars(date);
  const dateIndent = Math.max(2, u - d);
  return { unit: dateIndent + d + 2 - u, date: dateIndent };
}

function signature(unit: string, date: string): Paragraph[] {
  if (!unit && !date) return [];
  const indents = signatureIndents(unit, date);
  const line = (text: string, chars: number) =>
    new Paragraph({ style: STYLE.signature, indent: { right: Math.round(chars * GB9704.char) }, text });
  return [empty(), ...(unit ? [line(unit, indents.unit)] : []), ...(date ? [line(date, indents.date)] : [])];
}

/** Splits the weights of the columns into twips that add up to exactly the table's width. */
export function columnWidths(columns: readonly LedgerColumn[], width: number): number[] {
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = columns.map((c) => Math.floor((c.weight / total) * width));
  widths[widths.length - 1] += width - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function cell(text: string, width: number, style: string, center: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    children: [new Paragraph({ style, alignment: center ? AlignmentType.CENTER : undefined, text })],
  });
}

/**
 * A ledger table: explicit column widths (WPS needs them) and a header row repeated on every page.
 * The records' rows are written in after packing (see tableRows.ts) from the template row here.
 */
function ledgerTable(columns: readonly LedgerColumn[], rows: readonly string[][], width: number, pending: PendingRows): Table {
  const widths = columnWidths(columns, width);
  const tableRows = [new TableRow({
    tableHeader: true, cantSplit: true,
    children: columns.map((c, i) => cell(c.header, widths[i], STYLE.tableHeader, true)),
  })];
  if (rows.length) {
    const table = pending.add(rows);
    tableRows.push(new TableRow({
      cantSplit: true,
      children: columns.map((c, i) => cell(cellMarker(table, i), widths[i], STYLE.tableText, !!c.center)),
    }));
  }
  return new Table({ rows: tableRows, width: { size: width, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED });
}

/** Counts built rows towards `total`, reports the share done, and yields to the page. */
function rowProgress(total: number, options: ExportOptions) {
  let done = 0;
  return async (rows: number) => {
    done += rows;
    options.onProgress?.(Math.min(0.95, done / Math.max(total, 1)));
    await pause();
  };
}

/** The report: title, text with GB/T 9704 headings, 落款, then its appendices (landscape). */
export async function buildReportDocx(
  draft: ReportDraft, fonts: ReportFonts = DEFAULT_FONTS, options: ExportOptions = {},
): Promise<Uint8Array> {
  const appendices = draft.appendices.filter((a) => a.include && a.rows.length > 0);
  const body: Paragraph[] = [new Paragraph({ style: STYLE.title, text: draft.title }), empty()];
  for (const s of draft.sections) {
    if (s.heading.trim()) body.push(new Paragraph({ style: STYLE.heading1, text: s.heading.trim() }));
    body.push(...parseBlocks(s.text).map(blockParagraph));
  }
  if (appendices.length) {
    body.push(empty());
    body.push(...appendices.map((a, k) => new Paragraph({
      style: k === 0 ? STYLE.attachmentNote : STYLE.attachmentNoteMore,
      text: `${k === 0 ? '附件：' : ''}${k + 1}．${a.title}`,
    })));
  }
  body.push(...signature(draft.signatureUnit.trim(), draft.signatureDate ? chineseDate(draft.signatureDate) : ''));
  const sections = [section('portrait', body)];
  const pending = new PendingRows();
  const tables: (Paragraph | Table)[] = [];
  for (const [k, a] of appendices.entries()) {
    tables.push(
      new Paragraph({ style: STYLE.attachmentLabel, text: `附件${k + 1}`, pageBreakBefore: k > 0 }),
      new Paragraph({ style: STYLE.title, text: a.title }),
      empty(),
      ledgerTable(LEDGER_COLUMNS[a.key], a.rows, textWidth('landscape'), pending),
    );
  }
  if (tables.length) sections.push(section('landscape', tables));
  return pack(document(draft.title, sections, fonts), pending, options);
}

/** A ledger on its own: title, a caption line (制表单位、日期), the table. */
interface LedgerDocument {
  title: string;
  caption: string;
  columns: readonly LedgerColumn[];
  rows: readonly string[][];
  orientation: Orientation;
}

function buildLedgerDocx(ledger: LedgerDocument, fonts: ReportFonts, options: ExportOptions): Promise<Uint8Array> {
  const pending = new PendingRows();
  const children = [
    new Paragraph({ style: STYLE.title, text: ledger.title }),
    new Paragraph({ style: STYLE.caption, text: ledger.caption }),
    ledgerTable(ledger.columns, ledger.rows, textWidth(ledger.orientation), pending),
  ];
  return pack(document(ledger.title, [section(ledger.orientation, children)], fonts), pending, options);
}

/** Who made the table and when: "制表单位：建国街道办事处　制表日期：2023年6月9日". */
export interface LedgerCaption {
  unit?: string;
  date: string;
}
const caption = (c: LedgerCaption) => [c.unit ? `制表单位：${c.unit}` : '', `制表日期：${chineseDate(c.date)}`].filter(Boolean).join('　　');

/** 问题清单台账 (landscape): status, owner, deadline, feedback. */
export function buildIssueLedgerDocx(
  issues: readonly IssueItem[], about: LedgerCaption & { title?: string }, fonts: ReportFonts = DEFAULT_FONTS, options: ExportOptions = {},
) {
  return buildLedgerDocx({
    title: about.title ?? '问题清单台账', caption: caption(about), columns: LEDGER_COLUMNS.issueLedger,
    rows: issueLedgerRows(issues), orientation: 'landscape',
  }, fonts, options);
}

/** 走访台账 (landscape). */
export function buildVisitLedgerDocx(
  visits: readonly Visit[], households: readonly Household[], about: LedgerCaption & { title?: string },
  fonts: ReportFonts = DEFAULT_FONTS, options: ExportOptions = {},
) {
  return buildLedgerDocx({
    title: about.title ?? '走访台账', caption: caption(about), columns: LEDGER_COLUMNS.visitLedger,
    rows: visitLedgerRows(visits, households), orientation: 'landscape',
  }, fonts, options);
}

/** 年度调研计划表 (landscape). */
export function buildTopicPlanDocx(
  topics: readonly Topic[], about: LedgerCaption & { year: number }, fonts: ReportFonts = DEFAULT_FONTS, options: ExportOptions = {},
) {
  return buildLedgerDocx({
    title: `${about.year}年度调研计划表`, caption: caption(about), columns: LEDGER_COLUMNS.topicPlan,
    rows: topicPlanRows(topics), orientation: 'landscape',
  }, fonts, options);
}

/** A household's 民情台账 (portrait): its card, its visits, the issues it raised. */
export function buildHouseholdLedgerDocx(
  household: Household, records: { visits: readonly Visit[]; issues: readonly IssueItem[] }, about: LedgerCaption,
  fonts: ReportFonts = DEFAULT_FONTS, options: ExportOptions = {},
): Promise<Uint8Array> {
  const ledger = householdLedger(household, records.visits, records.issues);
  const width = textWidth('portrait');
  const pending = new PendingRows();
  const cardColumns: LedgerColumn[] = [{ header: '项目', weight: 1, center: true }, { header: '内容', weight: 3 }];
  const children = [
    new Paragraph({ style: STYLE.title, text: '民情台账' }),
    new Paragraph({ style: STYLE.caption, text: caption(about) }),
    ledgerTable(cardColumns, ledger.card, width, pending),
    new Paragraph({ style: STYLE.heading1, text: '一、走访记录' }),
    ledgerTable(LEDGER_COLUMNS.householdVisits, ledger.visits, width, pending),
    new Paragraph({ style: STYLE.heading1, text: '二、反映问题' }),
    ledgerTable(LEDGER_COLUMNS.householdIssues, ledger.issues, width, pending),
  ];
  return pack(document(`${household.name}民情台账`, [section('portrait', children)], fonts), pending, options);
}
