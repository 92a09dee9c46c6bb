// The general rules added while fixing the corpus's dev misses (see corpus.test.ts), one case each.
import { describe, expect, it } from 'vitest';
import { sectionParty } from '../../../lib/autofill/party';
import { detectFields, fillFields } from '../../../lib/autofill';
import { keyOf, page } from './page';

const detect = (body: string, title = '') => detectFields(page(body, title));

describe('autofill generalizations', () => {
  it('reads a visit under its other names and the people who made it', () => {
    expect(keyOf('核查日期')).toBe('visit.date');
    expect(keyOf('慰问地点')).toBe('visit.location');
    expect(keyOf('服务内容')).toBe('visit.content');
    expect(keyOf('联系方式')).toBe('resident.phone');
    expect(keyOf('慰问人单位')).toBe('officer.unit');
    expect(keyOf('党员姓名')).toBe('officer.name');
    expect(keyOf('志愿者')).toBe('officer.name');
  });

  it('leaves an unknown person’s phone and the other party alone', () => {
    expect(keyOf('承办人联系电话')).toBeNull();
    expect(sectionParty(['对方当事人'])).toBe('other');
    expect(sectionParty(['受理信息'])).toBe('officer');
  });

  it('labels a group by its own leading text and fills a readonly date input', async () => {
    const doc = page(`<form>
      <div><span>性别</span><input type="radio" name="a" id="a1"><label for="a1">男性</label><input type="radio" name="a" id="a2"><label for="a2">女性</label></div>
      <div><span>入户时间</span><input id="d" readonly placeholder="yyyy年MM月dd日"></div></form>`);
    expect(detectFields(doc).map((f) => f.key)).toEqual(['resident.gender', 'visit.date']);
    await fillFields(doc, { 'resident.gender': '女', 'visit.date': '2024-05-12' });
    expect((doc.getElementById('a2') as HTMLInputElement).checked).toBe(true);
    expect((doc.getElementById('d') as HTMLInputElement).value).toBe('2024年05月12日');
  });

  it('does not take a heading for a label, nor put a phone into a choice list', () => {
    const fields = detect(`<div class="nav">民情日记</div><div>
      <input id="d" readonly placeholder="请选择日期（yyyy-MM-dd）"><input placeholder="走访地点">
      <select title="联系方式"><option>入户走访</option><option>电话联系</option></select></div>`);
    expect(fields.map((f) => f.key)).toEqual(['visit.date', 'visit.location', 'visit.type']);
  });

  it('takes a bare contact on a topic application as the user', () => {
    const fields = detect(`<form><label>课题名称<input></label><label>联系人<input></label><label>联系电话<input></label></form>`);
    expect(fields.map((f) => f.key)).toEqual(['topic.title', 'officer.name', 'officer.phone']);
  });
});
