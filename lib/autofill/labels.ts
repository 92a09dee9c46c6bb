import { bareAttr } from './classify';
import { SELF_PAGE_WEAK_WORDS, SELF_PAGE_WORDS } from './lexicon';
import { DRAWN_PLACEHOLDER, drawnPlaceholder, isVisible, parentElement } from './dom';
import { normalizeLabel, textOf } from './text';

/** Where a label came from, strongest first; a field's label is the first source that has text. */
export type LabelSource =
  | 'aria-labelledby' | 'label-for' | 'wrapping-label' | 'form-item' | 'group-lead' | 'table-cell' | 'column-header'
  | 'caption-after' | 'text-before' | 'aria-label' | 'title' | 'placeholder';

export interface LabelEvidence {
  text: string;
  source: LabelSource;
}

const CONTROL = 'input:not([type=hidden]), select, textarea, [contenteditable=""], [contenteditable=true], iframe';
/** Framework form items and the label element each puts beside its control. */
const FORM_ITEMS: [item: string, label: string][] = [
  ['.el-form-item', '.el-form-item__label'],
  ['.ant-form-item', '.ant-form-item-label'],
  ['.ant-row.ant-form-item-row', '.ant-form-item-label'],
  ['.ivu-form-item', '.ivu-form-item-label'],
  ['.layui-inline', '.layui-form-label'],
  ['.layui-form-item', '.layui-form-label'],
  ['.arco-form-item', '.arco-form-label-item'],
  ['.van-field', '.van-field__label'],
  ['.form-group', '.control-label, .col-form-label, label'],
  ['.weui-cell', '.weui-label'],
  ['.n-form-item', '.n-form-item-label'],
];
/** Framework dropdowns and pickers: a box of the page whose own input may be hidden or drawn without one. */
const FRAMEWORK_WIDGETS = '.el-select, .ant-select, .ivu-select, .layui-form-select, .select2-container, .el-date-editor, .ant-picker, .n-select, .n-date-picker';
const WIDGET_TEXT = `select, textarea, button, ${FRAMEWORK_WIDGETS}`;
/** An editor's toolbar (H1, B, 图片 …) is not a label. */
const TOOLBAR = '[class*=toolbar], [role=toolbar], [data-w-e-toolbar], .w-e-bar';
/**
 * An editor's name for screen readers (CKEditor's "富文本编辑器, content") is no label either, nor the document's head
 * (its <title> comes before a header search box in document order, but nobody reads it beside the box).
 */
const SKIP_SUBTREE = `${TOOLBAR}, svg, .ck-voice-label, head`;
const FORM_ITEM_SELECTOR = FORM_ITEMS.map(([item]) => item).join(', ');
const LABEL_HINT = /^(请|注[:：]|说明|提示|例[:：如]|格式)/;
const INLINE = new Set(['SPAN', 'B', 'STRONG', 'FONT', 'EM', 'I', 'SUP', 'SMALL', 'A', 'U']);

/** Text of an element without the text of controls inside it (option lists, selected values). */
export function ownText(el: Element): string {
  if (!el.querySelector(CONTROL + ', .el-select, .ant-select, .ivu-select, .n-select, .layui-form-select')) return textOf(el);
  let text = '';
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) text += child.textContent;
      else if (child.nodeType === 1 && !(child as Element).matches(CONTROL + ', select, .el-select, .ant-select, .ivu-select, .n-select, .layui-form-select, .el-radio-group, .el-checkbox-group')) walk(child);
    }
  };
  walk(el);
  return text.replace(/\s+/g, ' ').trim();
}

function labelledBy(control: Element): string {
  const ids = control.getAttribute('aria-labelledby');
  if (!ids) return '';
  const root = control.getRootNode() as Document | ShadowRoot;
  const named = ids.split(/\s+/).map((id) => root.getElementById?.(id)).filter((el): el is HTMLElement => Boolean(el));
  // "户主信息 姓名" (aria-labelledby="section label"): the section's heading says whose, from where it stands; the rest names the field.
  const own = named.length > 1 ? named.filter((el) => !isHeadingElement(el)) : named;
  return (own.length ? own : named).map(textOf).join(' ').trim();
}

function labelFor(control: Element, cache: PageCache): string {
  const id = control.id;
  if (!id) return '';
  const root = control.getRootNode() as Document | ShadowRoot;
  let byId = cache.labelsFor.get(root);
  if (!byId) {
    byId = new Map();
    for (const label of root.querySelectorAll('label[for]')) if (!byId.has(label.getAttribute('for')!)) byId.set(label.getAttribute('for')!, label);
    cache.labelsFor.set(root, byId);
  }
  const label = byId.get(id);
  // A label the page ties to its box may stand after it in brackets (<input id=x> <label for=x>（姓名）</label>): its
  // words, where text in brackets beside a box is otherwise only a remark.
  return label ? ownText(label).trim().replace(/^[(（]([^()（）]+)[)）]$/, '$1') : '';
}

function formItemLabel(start: Element): string {
  const item = start.closest(FORM_ITEM_SELECTOR);
  if (!item) return '';
  const labelSelector = FORM_ITEMS.find(([selector]) => item.matches(selector))![1];
  const labels = [...item.querySelectorAll(labelSelector)].filter((el) => !el.contains(start) && el.closest(FORM_ITEM_SELECTOR) === item && !isOptionLabel(el));
  // One item may hold several fields in a row (layui's 姓名 [ ] 性别 [ ]): each takes the nearest label before it.
  const label = labels.filter((el) => el.compareDocumentPosition(start) & 4 /* start follows */).at(-1) ?? labels[0];
  return label ? withWordBefore(ownText(label), wordBefore(start, item)) : '';
}

/**
 * The item's label with the word before the box: "陪同村干部" + "电话". A label that lists its boxes' asks
 * ("提出人 / 联系电话" over 提出人：[ ] 电话：[ ]) gives each box the part its word names.
 */
function withWordBefore(label: string, word: string): string {
  const parts = label.split(/\s*[/／、]\s*/);
  return (parts.length >= 2 && word && parts.find((part) => part.includes(word))) || label + word;
}

/**
 * The short word right before a box that shares its form item with other boxes (陪同村干部: 姓名 [ ] 电话 [ ]): what
 * the item's label asks of this box. '' when the box has none (a second date after 至 is a range's).
 */
function wordBefore(start: Element, item: Element): string {
  let text = '';
  // Plain text only: an element before the box is a label of its own or another box.
  for (let node = start.previousSibling; node?.nodeType === 3; node = node.previousSibling) text = (node.textContent ?? '') + text;
  const word = normalizeLabel(text);
  const boxes = [...item.querySelectorAll(CONTROL)].filter((c) => !c.matches('[type=radio], [type=checkbox], [type=hidden]'));
  return boxes.length >= 2 && /^[\u4e00-\u9fa5]{2,4}$/.test(word) ? word : '';
}

/** The control a label names: one inside it, or its for= target. */
const labelsControl = (el: Element): Element | null => el.querySelector(CONTROL) ?? (el as HTMLLabelElement).control ?? null;

/** A radio's or checkbox's own text (<label><input type=radio>男</label>, <label for=…>女</label>), not a field's label. */
const isOptionLabel = (el: Element) => Boolean(labelsControl(el)?.matches('[type=radio], [type=checkbox]'));

/** "*户主姓名：" in the cell left of the control's cell, else the header of its column. */
function tableLabel(start: Element): LabelEvidence | null {
  const cell = start.closest('td, th');
  if (!cell) return null;
  // A second control in a cell ("其他(请注明)：[   ]") has its own text before it, not the cell's label.
  const first = [...cell.querySelectorAll(CONTROL)].find((c) => c === start || start.contains(c) || isVisible(c));
  if (first && first !== start && !start.contains(first) && first.compareDocumentPosition(start) & 4) return null;
  const rowPerson = rowPersonLabel(cell as HTMLTableCellElement);
  if (rowPerson) return { text: rowPerson, source: 'table-cell' };
  let left = cell.previousElementSibling;
  while (left && !textOf(left)) left = left.previousElementSibling;
  // A cell of controls to the left (a grid with its headers above) or a row number (序号 1, 2 …) is not a label
  // and does not hide the header.
  const leftLabel = left && !left.querySelector(CONTROL) && !ROW_NUMBER.test(textOf(left)) ? left : null;
  if (leftLabel) {
    const text = ownText(leftLabel);
    if (text && text.length <= 30) return { text, source: 'table-cell' };
  }
  const row = cell.parentElement as HTMLTableRowElement | null;
  const table = cell.closest('table');
  if (!row || !table || leftLabel) return null;
  const title = titleAbove(row, cell, start);
  if (title) return { text: title, source: 'table-cell' };
  const column = columnOf(cell as HTMLTableCellElement);
  const headers = columnHeaders(headerRows(table, row), column);
  // A grid with a row per person (家庭成员, 参与人员) repeats the column: not one field of ours.
  const repeated = [...table.rows].filter((r) => [...r.cells].find((c) => columnOf(c) === column)?.querySelector(CONTROL)).length > 1;
  if (!headers.length || repeated || headers.some((h) => h.querySelector(CONTROL))) return null;
  return { text: headers.map(ownText).join(''), source: 'column-header' };
}

/**
 * A grid of a person per row (申请人 | 被申请人 down the side, 姓名 | 身份证号码 | 联系电话 across the top): a box asks
 * its row's person for its column's attribute (申请人身份证号码). Not a numbered row (1, 2 … of 家庭成员).
 */
function rowPersonLabel(cell: HTMLTableCellElement): string {
  const row = cell.parentElement as HTMLTableRowElement | null;
  const table = cell.closest('table');
  const head = row?.cells[0];
  if (!row || !table || !head || head === cell || head.querySelector(CONTROL)) return '';
  const person = ownText(head);
  if (!person || person.length > 10 || ROW_NUMBER.test(person) || isPersonAttr(person)) return '';
  const headers = columnHeaders(headerRows(table, row), columnOf(cell));
  // Attributes across the top (姓名, 联系电话), not persons (申请人 | 被申请人 over a column each: see personColumn).
  return headers.length === 1 && !headers[0].querySelector(CONTROL) && isPersonAttr(ownText(headers[0])) ? person + ownText(headers[0]) : '';
}

/** A person's attribute as a table names it (姓　名, 联系电话, 住　　址). */
const isPersonAttr = (text: string) => !!bareAttr(text.replace(/\s/g, ''));

/**
 * Only real header rows (thead, or rows of <th> at the top) name columns; a first row of data cells does not, unless
 * it is a row of names right above a row of boxes, cell for cell.
 */
function headerRows(table: HTMLTableElement, row: HTMLTableRowElement): HTMLTableRowElement[] {
  if (table.tHead?.rows.length) return [...table.tHead.rows];
  const top: HTMLTableRowElement[] = [];
  for (const r of table.rows) {
    if (r === row || ![...r.cells].every((c) => c.tagName === 'TH')) break;
    top.push(r);
  }
  if (top.length) return top;
  const detached = detachedHeader(table);
  if (detached.length) return detached;
  const corner = cornerHeader(table);
  if (corner && corner !== row) return [corner];
  const paired = pairedHeader(table, row);
  if (paired) return [paired];
  const names = namesAbove(row);
  return names ? [names] : [];
}

/**
 * Framework grids draw their header in a table of its own above the body's (layui-table-header over layui-table-body,
 * el-table__header over el-table__body), so a fixed header stays put while the rows scroll: the body's columns are
 * named by that table's head, found within the grid itself, not by the data row above an editable row. Only inside a
 * framework's grid: a page of many plain tables is not searched for each box.
 */
function detachedHeader(table: HTMLTableElement): HTMLTableRowElement[] {
  const grid = table.closest(FRAMEWORK_GRIDS);
  const head = grid && [...grid.querySelectorAll('table')].find(
    (t) => t !== table && t.tHead?.rows.length && !t.querySelector('tbody tr') && t.compareDocumentPosition(table) & 4 /* table follows */,
  );
  return head ? [...head.tHead!.rows] : [];
}

const FRAMEWORK_GRIDS = '.layui-table-view, .el-table, .ant-table, .ivu-table, .vxe-table, .n-data-table, .t-table, .arco-table';

/** The column a cell starts at, counting the columns the cells before it in its row span. */
function columnOf(cell: HTMLTableCellElement): number {
  let column = 0;
  for (let before = cell.previousElementSibling; before; before = before.previousElementSibling) column += (before as HTMLTableCellElement).colSpan || 1;
  return column;
}

/**
 * The header cells over a column, top first, laid out as the browser does: a cell spanning rows stands in each (走访时间
 * down both header rows), one spanning columns over each it covers (走访对象 over 姓名, 电话, 住址: "走访对象姓名").
 */
function columnHeaders(rows: HTMLTableRowElement[], column: number): Element[] {
  const grid: Element[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let at = 0;
    for (const cell of row.cells) {
      while (grid[r][at]) at++;
      for (let down = 0; down < Math.max(1, cell.rowSpan) && r + down < rows.length; down++) {
        for (let across = 0; across < Math.max(1, cell.colSpan); across++) grid[r + down][at + across] = cell;
      }
      at += Math.max(1, cell.colSpan);
    }
  });
  // A title across the whole table (走访记录表) names no column.
  const width = Math.max(...grid.map((cells) => cells.length));
  const over = grid.map((cells) => cells[column]).filter((cell) => cell && (width < 2 || (cell as HTMLTableCellElement).colSpan < width));
  return [...new Set(over)];
}

/**
 * A box alone in its row under a row that holds only a title ("走访情况" over a full-width textarea, as legacy record
 * forms lay it out): the title is its label. Not under the table's first row (the form's own title), nor when the
 * box's cell has words of its own before it.
 */
function titleAbove(row: HTMLTableRowElement, cell: Element, start: Element): string {
  const above = row.rowIndex > 1 ? cell.closest('table')!.rows[row.rowIndex - 1] : undefined;
  if (!above || row.cells.length !== 1 || above.cells.length !== 1 || above.querySelector(CONTROL) || wordsBefore(cell, start)) return '';
  const text = ownText(above.cells[0]);
  return text.length <= 20 ? text : '';
}

/** A first row naming the columns over an empty corner above the labels (　 | 申请人 | 被申请人). */
function cornerHeader(table: HTMLTableElement): HTMLTableRowElement | undefined {
  const first = table.rows[0];
  if (!first || first.cells.length < 3 || first.querySelector(CONTROL)) return undefined;
  const [corner, ...names] = [...first.cells];
  return !normalizeLabel(textOf(corner)) && names.every((c) => normalizeLabel(textOf(c))) ? first : undefined;
}

/**
 * A row naming a person over each label-and-box pair of columns (　 | 申请人 | 　 | 被申请人 over 姓名 [ ] 姓名 [ ]): the
 * nearest such row above, within the block (a title row across the table ends it). A person's block is a few rows, so
 * only those are looked at (a ledger of hundreds of rows is not walked for each box).
 */
function pairedHeader(table: HTMLTableElement, row: HTMLTableRowElement): HTMLTableRowElement | undefined {
  for (let index = row.rowIndex - 1; index >= Math.max(0, row.rowIndex - PERSON_BLOCK_ROWS); index--) {
    const above = table.rows[index];
    if (above.cells.length === 1) return undefined;
    const cells = [...above.cells];
    const pairs = cells.length >= 4 && cells.length % 2 === 0 && !above.querySelector(CONTROL);
    if (pairs && cells.every((cell, i) => (i % 2 === 0) === !normalizeLabel(textOf(cell)))) return above;
  }
  return undefined;
}

const PERSON_BLOCK_ROWS = 12;

/** A row of names right above a row of boxes, one name over each box (户主姓名 | 联系电话 over [ ] | [ ]). */
function namesAbove(row: HTMLTableRowElement): HTMLTableRowElement | undefined {
  const above = row.rowIndex > 0 ? row.closest('table')!.rows[row.rowIndex - 1] : undefined;
  const cells = (r: HTMLTableRowElement) => [...r.cells];
  if (!above || above.cells.length !== row.cells.length || above.cells.length < 2 || above.querySelector(CONTROL)) return undefined;
  return cells(above).every((c) => normalizeLabel(textOf(c))) && cells(row).every((c) => c.querySelector(CONTROL)) ? above : undefined;
}

/** The cell holds words before the box ("群众诉求：<br><textarea>"). */
function wordsBefore(cell: Element, start: Element): boolean {
  const walker = cell.ownerDocument.createTreeWalker(cell, 4 /* text */);
  for (let node = walker.nextNode(); node && start.compareDocumentPosition(node) & 2 /* preceding */; node = walker.nextNode()) {
    if (normalizeLabel(node.textContent ?? '')) return true;
  }
  return false;
}

/** A row number (序号) in the first cell of a ledger row: 1, 2., 12. */
const ROW_NUMBER = /^\d{1,3}\.?$/;

/** Text of a radio's or checkbox's own label (<label><input type=radio>入户</label>, uni-app's uni-label), not ours. */
function isOptionText(node: Node, start: Element): boolean {
  const label = node.parentElement?.closest('label, uni-label');
  return !!label && !label.contains(start) && !!label.querySelector('input[type=radio], input[type=checkbox]');
}

/**
 * The nearest short text before the field (a label div above, "姓名" inline before it), not crossing
 * another control: document order backwards, a bounded number of steps.
 */
function textBefore(start: Element): string {
  const doc = start.ownerDocument;
  const root = start.getRootNode();
  const walker = doc.createTreeWalker(root, 5 /* elements and text */);
  walker.currentNode = start;
  // In a table the cells to the left and the header are tableLabel's: text before is only the cell's own.
  const cell = start.closest('td, th');
  for (let steps = 0; steps < 40; steps++) {
    const node = walker.previousNode();
    if (!node) return '';
    // Jump over toolbars and icons as a whole: their buttons and tooltips are not labels.
    const skip = (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest(SKIP_SUBTREE);
    if (skip && !skip.contains(start)) {
      walker.currentNode = skip;
      continue;
    }
    if (node.nodeType === 1) {
      const el = node as Element;
      if (el.contains(start)) continue;
      // The hidden box an editor stands in for (<textarea style="display:none"> before CKEditor) is this field's own.
      if (el.matches(CONTROL) && !isVisible(el) && el.nextElementSibling?.contains(start)) continue;
      if (el.matches(CONTROL) && !(el as HTMLInputElement).matches('[type=radio], [type=checkbox]')) return '';
      if (el.matches('script, style, option')) continue;
      continue;
    }
    const text = (node.textContent ?? '').trim();
    if (!text || !normalizeLabel(text) || node.parentElement?.closest(DRAWN_PLACEHOLDER)) continue;
    // A caption pointing back ("← 姓名" after the box before) is that box's, and says this one's is after it.
    if (POINTS_AT_BOX_BEFORE.test(text)) return '';
    // Nor is a cell's text a label for a field outside that cell (a column header above a grid's row checkboxes).
    if (cell ? !cell.contains(node) : node.parentElement?.closest('td, th')) return '';
    // Text inside another control (an option, a dropdown's shown value, a radio's own label) means we crossed that control.
    if (node.parentElement?.closest(WIDGET_TEXT) || isOptionText(node, start)) return '';
    const holder = labelHolder(node.parentElement);
    // A section heading above ("走访信息", the form's title) names the section, not this field; so does a plain
    // text over several boxes that each carry their own name (a title or aria-label: "信访事项" over 来访日期, 事项标题…).
    if (holder && (isHeading(holder) || headsNamedBoxes(holder))) return '';
    const full = holder ? ownText(holder) : text;
    // A breadcrumb (当前位置：信访事项 > 来访登记) says where the page is, not what a box beside it asks.
    if (full.length > 30 || BREADCRUMB.test(normalizeLabel(full))) return '';
    // A unit in letters right after the box before (血压 [ ] mmHg) is that box's: this one's label is not before it.
    if (/^[^\u4e00-\u9fa5]+$/.test(normalizeLabel(full)) && followsBox(holder ?? node)) return '';
    // A hint or a remark between the label and the box ("请填写11位手机号", "（与户口簿一致）") is passed over.
    if (LABEL_HINT.test(full) || REMARK.test(normalizeLabel(full))) continue;
    return holder && labelsInColumn(holder, start) ? '' : full;
  }
  return '';
}

/** A breadcrumb: 当前位置：…, or menu levels joined by > (信访事项 > 来访登记). */
const BREADCRUMB = /^(您?(当前|现在)的?位置|所在位置|位置)[:：]|[\u4e00-\u9fa5]{2,}>[\u4e00-\u9fa5]{2,}/;

/** The node comes right after a box, or a block holding one. */
function followsBox(node: Node): boolean {
  let prev = node.previousSibling;
  while (prev && prev.nodeType === 3 && !prev.textContent?.trim()) prev = prev.previousSibling;
  return prev?.nodeType === 1 && ((prev as Element).matches(CONTROL) || !!(prev as Element).querySelector(CONTROL));
}

/**
 * Labels stacked in a column of their own beside a column of boxes (<div>姓名</div><div>电话</div> | <input><input>):
 * the text nearest before a box is the last label, not its own, and which is whose is not ours to guess.
 */
function labelsInColumn(holder: Element, start: Element): boolean {
  let column = holder;
  while (column.parentElement && !column.parentElement.contains(start)) column = column.parentElement;
  if (column === holder || !column.parentElement) return false;
  const labels = [...column.children].filter((child) => !child.querySelector(CONTROL) && normalizeLabel(textOf(child))).length;
  const boxes = [...column.parentElement.children].find((child) => child.contains(start))?.querySelectorAll(CONTROL).length ?? 0;
  return labels > 1 && boxes > 1;
}

/**
 * A radio/checkbox group's own leading text ("<span>性别</span> ○男 ○女" in one row): the text in
 * the group's element before its first option, outside the options' labels.
 */
function groupLead(start: Element, control: Element): string {
  let text = '';
  const walk = (node: Node): boolean => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) text += child.textContent;
      else if (child.nodeType === 1) {
        const el = child as Element;
        // A label of the group itself (<label for=…>家庭类型</label>：, labelling no control) is its lead; one of
        // an option ends it. Another field before the group in its row (姓名 [ ] 性别 ○男 ○女) starts the lead again.
        if (el === control || el.contains(control)) return true;
        const other = el.matches(CONTROL) ? el : el.matches('label') ? labelsControl(el) : null;
        if (other && isOption(other, control)) return true;
        if (other) text = '';
        else if (walk(el)) return true;
      }
    }
    return false;
  };
  walk(start);
  text = text.replace(/\s+/g, ' ').trim();
  return text.length <= 20 ? text : '';
}

/** One of the group's own options (a radio or checkbox of the same name as its first). */
const isOption = (el: Element, first: Element) =>
  el.matches('[type=radio], [type=checkbox]') && (el as HTMLInputElement).name === (first as HTMLInputElement).name;

/**
 * The box that names a radio/checkbox group for screen readers (<div role="radiogroup" aria-label="性别">): only one
 * that holds this group's options and nothing else, not a section (role=group) around several fields.
 */
function groupBox(start: Element, control: Element): Element | null {
  const box = control.parentElement?.closest('[role=radiogroup], [role=group]');
  if (!box || !(start.contains(box) || box.contains(start))) return null;
  const name = (control as HTMLInputElement).name;
  return [...box.querySelectorAll(CONTROL)].every((c) => c.matches('[type=radio], [type=checkbox]') && (c as HTMLInputElement).name === name) ? box : null;
}

/** A title on the box around a group's options (<span title="家庭类型"><label><input type=checkbox>独居</label>…). */
function groupTitle(start: Element, control: Element): string {
  const titled = control.parentElement?.closest('[title]');
  return titled && start.contains(titled) && titled.querySelectorAll(CONTROL).length > 1 ? titled.getAttribute('title') ?? '' : '';
}

/** The box carries its own name for the reader (a tooltip or a screen reader's name), not only a placeholder. */
const namesItself = (control: Element) => Boolean(normalizeLabel(control.getAttribute('title') ?? '') || normalizeLabel(control.getAttribute('aria-label') ?? ''));

/** A remark wholly in brackets. */
const REMARK = /^\([^()]*\)$/;

/** An element styled or tagged as a heading (h3, legend, .section-title), whatever it stands over. */
const isHeadingElement = (el: Element) => HEADING_TAGS.test(el.tagName) || HEADING_CLASS.test(el.getAttribute('class') ?? '');

/** A heading over several fields (not a field's own label that happens to be styled as a title). */
function isHeading(el: Element): boolean {
  if (!isHeadingElement(el)) return false;
  return !el.nextElementSibling || fieldsHeaded(el) > 1;
}

/**
 * How many fields a title stands over: those of the element right after it, and of the bare controls that go on
 * after that. One is the field it labels ("<div class=item-title>姓名</div><input>"), several a section it heads
 * (a form, "走访记录" over a box of placeholder-only inputs). Counting stops at the next words (another title, a
 * field labelled by itself: 天气：<select>).
 */
function fieldsHeaded(title: Element): number {
  return new Set(boxesUnder(title).map((c) => (c.matches('[type=radio], [type=checkbox]') && (c as HTMLInputElement).name) || c)).size;
}

/** The controls a title stands over (see fieldsHeaded). */
function boxesUnder(title: Element): Element[] {
  const boxes: Element[] = [];
  const first = title.nextElementSibling;
  for (let next = first; next; next = next.nextElementSibling) {
    if (next !== first && !next.matches(CONTROL) && normalizeLabel(textOf(next))) break;
    boxes.push(...(next.matches(CONTROL) ? [next] : next.querySelectorAll(CONTROL)));
  }
  return boxes;
}

/**
 * A plain text over several boxes that each carry their own name ("信访事项" over boxes titled 来访日期, 事项标题 …):
 * their section, whose words say whose they are ("填报人" over 姓名, 电话), not the first box's label.
 */
function headsNamedBoxes(title: Element): boolean {
  return !title.matches(CONTROL) && fieldsHeaded(title) > 1 && boxesUnder(title).every(namesItself);
}

/**
 * A plain text standing alone over several fields that have labels of their own ("<p><b>填报人</b></p>" over 姓名 [ ],
 * 电话 [ ], each in a block of its own): their section. Counting stops at the next text standing alone.
 */
function headsLabelledFields(title: Element): boolean {
  if (title.matches(CONTROL)) return false;
  let fields = 0;
  for (let next = title.nextElementSibling; next; next = next.nextElementSibling) {
    const boxed = next.matches(CONTROL) || next.querySelector(CONTROL);
    if (!boxed && normalizeLabel(textOf(next))) break;
    if (boxed && !normalizeLabel(ownText(next))) return false;
    if (boxed) fields++;
  }
  return fields > 1;
}

/** The element a label text lives in: climbs inline wrappers (<span>*</span><b>姓名</b>) up to a label-ish block. */
function labelHolder(el: Element | null): Element | null {
  let holder = el;
  while (holder && INLINE.has(holder.tagName) && holder.parentElement && !holder.parentElement.querySelector(CONTROL)) {
    holder = holder.parentElement;
  }
  return holder && !holder.querySelector(CONTROL) ? holder : null;
}

/** Arrows pointing at the box before or above ("← 村名", "↑ 乡镇"). */
const ARROWS_BACK = '↑↖←⇧⇑⬆☝';
/** A caption that points at the box before or above it; after a box a triangle (▲ 乡镇) points up at it too. */
const POINTS_BACK = new RegExp(`^[${ARROWS_BACK}▲△]`);
/** Text before a box pointing back at the box before it; a triangle there is a bullet of this box's label (▲ 姓名). */
const POINTS_AT_BOX_BEFORE = new RegExp(`^[${ARROWS_BACK}]`);

/** Text after a box that is no caption: a unit (℃, mmHg, 户, 元/月) or a remark in brackets. */
const UNIT_AFTER = /^[^\u4e00-\u9fa5]*$|^[\u4e00-\u9fa5]{1,2}([/／].{1,3})?$|^[(（]/;

/**
 * A caption under or after its box ("<div class=cell><input><span>产妇姓名</span></div>"): the box's own block holds
 * this one field, no text before it and a short caption after it. The text before such a box is the caption of the
 * box before, so it is read first. A group's options are words after its boxes too: only a caption pointing back at
 * it ("← 性别") names a group.
 */
function captionAfter(start: Element, group: boolean): string {
  const block = start.parentElement;
  if (!block || [...block.querySelectorAll(CONTROL)].some((c) => !start.contains(c)) || block.matches('td, th, label, form, body')) return '';
  const walker = start.ownerDocument.createTreeWalker(block, 4 /* text */);
  let before = '';
  const after: { text: string; raw: string }[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = normalizeLabel(node.textContent ?? '');
    if (!text || node.parentElement?.closest(WIDGET_TEXT)) continue;
    if (start.compareDocumentPosition(node) & 2 /* preceding */) before += text;
    else if (!start.contains(node)) after.push({ text, raw: (node.textContent ?? '').trim() });
  }
  // An arrow pointing back at the box ("↑ 乡镇", "← 村名") says the text is its caption, however short.
  const caption = after.find(({ text, raw }) => POINTS_BACK.test(raw) || (!group && !UNIT_AFTER.test(text)));
  // A help text after the box ("请输入11位手机号") is read as written: normalising drops the 请输入 that marks it.
  return !caption || before || caption.text.length > 15 || LABEL_HINT.test(caption.raw) ? '' : caption.text;
}

const LABEL_COLON = /[:：]$/;
/** A level of place (县（市、区）, 乡镇（街道）, 村（社区）, 组), down to the door (组/号, 门牌号). */
const PLACE_LEVEL = /^(省|市|县|区|乡|镇|乡镇|街道|村|社区|居委会|组)(\([^)]{1,6}\))?$|^(组\/号|门牌号|号)$/;

/**
 * A printed address line writes each level after its blank (____县（市、区）____乡镇（街道）____村（社区）): the level right
 * after a box is its caption where the text right before it is none or the level of the box before.
 */
function placeLevelAfter(start: Element): string {
  const prev = start.previousSibling;
  const rawBefore = prev?.nodeType === 3 ? (prev.textContent ?? '').trim() : '';
  const boxBefore = prev?.nodeType === 3 ? prev.previousSibling : prev;
  const firstOrAfterLevel = !rawBefore ? !boxBefore || !textOf(boxBefore as Element) : !!levelAfter(boxBefore);
  // Every box of the line has its level after it, the last too: "[ ] 镇（街道）[ ] 村（社区）[ ]" names each box before it.
  // The line runs on while only a level stands between two boxes (村（社区） 编号：[ ] ends it).
  for (let box: Node | null = start; box; box = box.nextSibling?.nextSibling ?? null) {
    const level = levelAfter(box);
    // The last box may take the rest of the address instead, under a remark ([ ]村[ ]（组、门牌）): see addressRest.
    if (!level && (box === start || !endsInRemark(box))) return '';
    if (!level) break;
    const whole = normalizeLabel(box.nextSibling?.textContent ?? '') === level;
    if (!whole || !(box.nextSibling?.nextSibling as Element | null)?.matches?.(CONTROL)) break;
  }
  return firstOrAfterLevel ? levelAfter(start) : '';
}

/** A box followed only by a remark in brackets (（组、门牌）), the last of its line. */
function endsInRemark(box: Node): boolean {
  const after = box.nextSibling?.nodeType === 3 ? normalizeLabel(box.nextSibling.textContent ?? '') : '';
  return REMARK.test(after) && !(box.nextSibling?.nextSibling as Element | null)?.matches?.(CONTROL);
}

/**
 * The last box of a printed address line (家庭住址 | [ ]乡（镇）[ ]村[ ]（组、门牌）) after boxes each named by the level
 * after it: the rest of the address, named by the line's own label and its remark (家庭住址（组、门牌）).
 */
function addressRest(start: Element): string {
  if (!endsInRemark(start)) return '';
  let first: Node = start;
  for (let box = first.previousSibling?.previousSibling; box && levelAfter(box); box = box.previousSibling?.previousSibling) first = box;
  const line = first !== start ? tableLabel(first as Element) : null;
  return line ? line.text + normalizeLabel(start.nextSibling!.textContent ?? '') : '';
}

/**
 * The level written right after a box (its first word: the text may run on to the next label, 村（社区）　　编号：), or ''.
 * A word ending in a colon (乡镇（街道）：) is the label of the box after it, as on most forms.
 */
function levelAfter(box: Node | null): string {
  if (!(box as Element | null)?.matches?.(CONTROL) || box!.nextSibling?.nodeType !== 3) return '';
  const word = (box!.nextSibling.textContent ?? '').trim().split(/[\s\u3000]+/)[0];
  return !LABEL_COLON.test(word) && PLACE_LEVEL.test(normalizeLabel(word)) ? normalizeLabel(word) : '';
}

/**
 * An aria-label that names the field, not a framework's default naming its kind for developers
 * (Element UI's <div role="group" aria-label="checkbox-group">): Latin words joined by hyphens are a code, no user's label.
 */
function readerName(el: Element): string {
  const name = el.getAttribute('aria-label') ?? '';
  return /^[a-z]+(-[a-z]+)+$/i.test(name.trim()) ? '' : name;
}

/** A group's member named by the text inside it (Naive's n-checkbox: aria-labelledby its 低保户): its option, not the question. */
function namedByOwnOption(member: Element): boolean {
  const id = member.getAttribute('aria-labelledby');
  const root = member.getRootNode() as Document | ShadowRoot;
  return Boolean(id && member.contains(root.getElementById?.(id) ?? null));
}

/**
 * Every piece of label evidence for a field, strongest first. `start` is the widget's outer element
 * (a group container, a custom select), `control` the element that takes input.
 */
export function labelEvidence(start: Element, control: Element, options: { group: boolean }, cache: PageCache): LabelEvidence[] {
  const found: LabelEvidence[] = [];
  const add = (text: string, source: LabelSource) => {
    if (text && normalizeLabel(text)) found.push({ text, source });
  };
  if (!options.group || !namedByOwnOption(control)) add(labelledBy(control), 'aria-labelledby');
  const named = options.group ? groupBox(start, control) : null;
  if (named) {
    add(labelledBy(named), 'aria-labelledby');
    add(readerName(named), 'aria-label');
  }
  if (!options.group) {
    add(labelFor(control, cache), 'label-for');
    const wrapping = control.closest('label');
    if (wrapping && !start.contains(wrapping)) add(ownText(wrapping), 'wrapping-label');
  }
  add(formItemLabel(start), 'form-item');
  if (options.group) add(groupLead(start, control), 'group-lead');
  if (options.group) add(groupTitle(start, control), 'title');
  // A printed address line ([ ]乡（镇）[ ]村（居）[ ]组/号) names each box by the level after it, not by the cell's words.
  const level = found.length || options.group ? '' : placeLevelAfter(start);
  const rest = level || found.length || options.group ? '' : addressRest(start);
  const table = level || rest ? null : tableLabel(start);
  if (level) add(level, 'caption-after');
  if (rest) add(rest, 'table-cell');
  if (table) add(table.text, table.source);
  if (!found.length) add(captionAfter(start, options.group), 'caption-after');
  if (!found.length) add(textBefore(start), 'text-before');
  if (!found.length) add(drawnPlaceholder(control), 'placeholder');
  add(readerName(control), 'aria-label');
  add(control.getAttribute('title') ?? '', 'title');
  add(control.getAttribute('placeholder') ?? '', 'placeholder');
  // A select's empty first option is its placeholder ("<option value="">请选择性别</option>").
  const first = (control as HTMLSelectElement).options?.[0];
  if (control.tagName === 'SELECT' && first && first.value === '') add(textOf(first), 'placeholder');
  return found;
}

// ---- Sections: the headings above a field say whose data it is ----------------------------------

const HEADING_TAGS = /^(H[1-6]|LEGEND|CAPTION)$/;
/**
 * A field's own row or the head of it (weui's weui-cell__hd around its label, uni-app's form-item holding a picker):
 * the words there name that field, never a section over the fields after it.
 */
const FIELD_ROW_PART = /(^|\s)(weui-cell__hd|weui-cell|form-item|van-cell__title)(\s|$)/;
const HEADING_CLASS = /(^|[-_\s])(title|header|head|hd|legend|caption|section|heading|subtitle|divider)([-_\s]|$)/i;
const HEADING_INSIDE = 'h1, h2, h3, h4, h5, h6, legend, caption, th[colspan], td[colspan], [class*=title], [class*=header], [class*=head], [class*=section], [class*=legend], [class*=divider]';

/** Per-run memo (the DOM does not change during one detection): headings, sections, label[for] by root. */
export interface PageCache {
  headings: Map<Element, string[]>;
  sections: Map<Element, string[]>;
  labelsFor: Map<Node, Map<string, Element>>;
  /** A table's rows of side headings (甲方 | 乙方), found once per table and detection. */
  sidesRows: Map<HTMLTableElement, HTMLTableRowElement[]>;
}

export function newPageCache(): PageCache {
  return { headings: new Map(), sections: new Map(), labelsFor: new Map(), sidesRows: new Map() };
}

/** A framework form item's own label element (vant's van-field__label is styled as a cell title): its field's name. */
const ITEM_LABEL = FORM_ITEMS.flatMap(([, label]) => label.split(/,\s*/)).filter((label) => label !== 'label').join(', ');

function headingText(el: Element): string | null {
  // Nor a field whose dropdown keeps its input hidden (iView's ivu-select): its label and options are no heading.
  if (el.querySelector(CONTROL) || el.querySelector(FRAMEWORK_WIDGETS) || el.matches(TOOLBAR) || el.querySelector(TOOLBAR)) return null;
  // A field's own label names that field, not a section over it (申请人 is no section of the resident's); so does the
  // label of a form item whose widget we do not fill (群众评价 over el-rate's stars).
  if (el.matches(ITEM_LABEL) || labelsControl(el) || widgetItemLabel(el) || FIELD_ROW_PART.test(el.getAttribute('class') ?? '')) return null;
  const heading = HEADING_TAGS.test(el.tagName) || HEADING_CLASS.test(el.getAttribute('class') ?? '') || el.matches('tr') || headsNamedBoxes(el) || headsLabelledFields(el)
    ? el
    : el.querySelector(HEADING_INSIDE);
  if (!heading) return null;
  const text = textOf(el);
  return text.length >= 2 && text.length <= 30 ? text : null;
}

/** A framework form item holding its label and, after it, a widget of its own (a rating, a slider): a field's row. */
function widgetItemLabel(el: Element): boolean {
  const label = el.matches(FORM_ITEM_SELECTOR) ? el.querySelector(ITEM_LABEL) : null;
  return Boolean(label?.nextElementSibling?.childElementCount);
}

/** Headings before `el` among its previous siblings, nearest first (memoised). */
function headingsBefore(el: Element, cache: PageCache): string[] {
  const prev = el.previousElementSibling;
  if (!prev) return [];
  const hit = cache.headings.get(prev);
  if (hit) return hit;
  const own = headingText(prev);
  const result = own ? [own] : headingsBefore(prev, cache);
  cache.headings.set(prev, result);
  return result;
}

/** Section headings around a field, nearest first, up through ancestors (fieldset legends, card headers, table section rows). */
export function sectionsOf(el: Element, cache: PageCache): string[] {
  const hit = cache.sections.get(el);
  if (hit) return hit;
  const own: string[] = [];
  if (el.tagName === 'FIELDSET') {
    const legend = el.querySelector(':scope > legend');
    if (legend) own.push(textOf(legend));
  }
  const column = el.tagName === 'TD' ? personColumn(el as HTMLTableCellElement) ?? sideColumn(el as HTMLTableCellElement, cache) : null;
  if (column) own.push(column);
  const group = el.tagName === 'TD' ? rowGroup(el as HTMLTableCellElement) : null;
  if (group) own.push(group);
  const before = headingsBefore(el, cache);
  if (before.length) own.push(before[0]);
  const last = el.tagName === 'BODY' || el.tagName === 'FORM' || el.getAttribute('role') === 'dialog';
  const parent = last ? null : parentElement(el);
  const sections = (parent ? [...own, ...sectionsOf(parent, cache)] : own).slice(0, 4);
  cache.sections.set(el, sections);
  return sections;
}

/**
 * A table laid out a person per column (性别 | 受访对象's box | 紧急联系人's box; 调查人（一） | 调查人（二）): the header
 * over a box's column is its section, saying whose it is, as a heading over a block would. Only a row labelled at its
 * start and holding a box per person.
 */
function personColumn(cell: HTMLTableCellElement): string | null {
  const row = cell.parentElement as HTMLTableRowElement | null;
  const table = cell.closest('table');
  if (!row || !table || !cell.querySelector(CONTROL)) return null;
  const [first] = row.cells;
  if (first === cell || first.querySelector(CONTROL) || !textOf(first) || [...row.cells].filter((c) => c.querySelector(CONTROL)).length < 2) return null;
  const rows = headerRows(table, row);
  const headers = rows.includes(row) ? [] : columnHeaders(rows, columnOf(cell));
  const text = headers.length === 1 ? textOf(headers[0]) : '';
  return text.length >= 2 && text.length <= 30 ? text : null;
}

/**
 * A table split into sides by a row of headings, each over several columns (甲方（管理方） | 乙方（责任方）, 我方 | 对方,
 * 群众信息 | 走访信息): the heading over a box's column, in the nearest such row above it, is its section.
 */
function sideColumn(cell: HTMLTableCellElement, cache: PageCache): string | null {
  const row = cell.parentElement as HTMLTableRowElement | null;
  const table = cell.closest('table');
  if (!row || !table || !cell.querySelector(CONTROL)) return null;
  const above = sidesRows(table, cache).findLast((sides) => sides.rowIndex < row.rowIndex);
  if (!above) return null;
  // A box spanning both sides (三包内容 across the table) is neither's.
  const start = columnOf(cell);
  const headers = columnHeaders([above], start);
  const end = columnHeaders([above], start + Math.max(1, cell.colSpan) - 1);
  return headers.length === 1 && end[0] === headers[0] ? textOf(headers[0]) : null;
}

/**
 * A caption down the side of several rows (老人信息, 赡养人, 探访情况 written vertically on a print form): the section of
 * each box in those rows, saying whose they are as a heading over a block would.
 */
function rowGroup(cell: HTMLTableCellElement): string | null {
  const row = cell.parentElement as HTMLTableRowElement | null;
  const table = cell.closest('table');
  if (!row || !table || !cell.querySelector(CONTROL)) return null;
  for (let index = row.rowIndex; index >= 0; index--) {
    const first = table.rows[index].cells[0];
    if (!first || first.rowSpan < 2 || index + first.rowSpan <= row.rowIndex) continue;
    const text = first.querySelector(CONTROL) ? '' : textOf(first);
    return text.length >= 2 && text.length <= 12 ? text : null;
  }
  return null;
}

/** A table's rows of side headings, found once per table (a ledger may hold hundreds of rows of boxes). */
function sidesRows(table: HTMLTableElement, cache: PageCache): HTMLTableRowElement[] {
  let rows = cache.sidesRows.get(table);
  if (!rows) cache.sidesRows.set(table, (rows = [...table.rows].filter(isSidesRow)));
  return rows;
}

/** Two or more headings side by side, each spanning columns, with no box among them. */
function isSidesRow(row: HTMLTableRowElement): boolean {
  const cells = [...row.cells];
  return cells.length >= 2 && !row.querySelector(CONTROL) && cells.every((c) => c.colSpan >= 2 && textOf(c).length >= 2 && textOf(c).length <= 20);
}

/** What the page calls itself: its title and first headings (card headers: el-card__header, ivu-card-head; the title of a
 * drawer or dialog the form is in; a mobile page's nav bar; breadcrumbs). */
export function pageHeadline(doc: Document): string {
  const headings = [...doc.querySelectorAll('h1, h2, .breadcrumb, [class*=breadcrumb], [class*=card-head], [class*=panel-heading], [class*=page-title], [class*=drawer-title], [class*=modal-title], [class*=dialog__title], [class*=nav-bar__title], [class*=nav-bar-title]')];
  return doc.title + ' ' + headings.slice(0, 6).map(textOf).join(' ');
}

/** A page about the user themself (个人中心, 个人资料), by its headline (read once per detection by the caller). */
export function isSelfPage(doc: Document, title = pageHeadline(doc)): boolean {
  if (SELF_PAGE_WORDS.some((word) => title.includes(word)) || MINE.test(title)) return true;
  // "基本资料" alone may be a resident's; with the account's own fields (用户名, 当前密码) it is the user's.
  return SELF_PAGE_WEAK_WORDS.some((word) => title.includes(word)) && hasAccountFields(doc);
}

/** A page under the user's own menu (我的 · 个人信息, 我的 > 基本资料): the words of SELF_PAGE_WEAK_WORDS are the user's. */
const MINE = new RegExp(`我的[\\s·•|/>\\-—]*(${SELF_PAGE_WEAK_WORDS.join('|')})`);

/** The form edits a login account: a password field, or a 用户名/登录账号 field. */
function hasAccountFields(doc: Document): boolean {
  if (doc.querySelector('input[type=password]')) return true;
  return [...doc.querySelectorAll('label, .layui-form-label, .el-form-item__label, .ant-form-item-label, th, td')]
    .slice(0, 200)
    .some((el) => /^(用户名|登录名|登录账号|账号|帐号|用户账号)$/.test(normalizeLabel(textOf(el))));
}
