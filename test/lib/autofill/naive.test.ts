// @vitest-environment jsdom
// Naive UI forms in jsdom: the markup its n-form-item, n-input, n-select and n-date-picker render (as Naive 2.45
// writes it in the demo page test/fixtures/gov-site/naive), found, labelled, read, and a select operated through
// a stand-in for its teleported menu. The real framework is filled in test/e2e/autofill-naive.e2e.ts.
import { describe, expect, it } from 'vitest';
import { detectFields, fillFields } from '../../../lib/autofill';
import { DROPDOWNS, dateFormatOf, dropdownWidget } from '../../../lib/autofill/widgets';
import { page } from './page';

const item = (label: string, control: string) =>
  `<div class="n-form-item n-form-item--left-labelled"><label class="n-form-item-label"><span class="n-form-item-label__text">${label}</span></label>` +
  `<div class="n-form-item-blank">${control}</div></div>`;
const nInput = (placeholder = '请输入') =>
  `<div class="n-input"><div class="n-input-wrapper"><div class="n-input__input"><input type="text" class="n-input__input-el" placeholder="${placeholder}" value="">` +
  `<div class="n-input__placeholder"><span>${placeholder}</span></div></div></div></div>`;
const placeholder = (text: string) => `<div class="n-base-selection-placeholder n-base-selection-overlay"><div class="n-base-selection-placeholder__inner">${text}</div></div>`;
/** What a select that is neither filterable nor multiple shows: the chosen label, or the placeholder. No input at all. */
const shownLabel = (chosen?: string) =>
  chosen ? `<div class="n-base-selection-input" title="${chosen}"><div class="n-base-selection-input__content">${chosen}</div></div>` : placeholder('请选择');
const nSelect = (chosen?: string) =>
  `<div class="n-select"><div class="n-base-selection"><div class="n-base-selection-label" tabindex="0">${shownLabel(chosen)}</div></div></div>`;
/** A filterable one types into its pattern input; the chosen label is an overlay beside it. */
const filterable = (chosen?: string) =>
  `<div class="n-select"><div class="n-base-selection"><div class="n-base-selection-label"><input class="n-base-selection-input" placeholder="" tabindex="-1" value="">` +
  (chosen ? `<div class="n-base-selection-label__render-label n-base-selection-overlay"><div class="n-base-selection-overlay__wrapper">${chosen}</div></div>` : placeholder('输入网格名称查找')) +
  `</div></div></div>`;
const multiple = (tags: string[]) =>
  `<div class="n-select"><div class="n-base-selection n-base-selection--multiple"><div class="n-base-selection-tags" tabindex="0">` +
  tags.map((tag) => `<div class="n-base-selection-tag-wrapper"><div class="n-tag n-tag--closable"><span class="n-tag__content">${tag}</span></div></div>`).join('') +
  `</div>${tags.length ? '' : placeholder('可多选')}</div></div>`;
const datePicker = (placeholderText = '选择日期') => `<div class="n-date-picker">${nInput(placeholderText)}</div>`;

const VISIT_FORM = `<form class="n-form"><div class="n-card"><div class="n-card-header"><div class="n-card-header__main">走访情况</div></div>
  ${item('被走访人', nInput())}
  ${item('人员标签', multiple([]))}
  ${item('所属网格', filterable())}
  ${item('走访日期', datePicker())}
  ${item('走访方式', nSelect())}
  ${item('群众满意度', nSelect())}
  ${item('备注', nInput())}
</div></form>`;

const naive = DROPDOWNS.find((flavor) => flavor.framework === 'naive')!;

describe('Naive UI forms', () => {
  it('finds every n-form-item by its label, the selects that hold no input among them', () => {
    const found = detectFields(page(VISIT_FORM)).map((f) => [f.label, f.key, f.kind, f.framework]);
    expect(found).toEqual([
      ['被走访人', 'resident.name', 'text', 'native'],
      ['人员标签', 'resident.tags', 'custom-select', 'naive'],
      ['所属网格', 'place.grid', 'custom-select', 'naive'],
      ['走访日期', 'visit.date', 'date', 'naive'],
      ['走访方式', 'visit.type', 'custom-select', 'naive'],
      // Distractors: no key, never filled.
      ['群众满意度', null, 'custom-select', 'naive'],
      ['备注', null, 'text', 'native'],
    ]);
  });

  it('reads what a select shows: its tags, its chosen label, never its placeholder', () => {
    const doc = page(item('人员标签', multiple(['低保户', '残疾人'])) + item('所属网格', filterable('台兴第一网格')) + item('走访方式', nSelect('座谈会')) + item('满意度', nSelect()));
    const [tags, grid, type, empty] = [...doc.querySelectorAll<HTMLElement>('.n-select')].map((root) => dropdownWidget(root, naive));
    expect(tags.read()).toEqual(['低保户', '残疾人']);
    expect(tags.multiple).toBe(true);
    expect(grid.read()).toEqual(['台兴第一网格']);
    expect(type.read()).toEqual(['座谈会']);
    expect(type.multiple).toBe(false);
    expect(empty.read()).toEqual([]);
    expect(empty.empty()).toBe(true);
  });

  it('writes a date-time picker’s full timestamp (its placeholder says 日期时间)', () => {
    const doc = page(item('走访时间', datePicker('选择日期时间')) + item('走访日期', datePicker()));
    const [dateTime, date] = doc.querySelectorAll('input');
    expect(dateFormatOf(dateTime)).toBe('yyyy-MM-dd HH:mm:ss');
    expect(dateFormatOf(date)).toBe('yyyy-MM-dd');
  });

  it('takes a range picker (two boxes in one n-input) as one date range, never as two single dates', () => {
    const box = (placeholderText: string) => `<div class="n-input__input"><input type="text" class="n-input__input-el" placeholder="${placeholderText}" value=""></div>`;
    const range = `<div class="n-date-picker n-date-picker--range"><div class="n-input n-input--pair"><div class="n-input-wrapper">${box('开始日期')}<div class="n-input__separator">→</div>${box('结束日期')}</div></div></div>`;
    const found = detectFields(page(item('走访起止日期', range) + item('有效期', range)));
    expect(found.map((f) => [f.label, f.key, f.kind, f.framework])).toEqual([
      ['走访起止日期', 'visit.date', 'date-range', 'naive'],
      ['有效期', null, 'date-range', 'naive'],
    ]);
  });

  it('opens the menu Naive teleports to <body> from the selection box and picks the option by its text', async () => {
    const doc = page(item('走访方式', nSelect()) + item('群众满意度', nSelect()));
    const [typeBox] = doc.querySelectorAll('.n-base-selection');
    // A stand-in for Naive's behaviour: a click on the box renders the menu in a follower under <body>; a click on
    // an option puts its label in the box and takes the menu away.
    typeBox.addEventListener('click', () => {
      const follower = doc.createElement('div');
      follower.className = 'v-binder-follower-container';
      follower.innerHTML = `<div class="n-base-select-menu"><div class="v-vl">${['入户走访', '座谈会', '电话回访']
        .map((text) => `<div class="n-base-select-option"><div class="n-base-select-option__content">${text}</div></div>`).join('')}</div></div>`;
      for (const option of follower.querySelectorAll('.n-base-select-option')) {
        option.addEventListener('click', () => {
          typeBox.querySelector('.n-base-selection-label')!.innerHTML = shownLabel(option.textContent!);
          follower.remove();
        });
      }
      doc.body.append(follower);
    });
    const report = await fillFields(doc, { 'visit.type': '座谈会' }, { timeoutMs: 500 });
    expect(report.filled.map((f) => [f.label, f.value])).toEqual([['走访方式', '座谈会']]);
    expect(typeBox.querySelector('.n-base-selection-input__content')?.textContent).toBe('座谈会');
    expect(doc.querySelector('.n-base-select-menu')).toBeNull();
    // The distractor beside it is left as it was.
    expect(doc.querySelectorAll('.n-base-selection-input__content')).toHaveLength(1);
  });
});
