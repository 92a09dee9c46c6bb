// Choices and places: the care categories, the way a visit was made, a matter's class, source and stage, and the
// street/community/grid, as grassroots systems offer them in selects, radios and boxes to tick.
import { describe, expect, it } from 'vitest';
import { detectFields, fillFields } from '../../../lib/autofill';
import { keys, page } from './page';

const select = (label: string, options: string[], multiple = false) =>
  `<label>${label}<select${multiple ? ' multiple' : ''}><option value="">请选择</option>${options.map((o) => `<option>${o}</option>`).join('')}</select></label>`;
const ticks = (label: string, options: string[], type = 'checkbox') =>
  `<div><span>${label}</span>${options.map((o) => `<label><input type="${type}" name="g" value="${o}">${o}</label>`).join('')}</div>`;

/** The options the fill picked on the page: selected in its selects, ticked among its boxes. */
async function picked(body: string, values: Record<string, string | string[]>) {
  const doc = page(body);
  await fillFields(doc, values, { timeoutMs: 100 });
  const selected = [...doc.querySelectorAll('option')].filter((o) => o.selected && o.value).map((o) => o.text);
  return [...selected, ...[...doc.querySelectorAll('input')].filter((box) => box.checked).map((box) => box.value)];
}

describe('choices keyed by their label', () => {
  it('the group a person is counted in is the care categories', () => {
    expect(keys(page(select('群体类型', ['独居老人', '留守儿童', '残疾人'])))).toEqual(['resident.tags']);
    expect(keys(page(ticks('困难群体类别', ['低保户', '特困人员', '重残'])))).toEqual(['resident.tags']);
    expect(keys(page(select('困难户类别', ['低保户', '特困户', '边缘户'])))).toEqual(['resident.tags']);
  });

  it('how a matter came in, who reported it or where it was found is its source', () => {
    expect(keys(page(select('受理方式', ['来电', '来访', '网上'])))).toEqual(['issue.source']);
    expect(keys(page(ticks('信访形式', ['来信', '来访', '网上信访'], 'radio')))).toEqual(['issue.source']);
    expect(keys(page(select('上报渠道', ['网格员上报', '群众反映', '12345热线'])))).toEqual(['issue.source']);
    expect(keys(page(select('发现来源', ['走访发现', '巡查发现'])))).toEqual(['issue.source']);
    // How the resident came (来访方式: 上门/来电) stays the visit's way.
    expect(keys(page(select('来访方式', ['上门走访', '来电'])))).toEqual(['visit.type']);
  });

  it('the class of a hazard, a 城管 case or a dispute is the matter\'s category; a letter\'s kind is not', () => {
    expect(keys(page(select('隐患类型', ['消防安全', '燃气安全', '建筑安全'])))).toEqual(['issue.category']);
    expect(keys(page(select('案件类别', ['市容环境', '街面秩序', '宣传广告'])))).toEqual(['issue.category']);
    expect(keys(page(select('矛盾类型', ['婚姻家庭', '邻里纠纷', '土地权属'])))).toEqual(['issue.category']);
    expect(keys(page(select('信件类型', ['咨询', '投诉', '建议'])))).toEqual([null]);
  });

  it('the street, the village and the grid, however the form brackets them', () => {
    expect(keys(page(select('所属镇（街道）', ['城关镇', '东城街道'])))).toEqual(['place.street']);
    expect(keys(page(select('所在村', ['新华村', '和平村'])))).toEqual(['place.community']);
    expect(keys(page('<label>网格号<input></label>'))).toEqual(['place.grid']);
    expect(keys(page(select('网格名', ['第一网格', '第二网格'])))).toEqual(['place.grid']);
    // A code is not a grid's name.
    expect(keys(page('<label>网格编码<input></label>'))).toEqual([null]);
  });
});

describe('choices keyed by their options', () => {
  it('an activity\'s form is how the visit was made when it offers visits, not a show or a match', () => {
    expect(keys(page(ticks('开展形式', ['入户走访', '座谈交流', '集中宣讲'], 'radio')))).toEqual(['visit.type']);
    expect(keys(page(select('活动形式', ['上门走访', '电话联系'])))).toEqual(['visit.type']);
    expect(keys(page(select('活动形式', ['文艺演出', '体育比赛', '知识竞赛'])))).toEqual([null]);
    // A family doctor's 访视 and a party member's 联系形式 with their households, by the ways they offer.
    expect(keys(page(select('访视方式', ['入户访视', '电话访视', '门诊'])))).toEqual(['visit.type']);
    expect(keys(page(ticks('联系形式', ['上门走访', '电话联系', '微信联系'], 'radio')))).toEqual(['visit.type']);
    expect(keys(page(select('联系形式', ['手机', '固话', '邮箱'])))).toEqual([null]);
    // How a ledger's mood was gathered (收集方式: 入户走访/院落会/电话): the visit's way, when its options say so.
    expect(keys(page(select('收集方式', ['入户走访', '院落会', '电话', '群众来访'])))).toEqual(['visit.type']);
    expect(keys(page(select('收集方式', ['纸质', '电子'])))).toEqual([null]);
    expect(keys(page(select('采集方式', ['入户走访', '电话核实', '楼栋长代报'])))).toEqual(['visit.type']);
  });

  it('a progress offering the stages of handling is the matter\'s status; one given as a share is not', () => {
    expect(keys(page(select('办理进度', ['待办', '办理中', '已办结', '已销号'])))).toEqual(['issue.status']);
    expect(keys(page(select('当前状态', ['待处理', '处置中', '已处置'])))).toEqual(['issue.status']);
    expect(keys(page(ticks('销号情况', ['已销号', '未销号'], 'radio')))).toEqual(['issue.status']);
    expect(keys(page(select('整改进度', ['未整改', '整改中', '已整改'])))).toEqual(['issue.status']);
    expect(keys(page('<label>整改进度<input>%</label>'))).toEqual([null]);
    expect(keys(page(select('进度', ['30%', '60%', '100%'])))).toEqual([null]);
    // 办理进展 reads as how the matter ended; offering the stages it is how far it has come.
    expect(keys(page(select('办理进展', ['已受理', '办理中', '已办结'])))).toEqual(['issue.status']);
    expect(keys(page('<label>办理进展<textarea></textarea></label>'))).toEqual(['issue.result']);
    // 完成情况 offering the stages is how far the rectification has come.
    expect(keys(page(select('完成情况', ['待办', '办理中', '已办结', '已销号'])))).toEqual(['issue.status']);
    expect(keys(page('<label>完成情况<textarea></textarea></label>'))).not.toEqual(['issue.status']);
  });
});

describe('picking the option', () => {
  const tags = ['独居老人', '低保户'];

  it('ticks the categories a list offers, though it lacks others the resident has', async () => {
    expect(await picked(ticks('困境类型', ['单亲困难母亲', '留守妇女', '低保户']), { 'resident.tags': tags })).toEqual(['低保户']);
    expect(await picked(select('户别', ['一般户', '独居老人', '低保户', '残疾人'], true), { 'resident.tags': tags })).toEqual(['独居老人', '低保户']);
    // One to choose: the first the list offers.
    expect(await picked(select('人员类别', ['退役军人', '低保户', '重点人员']), { 'resident.tags': tags })).toEqual(['低保户']);
  });

  it('ticks nothing when no category of the resident is offered', async () => {
    expect(await picked(ticks('困境类型', ['单亲困难母亲', '留守妇女', '重病']), { 'resident.tags': tags })).toEqual([]);
    expect(await picked(select('人员类别', ['退役军人', '重点人员']), { 'resident.tags': tags })).toEqual([]);
  });

  it('takes the way, source and stage by their text, and not an option that merely shares a word with others', async () => {
    expect(await picked(ticks('走访方式', ['入户走访', '电话回访', '微信联系'], 'radio'), { 'visit.type': '入户走访' })).toEqual(['入户走访']);
    expect(await picked(select('办理状态', ['待办', '办理中', '已办结']), { 'issue.status': '办理中' })).toEqual(['办理中']);
    expect(await picked(select('问题来源', ['12345热线', '网格员上报', '走访发现']), { 'issue.source': '走访' })).toEqual(['走访发现']);
    expect(await picked(select('问题来源', ['走访发现', '入户走访', '信访']), { 'issue.source': '走访' })).toEqual([]);
  });

  it('a tenant\'s sex under the 承租人 heading, from a numbered choice', async () => {
    const body = `<h3>承租人</h3><p><label>姓名<input></label>${select('性别', ['1.男', '2.女'])}</p>`;
    expect(await picked(body, { 'resident.gender': '女' })).toEqual(['2.女']);
  });
});

/**
 * Choices drawn without an input (Naive's n-checkbox, vant's van-radio): role=checkbox/radio elements that say their
 * state in aria-checked. The page's script stands in for the framework: a click toggles the state and its model.
 */
describe('choices drawn in ARIA, with no input', () => {
  // Each named by its own option, as Naive does (aria-labelledby its label span): that names the option, not the question.
  const choice = (role: string, text: string, extra = '') =>
    `<div role="${role}" aria-checked="false" aria-labelledby="o-${text}" class="n-${role}${extra}"><span id="o-${text}">${text}</span></div>`;
  const group = (label: string, role: string, options: string[], extra: (o: string) => string = () => '') =>
    `<div class="n-form-item"><label>${label}</label><div role="${role === 'radio' ? 'radiogroup' : 'group'}">${options.map((o) => choice(role, o, extra(o))).join('')}</div></div>`;
  /** Wires each choice to toggle on click (a radio un-picks the others) and returns what is ticked. */
  function framework(doc: Document): () => string[] {
    for (const el of doc.querySelectorAll<HTMLElement>('[role=radio], [role=checkbox]')) {
      el.addEventListener('click', () => {
        if (el.classList.contains('n-checkbox--disabled')) return;
        const radio = el.getAttribute('role') === 'radio';
        if (radio) el.parentElement!.querySelectorAll('[role=radio]').forEach((r) => r.setAttribute('aria-checked', 'false'));
        el.setAttribute('aria-checked', String(radio || el.getAttribute('aria-checked') !== 'true'));
      });
    }
    return () => [...doc.querySelectorAll('[aria-checked=true]')].map((el) => el.textContent!);
  }
  const FORM = group('人员类别', 'checkbox', ['低保户', '独居老人', '留守儿童'], (o) => (o === '留守儿童' ? ' n-checkbox--disabled' : '')) +
    group('走访方式', 'radio', ['入户走访', '电话联系', '座谈']);

  it('are found as one question each, keyed by their label', () => {
    const fields = detectFields(page(FORM));
    expect(fields.map((f) => [f.label, f.key, f.kind])).toEqual([['人员类别', 'resident.tags', 'checkbox'], ['走访方式', 'visit.type', 'radio']]);
  });

  it('are ticked by a click on each option a person would pick, never a disabled one, and unticked on undo', async () => {
    const doc = page(FORM);
    const ticked = framework(doc);
    const report = await fillFields(doc, { 'resident.tags': ['独居老人', '留守儿童'], 'visit.type': '电话联系' }, { timeoutMs: 100 });
    // 留守儿童 is disabled: not offered, so only the categories the form still offers are ticked.
    expect(ticked()).toEqual(['独居老人', '电话联系']);
    expect(report.filled.map((f) => f.label)).toEqual(['人员类别', '走访方式']);
    const undone = await report.undo();
    // The boxes are unticked by a click; no click un-picks a radio and this page has no framework model to empty, so
    // the undo says so rather than claim it.
    expect(ticked()).toEqual(['电话联系']);
    expect(undone.failed.map((f) => f.label)).toEqual(['走访方式']);
  });

  it('leave a choice holding its own input to that input (no second field)', () => {
    const vant = `<div><span>回访方式</span><div role="radiogroup">${['电话回访', '上门回访'].map((o) => `<div role="radio"><input type="radio" name="hf" hidden><span>${o}</span></div>`).join('')}</div></div>`;
    expect(detectFields(page(vant)).map((f) => f.label)).toEqual(['回访方式']);
  });
});

describe('one pick among kinds of resident, and ways offered in a prompt', () => {
  it('picks one of the resident\'s categories where a single choice offers kinds of resident (户别, 群众类别)', async () => {
    const doc = page(`<form>${select('户别', ['一般户', '脱贫户', '低保户', '五保户', '残疾人家庭'])}
      ${ticks('群众类别', ['脱贫户', '监测户', '低保户', '独居老人', '一般户'], 'radio')}${select('户别', ['家庭户', '集体户'])}
      ${select('家庭类别', ['低保户', '特困供养', '困难家庭', '一般家庭'])}</form>`);
    expect(keys(doc)).toEqual(['resident.tags', 'resident.tags', null, 'resident.tags']);
    const applied = page(`<form>${ticks('申请类别', ['低保户', '特困供养', '低保边缘家庭'], 'radio')}${select('申请类别', ['城市低保', '农村低保'])}</form>`);
    expect(keys(applied)).toEqual(['resident.tags', null]);
    await fillFields(doc, { 'resident.tags': ['独居老人', '低保户'] });
    expect((doc.querySelector('select') as HTMLSelectElement).value).toBe('低保户');
    expect([...doc.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value)).toEqual(['独居老人']);
  });

  it('reads 联系方式 as the way of the visit where its prompt offers ways of meeting, not a number or an account', () => {
    const doc = page(`<form><label>联系方式<input placeholder="入户走访/电话联系/微信联系"></label>
      <label>联系方式<input placeholder="电话/微信"></label></form>`);
    expect(keys(doc)).toEqual(['visit.type', 'resident.phone']);
  });
});

describe('a native radio drawn inside a framework\'s option', () => {
  it('is read and picked by the option\'s text (vant: <div role="radio"><input hidden-native><span>女</span></div>)', async () => {
    const option = (value: string, text: string) =>
      `<div role="radio" class="van-radio"><input type="radio" name="sex" value="${value}" class="van-radio__input"><span class="van-radio__label">${text}</span></div>`;
    const doc = page(`<form><div class="van-field"><span>性别</span><div role="radiogroup">${option('1', '男')}${option('2', '女')}</div></div></form>`);
    await fillFields(doc, { 'resident.gender': '女' });
    expect(doc.querySelector<HTMLInputElement>('input[value="2"]')!.checked).toBe(true);
  });
});
