import { describe, expect, it } from 'vitest';
import { keys, page } from '../page';

describe('what residents said (群众意见建议)', () => {
  it('is the matter they raised on a visit record that has no other box for it', () => {
    const doc = page(`<form>
      <p><label>走访日期<input placeholder="yyyy-MM-dd"></label></p>
      <p><label>谈话内容<textarea></textarea></label></p>
      <p><label>居民的意见和建议<textarea></textarea></label></p></form>`);
    expect(keys(doc)).toEqual(['visit.date', 'visit.content', 'issue.description']);
    const main = page(`<form><p><label>走访情况<textarea></textarea></label></p><p><label>群众主要意见<textarea></textarea></label></p></form>`);
    expect(keys(main)).toEqual(['visit.content', 'issue.description']);
  });

  it('is left empty where another box describes the matter, and never written into a choice', () => {
    const described = page(`<form>
      <p><label>诉求内容<textarea></textarea></label></p>
      <p><label>村民意见<textarea></textarea></label></p></form>`);
    expect(keys(described)).toEqual(['issue.description', null]);
    const choice = page(`<form><p><label>走访日期<input placeholder="yyyy-MM-dd"></label></p>
      <p><label>群众意见<select><option>满意</option><option>不满意</option></select></label></p></form>`);
    expect(keys(choice)).toEqual(['visit.date', null]);
  });

  it('is the feedback on a callback', () => {
    const doc = page(`<form>
      <p><label>回访人<input></label></p>
      <p><label>回访时间<input placeholder="yyyy-MM-dd"></label></p>
      <p><label>市民意见<textarea></textarea></label></p></form>`);
    expect(keys(doc)).toEqual(['officer.name', 'visit.date', 'issue.feedback']);
  });

  it('is the feedback on a callback with a remark in brackets after it (群众意见（回访记录）)', () => {
    const doc = page(`<form><p><label>回访时间<input placeholder="yyyy-MM-dd"></label></p>
      <p><label>群众意见（回访记录）<textarea></textarea></label></p></form>`);
    expect(keys(doc)).toEqual(['visit.date', 'issue.feedback']);
  });
});

describe('what people told the user, as a ledger writes it (民情内容)', () => {
  it('is the visit\'s account beside a box for the matter raised, and the matter itself alone', () => {
    const beside = page(`<form><label>户主姓名<input></label><label>走访时间<input placeholder="yyyy-MM-dd"></label>
      <label>民情内容<textarea></textarea></label><label>群众诉求<textarea></textarea></label></form>`);
    expect(keys(beside)).toEqual(['resident.name', 'visit.date', 'visit.content', 'issue.description']);
    const alone = page(`<form><label>群众姓名<input></label><label>民情摘要<input></label><label>民情内容<textarea></textarea></label></form>`);
    expect(keys(alone)).toEqual(['resident.name', 'issue.title', 'issue.description']);
  });
});

describe('what somebody raised, in a long box (纳税人提出的涉税诉求)', () => {
  it('is the matter the resident brought up, whoever they are called and however many asks the label lists', () => {
    const doc = page(`<form>
      <p><label>走访日期<input placeholder="yyyy-MM-dd"></label></p>
      <p><label>经营户提出的用工困难或诉求<textarea></textarea></label></p></form>`);
    expect(keys(doc)).toEqual(['visit.date', 'issue.description']);
  });

  it('is not ours when another field describes the matter, when our side raised it, or in a one-line box', () => {
    const described = page(`<form><p><label>问题描述<textarea></textarea></label></p>
      <p><label>商户反映的困难和意见<textarea></textarea></label></p></form>`);
    expect(keys(described)).toEqual(['issue.description', null]);
    const ours = page(`<form><p><label>工作组提出的意见<textarea></textarea></label></p>
      <p><label>网格员反映的困难和意见<textarea></textarea></label></p></form>`);
    expect(keys(ours)).not.toContain('issue.description');
    const line = page(`<form><p><label>商户反映的困难和意见<input></label></p></form>`);
    expect(keys(line)).toEqual([null]);
  });
});

describe('what the resident voices, by their noun and a head (渔民诉求, 群众顾虑, 老人所需所盼)', () => {
  it('is the matter the resident brought up, whichever noun of theirs and head of raising the label uses', () => {
    for (const label of ['渔民诉求', '群众顾虑', '农户反映', '老人所需所盼', '牧民盼啥', '群众盼什么', '消费者的困难和诉求']) {
      const doc = page(`<form><p><label>走访日期<input placeholder="yyyy-MM-dd"></label></p>
        <p><label>${label}<textarea></textarea></label></p></form>`);
      expect(keys(doc), label).toEqual(['visit.date', 'issue.description']);
    }
  });

  it('is a person of no known shape the form asks about as the resident (走访对象：经营者), not one it does not', () => {
    const visited = page(`<form><fieldset><legend>走访对象</legend><p><label>经营者<input></label></p></fieldset>
      <fieldset><legend>本次走访</legend><p><label>走访日期<input placeholder="yyyy-MM-dd"></label></p>
      <p><label>经营者的困难和诉求<textarea></textarea></label></p></fieldset></form>`);
    expect(keys(visited).slice(1)).toEqual(['visit.date', 'issue.description']);
    const unknown = page(`<form><p><label>走访日期<input placeholder="yyyy-MM-dd"></label></p>
      <p><label>经营者的困难和诉求<textarea></textarea></label></p></form>`);
    expect(keys(unknown)).toEqual(['visit.date', null]);
  });

  it('is an opinion said with no noun only in the resident’s section, and never in somebody else’s', () => {
    const doc = page(`<form><fieldset><legend>申请加装方（业主代表）</legend><p><label>姓名<input></label></p>
      <p><label>主要意见<textarea></textarea></label></p></fieldset>
      <fieldset><legend>持不同意见方</legend><p><label>姓名<input></label></p><p><label>主要意见<textarea></textarea></label></p></fieldset></form>`);
    expect(keys(doc)).toEqual(['resident.name', 'issue.description', null, null]);
    const against = page(`<form><p><label>受理日期<input placeholder="yyyy-MM-dd"></label></p>
      <fieldset><legend>被投诉方</legend><p><label>消费者诉求<textarea></textarea></label></p></fieldset></form>`);
    expect(keys(against)).not.toContain('issue.description');
  });

  it('is what people said under the record of the visit (民情记录: 意见建议), when nothing else describes the matter', () => {
    const doc = page(`<form><h3>户基本情况</h3><label>户主<input></label><h3>民情记录</h3>
      <label>采集日期<input placeholder="yyyy-MM-dd"></label><label>意见建议<textarea></textarea></label></form>`);
    expect(keys(doc)).toEqual(['resident.name', 'visit.date', 'issue.description']);
    const described = page(`<form><h3>户基本情况</h3><label>户主<input></label><h3>民情记录</h3>
      <label>群众需求<textarea></textarea></label><label>意见建议<textarea></textarea></label></form>`);
    expect(keys(described)).toEqual(['resident.name', 'issue.description', null]);
  });
});

describe('what the resident says on a callback', () => {
  it('is the feedback (信访人意见 under 回访情况), the description elsewhere', () => {
    const box = (label: string) => `<p><label>${label}<textarea></textarea></label></p>`;
    const callback = page(`<form><p><label>回访日期<input placeholder="yyyy-MM-dd"></label></p><p><label>信访人<input></label></p>${box('信访人意见')}</form>`);
    expect(keys(callback)[2]).toBe('issue.feedback');
    const visit = page(`<form><p><label>走访日期<input placeholder="yyyy-MM-dd"></label></p><p><label>信访人<input></label></p>${box('信访人意见')}</form>`);
    expect(keys(visit)[2]).toBe('issue.description');
  });
});

describe('a handling opinion on a callback', () => {
  it('is what to do next about a ticket (处理意见 after 回访情况), not the measures already taken', () => {
    const doc = page(`<form><p><label>回访时间<input placeholder="yyyy-MM-dd"></label></p><p><label>回访情况<textarea></textarea></label></p>
      <p><label>处理意见<textarea></textarea></label></p></form>`);
    expect(keys(doc)).toEqual(['visit.date', 'issue.feedback', null]);
  });

  it('stays the measures on a page that records no callback', () => {
    const doc = page(`<form><p><label>诉求内容<textarea></textarea></label></p><p><label>处理意见<textarea></textarea></label></p></form>`);
    expect(keys(doc)).toEqual(['issue.description', 'issue.measures']);
  });

  it('leaves a new ask raised on the callback (市民新增诉求) empty: a new matter, not the one called back about', () => {
    const doc = page(`<form><p><label>回访时间<input placeholder="yyyy-MM-dd"></label></p><p><label>回访情况<textarea></textarea></label></p>
      <p><label>市民新增诉求<textarea></textarea></label></p></form>`);
    expect(keys(doc)).toEqual(['visit.date', 'issue.feedback', null]);
    // On a visit's record a new trouble found (新增困难) is the matter the visit raised.
    const visit = page(`<form><p><label>走访日期<input placeholder="yyyy-MM-dd"></label></p><p><label>新增困难<textarea></textarea></label></p></form>`);
    expect(keys(visit)).toEqual(['visit.date', 'issue.description']);
  });
});

describe('what the household raises (家属反映困难, 健康需求)', () => {
  const visit = (label: string) => keys(page(`<form><label>随访日期<input placeholder="yyyy-MM-dd"></label>
    <label>随访情况<textarea></textarea></label><label>${label}<textarea></textarea></label></form>`));

  it('is the matter raised when the family tells it, with or without 的', () => {
    expect(visit('家属反映困难')[2]).toBe('issue.description');
    expect(visit('监护人反映的问题')[2]).toBe('issue.description');
    expect(visit('老人及家属意见建议')[2]).toBe('issue.description');
    expect(visit('邻居及家属意见建议')[2]).toBe(null);
  });

  it('is the matter raised when a need is named by the side of life it is about, not by how it is (特殊需求, 新的诉求)', () => {
    expect(visit('健康需求')[2]).toBe('issue.description');
    expect(visit('养老诉求')[2]).toBe('issue.description');
    expect(visit('特殊需求')[2]).toBe(null);
    expect(visit('新的诉求')[2]).toBe(null);
  });
});

describe('views asked on a consultation (征询意见: 意见建议)', () => {
  it('are the matter the household raises', () => {
    const doc = page(`<form><label>产权人姓名<input></label><h3>征询意见</h3><label>意见建议<textarea></textarea></label>
      <h3>征询记录</h3><label>征询日期<input></label></form>`, '加装电梯入户征询');
    expect(keys(doc)).toEqual(['resident.name', 'issue.description', 'visit.date']);
  });
});

describe('a callback to the people a service is for (助餐回访, 搬迁户回访)', () => {
  const callback = (title: string, extra = '') => keys(page(`<form><label>老人姓名<input></label>${extra}<label>回访日期<input></label>
    <label>回访记录<textarea></textarea></label><label>回访人<input></label></form>`, title));

  it('is the visit: its 回访记录 is what the visit found', () => {
    expect(callback('社区助餐服务回访')).toEqual(['resident.name', 'visit.date', 'visit.content', 'officer.name']);
  });

  it('stays the feedback on a ticket\'s callback, by its name or its fields', () => {
    expect(callback('工单办结回访')[2]).toBe('issue.feedback');
    expect(callback('助餐服务回访', '<label>工单编号<input></label>')[3]).toBe('issue.feedback');
  });

  it('is the visit also where the help given is recorded (帮扶措施), as a relocated household\'s job callback asks', () => {
    expect(callback('搬迁群众就业回访', '<label>帮扶措施<textarea></textarea></label>')[3]).toBe('visit.content');
  });

  it('is the visit where the resident asks help to solve something (需协调解决的问题: 协调解决 is no 调解 handled)', () => {
    expect(callback('报警器安装回访', '<label>住户意见及需协调解决的问题<textarea></textarea></label>'))
      .toEqual(['resident.name', 'issue.description', 'visit.date', 'visit.content', 'officer.name']);
  });

  it('is the visit on a job callback asking where the resident works (务工单位 holds no 工单 handled)', () => {
    expect(callback('移民村就业回访', '<label>务工单位<input></label>')).toEqual(['resident.name', null, 'visit.date', 'visit.content', 'officer.name']);
  });

  it('takes the 意见建议 in its own section for the matter raised, which on a ticket\'s callback is the feedback', () => {
    const section = (title: string) => keys(page(`<form><label>老人姓名<input></label><h3>回访情况</h3><label>回访日期<input></label>
      <label>回访记录<textarea></textarea></label><label>意见建议<textarea></textarea></label></form>`, title));
    expect(section('社区食堂助餐回访')).toEqual(['resident.name', 'visit.date', 'visit.content', 'issue.description']);
    expect(section('12345工单回访')).toEqual(['resident.name', 'visit.date', 'issue.feedback', null]);
  });
});
