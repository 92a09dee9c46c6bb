/**
 * Dates in a control's own format (日期格式): what the control declares (My97's dateFmt, lay-format), a
 * pattern or an example in its placeholder or title ("yyyy年MM月dd日", "例：2024/01/01", "YYYYMMDD"), the
 * shape of the date it holds, or a note written right after it. A free text box that says nothing takes
 * the format the page's other date boxes show; where nothing on the page shows one, it is left empty
 * rather than given a guess.
 */
import { drawnPlaceholder } from './dom';

/** Converts an ISO date to a control's format: yyyy-MM-dd, YYYY/MM/DD, yyyy年MM月dd日, yyyyMMdd … */
export function formatDate(iso: string, format: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  return format
    .replace(/yyyy|YYYY/g, y)
    .replace(/MM/g, m)
    .replace(/dd|DD/g, d)
    .replace(/(?<![A-Za-z])M(?![A-Za-z])/g, String(Number(m)))
    .replace(/(?<![A-Za-z])[dD](?![A-Za-z])/g, String(Number(d)))
    .replace(/HH:mm(:ss)?/, (time) => (time.length > 5 ? '00:00:00' : '00:00'));
}

/** "yyyy-MM-dd", "YYYY/MM/DD HH:mm", "yyyy年M月d日", "YYYYMMDD" inside a text. */
const PATTERN = /([yY]{4})([-/.年]?)([mM]{1,2})([-/.月]?)([dD]{1,2})(日?)((?: [Hh]{2}:mm)(?::ss)?)?/;
/** An example date: "2024/01/01", "例：2024年1月1日", "2024-05-12", "20240101". */
const EXAMPLE = /(?<!\d)((?:19|20)\d{2})([-/.年])(\d{1,2})([-/.月])(\d{1,2})(日?)|(?<!\d)(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)/;

/** The date format a text shows, by a pattern or by an example date; null when it shows none. */
export function formatIn(text: string): string | null {
  const pattern = PATTERN.exec(text);
  if (pattern) {
    // As written (YYYY/MM/DD), but a lower-case month (yyyy-mm-dd) is a month here, not minutes.
    const [, year, sep1, month, sep2, day, dayMark, time] = pattern;
    return `${year}${sep1}${month.toUpperCase()}${sep2}${day}${dayMark}${time ? time.replace(/[Hh]{2}/, 'HH') : ''}`;
  }
  const example = EXAMPLE.exec(text);
  if (!example) return null;
  if (!example[2]) return 'yyyyMMdd';
  const [, , sep1, month, sep2, day, dayMark] = example;
  return `yyyy${sep1}${month.length === 2 ? 'MM' : 'M'}${sep2}${day.length === 2 ? 'dd' : 'd'}${dayMark}`;
}

/**
 * The format the control itself gives: declared by its picker, a pattern or example in its placeholder or
 * title, the shape of its value, a note right after it. Null when it gives none.
 */
export function declaredDateFormat(input: HTMLInputElement): string | null {
  if (input.type === 'date') return 'yyyy-MM-dd';
  if (input.type === 'datetime-local') return 'yyyy-MM-ddTHH:mm';
  const declared = /dateFmt\s*:\s*['"]([^'"]+)['"]/.exec(input.getAttribute('onclick') ?? input.getAttribute('onfocus') ?? '')?.[1]
    ?? input.getAttribute('lay-format') ?? input.getAttribute('data-format') ?? input.getAttribute('format');
  if (declared) return declared;
  // Date-time pickers (Element's type="datetime", antd's showTime) parse a full timestamp only.
  if (input.closest('.el-date-editor--datetime, .ivu-date-picker-datetime') || /时间$/.test(input.placeholder) && input.closest('.ant-picker, .el-date-editor, .n-date-picker')) {
    return 'yyyy-MM-dd HH:mm:ss';
  }
  const shown = formatIn(input.placeholder || drawnPlaceholder(input)) ?? formatIn(input.title) ?? formatIn(input.value) ?? noteFormat(hintAfter(input));
  if (shown) return shown;
  return input.placeholder.includes('年') && input.placeholder.includes('月') ? 'yyyy年MM月dd日' : null;
}

/**
 * The format a note after a box shows: a pattern or example, or the blanks of a printed form ("[    ] 年 月 日",
 * "（____年__月__日）"), which ask for the date written out in 年月日.
 */
function noteFormat(note: string): string | null {
  return formatIn(note) ?? (/^[\s(（_＿]*年[\s_＿]*月[\s_＿]*日[\s)）]*$/.test(note) ? 'yyyy年MM月dd日' : null);
}

/** The short note a page writes right after a box, as legacy pages do for units and formats ("[ ] yyyy-mm-dd"). */
function hintAfter(input: HTMLInputElement): string {
  let text = '';
  for (let node = input.nextSibling; node; node = node.nextSibling) {
    // The next control's own words are not this box's.
    const el = node.nodeType === 1 ? (node as Element) : null;
    if (el && (el.matches('input, select, textarea, label') || el.querySelector('input, select, textarea'))) break;
    text += node.textContent ?? '';
  }
  return text.length <= 40 ? text : '';
}

/** The date format a control shows, else ISO (what date pickers take when they say nothing). */
export function dateFormatOf(input: HTMLInputElement): string {
  return declaredDateFormat(input) ?? 'yyyy-MM-dd';
}

/**
 * The one format the page's own date boxes show (their placeholders, titles, values), for a free text box
 * that says nothing. Null when they show none or disagree.
 */
export function pageDateFormat(doc: Document, except: HTMLInputElement): string | null {
  const formats = new Set<string>();
  for (const input of doc.querySelectorAll<HTMLInputElement>('input:not([type=hidden]):not([type=date]):not([type=datetime-local])')) {
    const format = input === except ? null : declaredDateFormat(input);
    if (format) formats.add(format.replace(/ HH:mm(:ss)?$/, ''));
  }
  return formats.size === 1 ? [...formats][0] : null;
}
