// The general rules added while fixing the corpus's dev misses (see corpus.test.ts), one case each.
import { describe, expect, it } from 'vitest';
import { sectionParty } from '../../../lib/autofill/party';
import { detectFields, fillFields } from '../../../lib/autofill';
import { keyOf, keys, page } from './page';

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

describe('the body the user belongs to, by the shape of its name', () => {
  it('reads a station, bureau or office after 所在/所属, or a grassroots station named bare, as the user\'s unit', () => {
    for (const label of ['所在财政所', '所属市场监管分局', '所在农技站', '所属国土资源所', '所在镇综治中心', '派出所', '警务站（室）']) {
      expect(keyOf(label), label).toBe('officer.unit');
    }
  });

  it('keeps it the user\'s on a form about a resident, but not a place, a home\'s registration or a resident\'s own section', () => {
    const doc = page(`<form>
      <p><label>客户姓名<input></label></p><p><label>联系电话<input></label></p>
      <p><label>所属财政所<input></label></p><p><label>工作单位<input></label></p></form>`);
    expect(keys(doc).slice(2)).toEqual(['officer.unit', null]);
    for (const label of ['所在场所', '经营场所', '户籍派出所', '户籍所在派出所', '活动室']) expect(keyOf(label), label).toBeNull();
    expect(keyOf('所属派出所', { party: 'resident', selfPage: false })).toBeNull();
    const registration = page(`<form><h3>户籍信息</h3>
      <p><label>户籍地址<input></label></p><p><label>所属派出所<input></label></p></form>`);
    expect(keys(registration)[1]).toBeNull();
  });
});

describe('who takes a matter on, by composition', () => {
  it('reads a taking or passing act, the handling between, then a body, a person of it or 至', () => {
    expect(keyOf('牵头落实单位')).toBe('issue.ownerUnit');
    expect(keyOf('承担整改部门')).toBe('issue.ownerUnit');
    expect(keyOf('主办科室')).toBe('issue.ownerUnit');
    expect(keyOf('分派办理机构')).toBe('issue.ownerUnit');
    expect(keyOf('移交至')).toBe('issue.ownerUnit');
    expect(keyOf('需转办')).toBe('issue.ownerUnit');
    expect(keyOf('报到部门负责人')).toBe('issue.owner');
    expect(keyOf('主办同志')).toBe('issue.owner');
    expect(keyOf('具体承办人')).toBe('issue.owner');
    expect(keyOf('整改落实负责同志')).toBe('issue.owner');
  });

  it('leaves who passes it on or checks it, an act that names no handler alone, and a body of the user\'s own', () => {
    for (const label of ['交办人', '转办人', '审核单位', '督办单位', '报到人', '报到单位', '牵头部门', '负责同志', '承办单位意见']) {
      expect(keyOf(label), label).toBeNull();
    }
    expect(keyOf('承担处室')).toBe('officer.unit');
    expect(keyOf('主办执法人员')).toBe('officer.name');
  });

  it('reads a handling\'s deadline by closing a case, or acts offered before one head', () => {
    expect(keyOf('结案时限')).toBe('issue.deadline');
    expect(keyOf('要求反馈/整改日期')).toBe('issue.deadline');
    expect(keyOf('出生/入职日期')).toBeNull();
    expect(keyOf('入职期限')).toBeNull();
  });

  it('reads putting findings into practice as handling a matter, and the whistle a street blows as the user\'s', () => {
    expect(keyOf('转化措施')).toBe('issue.measures');
    expect(keyOf('转化效果')).toBe('issue.result');
    expect(keyOf('吹哨部门')).toBe('officer.unit');
    expect(keyOf('吹哨人员')).toBe('officer.name');
  });
});

describe('what an inspector orders put right', () => {
  it('is the measures, but a bare 整改内容 is not said to be', () => {
    expect(keyOf('责令改正内容')).toBe('issue.measures');
    expect(keyOf('责令整改')).toBe('issue.measures');
    expect(keyOf('整改内容')).toBeNull();
  });
});
