// GB/T 9704-2012 (党政机关公文格式) as Word settings. Every export shares these named styles, so a
// user can restyle a document in Word or WPS by changing a style, not each paragraph.
import { AlignmentType, LineRuleType, type IParagraphStyleOptions, type ICharacterStyleOptions } from 'docx';

import type { ReportFonts } from '../fonts';

export const mm = (value: number) => Math.round((value * 1440) / 25.4);

/** Twips unless named otherwise. Sizes are in half-points, as Word stores them. */
export const GB9704 = {
  page: { width: 11906, height: 16838 },
  /** 天头 37 mm, 订口 28 mm; the text block is 156 mm × 225 mm. */
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: mm(25) },
  /** The issue ledger and other wide tables: the same page turned, binding edge kept. */
  landscapeMargin: { top: mm(28), bottom: mm(26), left: mm(37), right: mm(35), header: mm(15), footer: mm(18) },
  /** 3号 = 16 pt. */
  bodySize: 32,
  /** 2号 = 22 pt. */
  titleSize: 44,
  /** 4号 = 14 pt. */
  pageNumberSize: 28,
  /** 五号 = 10.5 pt, for ledgers. */
  tableSize: 21,
  /** 28.95 pt exact: 22 lines in the 225 mm block. */
  line: 579,
  /** −0.25 pt between characters: 28 characters of 3号 in the 156 mm block. */
  characterSpacing: -5,
  /** One 3号 character. */
  char: 320,
};

const LATIN = 'Times New Roman';

/** The four font slots: Latin letters and digits in Times New Roman, Chinese in `eastAsia`. */
export const fontSlots = (eastAsia: string) => ({ ascii: LATIN, hAnsi: LATIN, cs: LATIN, eastAsia });

/** 楷体_GB2312 beside 仿宋_GB2312, 楷体 beside 仿宋: the heading fonts follow the body's family. */
const kaiFor = (body: string) => (body.endsWith('_GB2312') ? '楷体_GB2312' : '楷体');

export const STYLE = {
  body: 'Normal',
  title: 'GwTitle',
  heading1: 'GwHeading1',
  heading2: 'GwHeading2',
  heading3: 'GwHeading3',
  heading4: 'GwHeading4',
  lead2: 'GwLead2',
  lead3: 'GwLead3',
  attachmentNote: 'GwAttachmentNote',
  attachmentNoteMore: 'GwAttachmentNoteMore',
  attachmentLabel: 'GwAttachmentLabel',
  signature: 'GwSignature',
  caption: 'GwCaption',
  tableText: 'GwTableText',
  tableHeader: 'GwTableHeader',
  pageNumber: 'GwPageNumber',
} as const;

const exact = { line: GB9704.line, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
const noIndent = { firstLine: 0, firstLineChars: 0, left: 0, right: 0 };

/** docx writes w:widowControl in a style as in a paragraph, though its style type leaves it out. */
type StyleParagraph = NonNullable<IParagraphStyleOptions['paragraph']> & { widowControl?: boolean };

const bodyParagraph: StyleParagraph = {
  alignment: AlignmentType.JUSTIFIED,
  spacing: exact,
  indent: { firstLineChars: 200, firstLine: 2 * GB9704.char },
  // Widow and orphan control would carry lines to the next page and break the 22-line grid.
  widowControl: false,
};

/** The document's paragraph styles, by GB/T 9704's names for each level. */
export function paragraphStyles(fonts: ReportFonts): IParagraphStyleOptions[] {
  const run = (eastAsia: string, extra: object = {}) => ({ font: fontSlots(eastAsia), size: GB9704.bodySize, ...extra });
  const heading = (id: string, name: string, outlineLevel: number, eastAsia: string, extra: object = {}): IParagraphStyleOptions => ({
    id, name, basedOn: STYLE.body, next: STYLE.body, quickFormat: true,
    paragraph: { outlineLevel, keepNext: true },
    run: run(eastAsia, extra),
  });
  return [
    {
      id: STYLE.body, name: 'Normal', quickFormat: true,
      paragraph: bodyParagraph,
      run: run(fonts.body, { characterSpacing: GB9704.characterSpacing, language: { value: 'en-US', eastAsia: 'zh-CN' } }),
    },
    {
      id: STYLE.title, name: '公文标题', basedOn: STYLE.body, next: STYLE.body, quickFormat: true,
      paragraph: { alignment: AlignmentType.CENTER, indent: noIndent, keepNext: true },
      run: { font: fontSlots(fonts.title), size: GB9704.titleSize },
    },
    heading(STYLE.heading1, '一级标题', 0, '黑体'),
    heading(STYLE.heading2, '二级标题', 1, kaiFor(fonts.body)),
    heading(STYLE.heading3, '三级标题', 2, fonts.body, { bold: true }),
    heading(STYLE.heading4, '四级标题', 3, fonts.body),
    {
      id: STYLE.attachmentNote, name: '附件说明', basedOn: STYLE.body, next: STYLE.body,
      // "附件：1．…" starts two characters in; later items line up under "1．".
      // "附件：1．…" two characters in, as the text; later items (附件说明续) line up under "1．".
      paragraph: { alignment: AlignmentType.LEFT },
    },
    {
      id: STYLE.attachmentNoteMore, name: '附件说明续', basedOn: STYLE.attachmentNote, next: STYLE.body,
      paragraph: { indent: { ...noIndent, left: 5 * GB9704.char } },
    },
    {
      id: STYLE.attachmentLabel, name: '附件标识', basedOn: STYLE.body, next: STYLE.title,
      paragraph: { indent: noIndent, alignment: AlignmentType.LEFT, keepNext: true },
      run: run('黑体'),
    },
    {
      id: STYLE.signature, name: '落款', basedOn: STYLE.body, next: STYLE.body,
      // 成文日期右空四字.
      paragraph: { alignment: AlignmentType.RIGHT, indent: { ...noIndent, right: 4 * GB9704.char } },
    },
    {
      id: STYLE.caption, name: '表格说明', basedOn: STYLE.body, next: STYLE.body,
      paragraph: { indent: noIndent, alignment: AlignmentType.LEFT },
      run: { size: 28 },
    },
    {
      id: STYLE.tableText, name: '表格文字', basedOn: STYLE.body, next: STYLE.tableText,
      paragraph: { alignment: AlignmentType.LEFT, indent: noIndent, spacing: { line: 300, lineRule: LineRuleType.AT_LEAST, before: 0, after: 0 } },
      run: { size: GB9704.tableSize },
    },
    {
      id: STYLE.tableHeader, name: '表头文字', basedOn: STYLE.tableText, next: STYLE.tableText,
      paragraph: { alignment: AlignmentType.CENTER },
      run: { font: fontSlots('黑体'), size: GB9704.tableSize },
    },
    {
      id: STYLE.pageNumber, name: '页码', basedOn: STYLE.body, next: STYLE.pageNumber,
      paragraph: { indent: noIndent, spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 } },
      run: { font: fontSlots('宋体'), size: GB9704.pageNumberSize },
    },
  ];
}

/** Run-in headings ("（一）……。" then body text on the same line). */
export function characterStyles(fonts: ReportFonts): ICharacterStyleOptions[] {
  return [
    { id: STYLE.lead2, name: '二级标题字符', quickFormat: true, run: { font: fontSlots(kaiFor(fonts.body)) } },
    { id: STYLE.lead3, name: '三级标题字符', quickFormat: true, run: { bold: true } },
  ];
}
