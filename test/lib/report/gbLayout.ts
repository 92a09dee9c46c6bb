// Reads an exported .docx back and checks the GB/T 9704 layout in its XML. Shared by the unit
// tests, the render test and the e2e test (a download from the popup must pass the same checks).
import { JSDOM } from 'jsdom';
import JSZip from 'jszip';
import { expect } from 'vitest';

export interface DocxParts {
  document: string;
  styles: string;
  settings: string;
  footers: string[];
}

export async function readDocx(bytes: Uint8Array | ArrayBuffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const text = (name: string) => zip.file(name)!.async('string');
  const footerNames = Object.keys(zip.files).filter((n) => /^word\/footer\d+\.xml$/.test(n));
  return {
    document: await text('word/document.xml'),
    styles: await text('word/styles.xml'),
    settings: await text('word/settings.xml'),
    footers: await Promise.all(footerNames.map(text)),
  };
}

/** The <w:style> element with this id. */
export function styleXml(styles: string, id: string): string {
  const match = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles);
  if (!match) throw new Error(`style ${id} missing`);
  return match[0];
}

/** Attributes of the first `<tag …>` in xml, as a map. */
export function attrs(xml: string, tag: string): Record<string, string> {
  const match = new RegExp(`<${tag}(?=[\\s/>])([^>]*)/?>`).exec(xml);
  if (!match) return {};
  return Object.fromEntries([...match[1].matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

/** Paragraphs of the body in order: style id and text. */
export function paragraphs(document: string): { style: string; text: string }[] {
  return [...document.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[1])?.[1] ?? '',
    text: [...m[1].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  }));
}

/** Word refuses a file whose XML does not parse. */
export function expectWellFormed(xml: string): void {
  const parsed = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
  expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
}

const mm = (v: number) => Math.round((v * 1440) / 25.4);

/** Page size, margins, styles, footers and tables per GB/T 9704 (as the issue lists them). */
export async function expectGbLayout(
  bytes: Uint8Array | ArrayBuffer,
  options: { landscape?: boolean; fonts?: { body: string; title: string } } = {},
): Promise<DocxParts> {
  const parts = await readDocx(bytes);
  const { document, styles, settings, footers } = parts;
  expectWellFormed(document);
  const fonts = options.fonts ?? { body: '仿宋_GB2312', title: '方正小标宋简体' };

  // A4, margins 37/35/28/26 mm (turned for a landscape ledger).
  const sectPrs = [...document.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
  expect(sectPrs.length).toBeGreaterThan(0);
  const first = sectPrs[0];
  const size = attrs(first, 'w:pgSz');
  const margin = attrs(first, 'w:pgMar');
  if (options.landscape) {
    expect(size).toMatchObject({ 'w:w': '16838', 'w:h': '11906', 'w:orient': 'landscape' });
    expect(margin).toMatchObject({ 'w:top': String(mm(28)), 'w:bottom': String(mm(26)), 'w:left': String(mm(37)), 'w:right': String(mm(35)) });
  } else {
    expect(size).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    expect(margin).toMatchObject({ 'w:top': String(mm(37)), 'w:bottom': String(mm(35)), 'w:left': String(mm(28)), 'w:right': String(mm(26)) });
  }

  // Body: 3号 仿宋 with Times New Roman in the four slots, exact 28.95 pt, −0.25 pt, 2-character indent.
  const normal = styleXml(styles, 'Normal');
  expect(attrs(normal, 'w:rFonts')).toEqual({
    'w:ascii': 'Times New Roman', 'w:hAnsi': 'Times New Roman', 'w:cs': 'Times New Roman', 'w:eastAsia': fonts.body,
  });
  expect(attrs(normal, 'w:sz')['w:val']).toBe('32');
  expect(attrs(normal, 'w:spacing')).toMatchObject({ 'w:line': '579', 'w:lineRule': 'exact' });
  expect(normal).toMatch(/<w:rPr>[\s\S]*<w:spacing w:val="-5"\/>/);
  expect(attrs(normal, 'w:ind')).toMatchObject({ 'w:firstLineChars': '200', 'w:firstLine': '640' });
  // No widow/orphan control: it would carry lines over and break the 22-line page.
  expect(attrs(normal, 'w:widowControl')['w:val']).toBe('false');

  // Title 2号 小标宋 centred; headings 黑体, 楷体, bold 仿宋, 仿宋; all named.
  const title = styleXml(styles, 'GwTitle');
  expect(attrs(title, 'w:rFonts')['w:eastAsia']).toBe(fonts.title);
  expect(attrs(title, 'w:sz')['w:val']).toBe('44');
  expect(attrs(title, 'w:jc')['w:val']).toBe('center');
  const kai = fonts.body.endsWith('_GB2312') ? '楷体_GB2312' : '楷体';
  const headings: [string, string, string, boolean][] = [
    ['GwHeading1', '一级标题', '黑体', false], ['GwHeading2', '二级标题', kai, false],
    ['GwHeading3', '三级标题', fonts.body, true], ['GwHeading4', '四级标题', fonts.body, false],
  ];
  for (const [id, name, font, bold] of headings) {
    const style = styleXml(styles, id);
    expect(attrs(style, 'w:name')['w:val']).toBe(name);
    expect(attrs(style, 'w:rFonts')).toMatchObject({ 'w:eastAsia': font, 'w:ascii': 'Times New Roman' });
    expect(attrs(style, 'w:basedOn')['w:val']).toBe('Normal');
    expect(/<w:b\/>/.test(style)).toBe(bold);
  }

  // Page numbers "— 1 —" in 4号 宋体: different odd and even footers, each with a PAGE field.
  expect(settings).toContain('<w:evenAndOddHeaders/>');
  for (const sectPr of sectPrs) {
    expect(sectPr).toMatch(/<w:footerReference w:type="default"/);
    expect(sectPr).toMatch(/<w:footerReference w:type="even"/);
  }
  const pageNumber = styleXml(styles, 'GwPageNumber');
  expect(attrs(pageNumber, 'w:rFonts')['w:eastAsia']).toBe('宋体');
  expect(attrs(pageNumber, 'w:sz')['w:val']).toBe('28');
  expect(footers.length).toBeGreaterThanOrEqual(2);
  const alignments = new Set<string>();
  for (const footer of footers) {
    expect(footer).toMatch(/<w:t xml:space="preserve">— <\/w:t>[\s\S]*<w:instrText xml:space="preserve">PAGE<\/w:instrText>[\s\S]*<w:t xml:space="preserve"> —<\/w:t>/);
    alignments.add(attrs(footer, 'w:jc')['w:val']);
  }
  expect([...alignments].sort()).toEqual(['left', 'right']);

  // Tables: fixed layout, explicit grid and cell widths filling the text block, header rows repeated.
  const tables = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
  for (const table of tables) {
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid.length).toBeGreaterThan(0);
    expect(attrs(table, 'w:tblLayout')['w:type']).toBe('fixed');
    expect(Number(attrs(table, 'w:tblW')['w:w'])).toBe(grid.reduce((a, b) => a + b, 0));
    const firstRow = /<w:tr>[\s\S]*?<\/w:tr>/.exec(table)![0];
    expect(firstRow).toContain('<w:tblHeader/>');
    const cellWidths = [...firstRow.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(cellWidths).toEqual(grid);
  }

  // No text boxes, no fields other than page numbers (no TOC).
  expect(document).not.toContain('w:txbxContent');
  expect(document).not.toMatch(/<w:instrText[^>]*>\s*TOC/);
  expect(document).not.toContain('w:fldSimple');
  return parts;
}
