// Ledger rows are written into document.xml from a template row that docx itself built. docx turns
// every cell into several layers of objects before it writes XML: seconds and a gigabyte of heap for
// a 5,000-row ledger. Here each table is built by docx with its header row and one row of marked
// cells; that row's markup is then repeated for every record with the cell texts put in.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const START = '\uE000';
const END = '\uE001';
const MARKER = /\uE000\d+:(\d+)\uE001/;

/** Text standing for column `column` of table `table` in the template row. */
export const cellMarker = (table: number, column: number) => `${START}${table}:${column}${END}`;

/** Characters XML 1.0 forbids, and the private-use marks of the template. */
const UNWRITABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uE000\uE001]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Cell text as run content: escaped, with line breaks as <w:br/>. */
function runText(text: string): string {
  return text
    .replace(UNWRITABLE, '')
    .replace(/[&<>]/g, (c) => ESCAPES[c])
    .replace(/\r?\n/g, '</w:t><w:br/><w:t xml:space="preserve">');
}

/** Rows still to be written into the tables of one document. */
export class PendingRows {
  private readonly tables: (readonly string[][])[] = [];

  /** Registers a table's rows and returns its number, for the markers of its template row. */
  add(rows: readonly string[][]): number {
    this.tables.push(rows);
    return this.tables.length - 1;
  }

  get total(): number {
    return this.tables.reduce((sum, rows) => sum + rows.length, 0);
  }

  /** Writes the rows into the packed document; `progress` is told of each chunk and may yield. */
  async fill(docx: Uint8Array, chunk: number, progress: (rows: number) => Promise<void>): Promise<Uint8Array> {
    if (!this.tables.some((rows) => rows.length)) return docx;
    const files = unzipSync(docx);
    let xml = strFromU8(files['word/document.xml']);
    for (const [table, rows] of this.tables.entries()) {
      if (!rows.length) continue;
      const at = xml.indexOf(cellMarker(table, 0));
      const start = xml.lastIndexOf('<w:tr>', at);
      const end = xml.indexOf('</w:tr>', at) + '</w:tr>'.length;
      // [markup, column, markup, column, …, markup]
      const parts = xml.slice(start, end).split(MARKER);
      const written: string[] = [];
      for (let from = 0; from < rows.length; from += chunk) {
        for (const row of rows.slice(from, from + chunk)) {
          written.push(parts.map((part, k) => (k % 2 ? runText(row[Number(part)] ?? '') : part)).join(''));
        }
        await progress(Math.min(chunk, rows.length - from));
      }
      xml = xml.slice(0, start) + written.join('') + xml.slice(end);
    }
    files['word/document.xml'] = strToU8(xml);
    return zipSync(files, { level: 6 });
  }
}
