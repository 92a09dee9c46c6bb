// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { detectFields } from '@/lib/autofill';
import { PICKER_ATTRIBUTE, fieldUnder, startPicking } from '@/components/extension/fieldPicker';
import { installAgent } from '@/components/extension/injectedAgent';
import { AgentPick } from '@/lib/messages';

// A form with the kinds of controls the picker must resolve to the element detection reports.
const FORM = `
  <form>
    <div class="el-form-item"><label class="el-form-item__label">所属社区</label><div class="el-form-item__content">
      <div class="el-select"><div class="el-input el-input--suffix"><input class="el-input__inner" readonly placeholder="请选择">
        <span class="el-input__suffix"><i class="el-select__caret"></i></span></div></div></div></div>
    <div class="el-form-item"><label class="el-form-item__label">性别</label><div class="el-form-item__content">
      <div class="el-radio-group" role="radiogroup">
        <label class="el-radio"><span class="el-radio__input"><input type="radio" name="xb" value="1"></span><span class="el-radio__label">男</span></label>
        <label class="el-radio"><span class="el-radio__input"><input type="radio" name="xb" value="2"></span><span class="el-radio__label">女</span></label>
      </div></div></div>
    <label for="jjlxrdh">紧急联系人电话</label><input id="jjlxrdh" name="jjlxrdh">
    <div id="host"></div>
  </form>`;

const lookup = (elements: Element[]) => new Map(elements.map((e, i) => [e, i] as const));

describe('picking a field on the page: what is under the pointer', () => {
  beforeEach(() => {
    delete window.__footstepsAutofill;
    document.body.innerHTML = FORM;
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<label>诉求人姓名<input name="sqr"></label>';
  });

  it('resolves inner parts of widgets, labels and shadow content to the element detectFields reports', () => {
    const fields = detectFields(document);
    const index = lookup(fields.map((f) => f.element));
    const shadow = document.getElementById('host')!.shadowRoot!;
    const at = (node: Node | null) => fieldUnder(node, index);
    const labelled = (label: string) => fields.findIndex((f) => f.label.includes(label));

    // The caret inside an Element UI select: the select, not its inner input.
    expect(fields[at(document.querySelector('.el-select__caret'))!].element.className).toContain('el-select');
    expect(at(document.querySelector('.el-select__caret'))).toBe(labelled('所属社区'));
    // A radio's text: the whole group.
    expect(at(document.querySelectorAll('.el-radio__label')[1].firstChild)).toBe(labelled('性别'));
    expect(fields[labelled('性别')].kind).toBe('radio');
    // A <label for> leads to its control; the input itself too.
    expect(at(document.querySelector('label[for=jjlxrdh]')!.firstChild)).toBe(labelled('紧急联系人电话'));
    expect(at(document.getElementById('jjlxrdh'))).toBe(labelled('紧急联系人电话'));
    // Inside an open shadow root.
    expect(at(shadow.querySelector('input'))).toBe(labelled('诉求人姓名'));
    // Not a field: the form-item label of the select, the page body.
    expect(at(document.querySelector('.el-form-item__label'))).toBeUndefined();
    expect(at(document.body)).toBeUndefined();
  });

  it('walks out of a same-origin frame to the frame when the frame itself is the field (an editor)', () => {
    const frame = document.createElement('iframe');
    document.body.appendChild(frame);
    const inner = frame.contentDocument!;
    inner.body.innerHTML = '<p>正文<b>加粗</b></p>';
    expect(fieldUnder(inner.querySelector('b')!.firstChild, lookup([frame]))).toBe(0);
    expect(fieldUnder(inner.querySelector('b'), lookup([inner.body.querySelector('p')!]))).toBe(0);
  });
});

describe('the picking layer', () => {
  const layer = () => document.querySelector(`[${PICKER_ATTRIBUTE}]`);
  const tag = () => layer()!.shadowRoot!.querySelector<HTMLElement>('.tag')!;
  /** jsdom has no layout: the point under the pointer is given. */
  const pointAt = (el: Element) => { document.elementsFromPoint = () => [layer()!, el]; };
  const pointer = (type: string) => layer()!.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, clientX: 5, clientY: 5 }));

  beforeEach(() => {
    document.body.innerHTML = '<input id="a"><input id="b"><p id="text">说明文字</p>';
  });

  it('outlines the field under the pointer with its tag, and a click picks it; the layer is removed', async () => {
    const a = document.getElementById('a')!;
    const b = document.getElementById('b')!;
    const picking = startPicking(document, [{ element: a, tag: '姓名 · 居民姓名' }, { element: b, tag: '备注 · 未识别' }]);
    expect(layer()).not.toBeNull();
    pointAt(b);
    pointer('pointermove');
    expect([tag().textContent, tag().style.display]).toEqual(['备注 · 未识别', 'block']);
    // The page never sees the pointer while picking.
    let pageSaw = 0;
    document.body.addEventListener('mousedown', () => pageSaw++);
    expect(pointer('mousedown')).toBe(false);
    pointAt(document.getElementById('text')!);
    pointer('click');
    expect(layer()!.shadowRoot!.querySelector('.hint')!.textContent).toContain('不是脚步识别到的表单字段');
    pointAt(b);
    pointer('click');
    expect(await picking.result).toBe(1);
    expect(layer()).toBeNull();
    expect(pageSaw).toBe(0);
  });

  it('Esc cancels, and so does the extension; nothing is left on the page', async () => {
    const targets = [{ element: document.getElementById('a')!, tag: '姓名' }];
    const first = startPicking(document, targets);
    document.getElementById('a')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(await first.result).toBeNull();
    expect(layer()).toBeNull();
    const second = startPicking(document, targets);
    second.cancel();
    expect(await second.result).toBeNull();
    expect(layer()).toBeNull();
  });

  it('through the agent: a pick answers with the field as the panel lists it; cancelPick answers null', async () => {
    delete window.__footstepsAutofill;
    document.body.innerHTML = '<table><tr><td>户主姓名：</td><td><input name="hzxm"></td></tr><tr><td>紧急联系人电话：</td><td><input name="jjlxrdh"></td></tr></table>';
    installAgent();
    const agent = window.__footstepsAutofill!;
    const overrides = [{ selector: { name: 'hzxm' }, key: null }];
    const picked = agent.pick(overrides);
    pointAt(document.querySelector('[name=jjlxrdh]')!);
    pointer('pointermove');
    expect(tag().textContent).toBe('紧急联系人电话 · 未识别');
    pointAt(document.querySelector('[name=hzxm]')!);
    pointer('pointermove');
    expect(tag().textContent).toBe('户主姓名 · 未识别（模板）');
    pointer('click');
    const answer = AgentPick.parse(structuredClone(await picked));
    expect(answer.field).toMatchObject({ ref: '0', key: null, fromTemplate: true, selector: { name: 'hzxm' } });

    // chrome.scripting drops the null of a "never fill" correction on the way in: still never filled.
    expect(agent.page([{ selector: { name: 'hzxm' } } as never]).fields[0]).toMatchObject({ key: null, fromTemplate: true });

    const cancelled = agent.pick([]);
    expect(agent.cancelPick()).toBe(true);
    expect(await cancelled).toEqual({ field: null });
    expect(layer()).toBeNull();
  });
});
