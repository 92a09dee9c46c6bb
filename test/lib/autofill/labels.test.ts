// Where a field's label and its section are read from (lib/autofill/labels.ts): the label placements new authors use.
import { describe, expect, it } from 'vitest';
import { detectFields } from '../../../lib/autofill';
import { keyOf, keys, page } from './page';

describe('labels: captions after their box', () => {
  it('reads a short caption pointing back at its box (↑ 街道, ← 社区) as its label, not as a unit', () => {
    const doc = page(`<form>
      <div><input id="a"><span>↑ 姓名</span></div>
      <div><input id="b"><span>↑ 街道</span></div>
      <div><input id="c"><span>← 社区</span></div>
      <div><input id="d"><span>▲ 网格</span></div>
    </form>`);
    expect(detectFields(doc).map((f) => [f.label, f.labelSource])).toEqual([
      ['姓名', 'caption-after'], ['街道', 'caption-after'], ['社区', 'caption-after'], ['网格', 'caption-after'],
    ]);
    expect(keys(doc)).toEqual(['resident.name', 'place.street', 'place.community', 'place.grid']);
  });

  it('reads a caption pointing back at a group of choices as the group’s label, not the caption of the box before', () => {
    const doc = page(`<form>
      <div><input id="a"><label for="a">← 户主姓名</label></div>
      <div><span><label><input type="radio" name="s" value="1">男</label><label><input type="radio" name="s" value="2">女</label></span><span>← 性别</span></div>
      <div><span><label><input type="radio" name="t" value="1">是</label><label><input type="radio" name="t" value="2">否</label></span><span>已签约</span></div>
    </form>`);
    expect(detectFields(doc).map((f) => [f.label, f.key])).toEqual([
      ['← 户主姓名', 'resident.name'], ['性别', 'resident.gender'],
      // A word after a group with no arrow may be an option's remark: the group stays without a label.
      ['', null],
    ]);
  });

  it('still reads a short word after a box as its unit when nothing points at the box', () => {
    const doc = page(`<form>
      <div class="lbl">联系电话</div><div><input id="a"><span>备用</span></div>
      <div class="lbl">家庭人口</div><div><input id="b"><span>人</span></div>
    </form>`);
    expect(detectFields(doc).map((f) => f.label)).toEqual(['联系电话', '家庭人口']);
  });
});

describe('labels: a field’s own label is no section', () => {
  const vantField = (label: string, id: string) => `<div class="van-cell van-field"><div class="van-cell__title van-field__label"><label for="${id}">${label}</label></div>
    <div class="van-cell__value van-field__value"><div class="van-field__body"><input id="${id}" class="van-field__control"></div></div></div>`;

  it('reads whose a vant field is from the page, not from its own label styled as a cell title', () => {
    const request = page(`<div class="van-nav-bar"><div class="van-nav-bar__title">申请办结</div></div>
      <form class="van-form"><div class="van-cell-group">${vantField('申请人', 'a')}${vantField('联系电话', 'b')}</div></form>`);
    expect(detectFields(request).map((f) => [f.key, f.section])).toEqual([['officer.name', '申请办结'], ['officer.phone', '申请办结']]);
    // Asking for aid or to pay later, the applicant is the resident.
    for (const title of ['申请临时救助', '申请延期缴费']) {
      const asked = page(`<div class="van-nav-bar"><div class="van-nav-bar__title">${title}</div></div>
        <form class="van-form"><div class="van-cell-group">${vantField('申请人', 'a')}${vantField('联系电话', 'b')}</div></form>`);
      expect(keys(asked)).toEqual(['resident.name', 'resident.phone']);
    }
  });
});

describe('labels: a place asked by what concerns it or by its name', () => {
  it('reads the area a matter concerns (涉及社区) and a place’s name (村名, 街道名称) as that level of the place', () => {
    expect(['涉及街道', '所涉社区', '涉及的网格', '村名', '所在村名', '乡镇名称', '网格名称'].map((label) => keyOf(label)))
      .toEqual(['place.street', 'place.community', 'place.grid', 'place.community', 'place.community', 'place.street', 'place.grid']);
    // A grid by its number (网格编号) is the grid; the grid worker's number and a grid's code are not.
    expect(['网格编号', '所属网格编号', '网格员编号', '网格编码'].map((label) => keyOf(label))).toEqual(['place.grid', 'place.grid', null, null]);
    // Not what else a matter concerns, nor a list of names.
    expect(['涉及金额', '村名单', '涉及部门'].map((label) => keyOf(label))).toEqual([null, null, null]);
  });

  it('reads where a household uses a utility (用水地址) as its home', () => {
    expect(['用水地址', '用气地址', '用户地址'].map((label) => keyOf(label))).toEqual(['resident.address', 'resident.address', 'resident.address']);
    expect(keyOf('用电类别')).toBeNull();
  });
});

describe('labels: the same label said another way', () => {
  it('reads an address with its detail after it (地址门牌号) as the address, but not the detail beside the address', () => {
    expect(['住址门牌', '家庭地址门牌号', '现住址门牌'].map((label) => keyOf(label))).toEqual(['resident.address', 'resident.address', 'resident.address']);
    expect(keys(page('<form><label>详细住址<input></label><label>门牌号<input></label></form>'))).toEqual(['resident.address', null]);
  });

  it('reads 题目 as 标题 and a field of work (所属领域) as the category, by what the form is about', () => {
    const report = page(`<form><p><label>题　目<input></label></p><p><label>报告正文<textarea></textarea></label></p></form>`);
    expect(keys(report)).toEqual(['report.title', 'report.body']);
    const issue = page(`<form><p><label>问题描述<textarea></textarea></label></p><p><label>所属领域<select><option>环境卫生</option><option>基础设施</option></select></label></p></form>`);
    expect(keys(issue)).toEqual(['issue.description', 'issue.category']);
    // On a visit record a field of work is no matter's category.
    const visit = page(`<form><p><label>走访日期<input placeholder="yyyy-MM-dd"></label></p><p><label>走访情况<textarea></textarea></label></p><p><label>所属领域<input></label></p></form>`);
    expect(keys(visit)).toEqual(['visit.date', 'visit.content', null]);
  });
});

describe('labels: an address asked by its format', () => {
  it('reads a box whose remark spells a home’s address down to its door (小区-楼-室) as the address', () => {
    expect(['门牌号（小区-楼栋-室）', '现住地址（街路巷+门牌+单元户号）', '居住地址（详细到门牌号）'].map((label) => keyOf(label)))
      .toEqual(['resident.address', 'resident.address', 'resident.address']);
    // Not where something happened, nor a body's address, nor a door number with no format, nor somebody else's.
    expect(['事发地址（小区-楼栋-室）', '公司地址（街道+门牌）'].map((label) => keyOf(label))).toEqual([null, null]);
    expect(keyOf('门牌号（小区-楼栋-室）', { party: 'other', selfPage: false })).toBeNull();
  });

  it('reads one box for every part of a home\'s address, from its group or estate to its door, as the address', () => {
    expect(['组/门牌', '组别/门牌', '小区-楼栋-单元-门牌', '小区及房号'].map((label) => keyOf(label))).toEqual(Array(4).fill('resident.address'));
    // Some parts only (the estate asked in a box of its own), or not down to the door: a part, not the address.
    expect(['楼栋-单元-门牌', '小区/楼栋'].map((label) => keyOf(label))).toEqual([null, null]);
  });
});

describe('labels: a form item is no section, even when its widget is one we do not fill', () => {
  it('does not take a rating’s label as the section of the fields after it', () => {
    const item = (label: string, content: string) => `<div class="el-form-item"><label class="el-form-item__label">${label}</label><div class="el-form-item__content">${content}</div></div>`;
    const doc = page(`<form>${item('走访对象', '<div class="el-input"><input class="el-input__inner"></div>')}
      ${item('群众满意度', '<div class="el-rate" role="slider"><input type="hidden" name="my"></div>')}
      ${item('所在卫生院', '<div class="el-input"><input class="el-input__inner"></div>')}
      ${item('走访人', '<div class="el-input"><input class="el-input__inner"></div>')}</form>`);
    expect(detectFields(doc).map((f) => [f.key, f.section])).toEqual([['resident.name', ''], ['officer.unit', ''], ['officer.name', '']]);
  });
});

describe('labels: tables that say whose a box is by their layout', () => {
  it('takes a caption down the side of several rows (老人信息, 赡养人 on a print form) as their section', () => {
    const doc = page(`<form><table>
      <tr><td rowspan="2">老人信息</td><td>姓　名</td><td><input></td><td>联系电话</td><td><input></td></tr>
      <tr><td>身份证号</td><td colspan="3"><input></td></tr>
      <tr><td rowspan="2">赡养人</td><td>姓　名</td><td><input></td><td>电　话</td><td><input></td></tr>
      <tr><td>住　址</td><td colspan="3"><input></td></tr></table></form>`);
    expect(keys(doc)).toEqual(['resident.name', 'resident.phone', 'resident.idNumber', null, null, null]);
  });

  it('takes a first row naming the columns over an empty corner (　| 申请人 | 被申请人) as each column\'s section', () => {
    const doc = page(`<form><table>
      <tr><td>&nbsp;</td><td><b>申请人</b></td><td><b>被申请人</b></td></tr>
      <tr><td>姓名</td><td><input></td><td><input></td></tr>
      <tr><td>联系电话</td><td><input></td><td><input></td></tr></table></form>`);
    expect(keys(doc)).toEqual(['resident.name', null, 'resident.phone', null]);
  });

  it('gives a bare phone right after another party on one line (第三人 [ ] 联系电话 [ ]) to them', () => {
    const doc = page(`<form><table><tr><td>当事人</td><td><input></td></tr>
      <tr><td>第三人：</td><td><input> 联系电话：<input></td></tr></table></form>`);
    expect(keys(doc)).toEqual(['resident.name', null, null]);
  });
});

describe('labels: mobile frameworks\' own parts', () => {
  it('reads a weui cell\'s head as that field\'s label, never a section over the fields after it', () => {
    const cell = (label: string) => `<div class="weui-cell"><div class="weui-cell__hd"><label class="weui-label">${label}</label></div><div class="weui-cell__bd"><input class="weui-input"></div></div>`;
    const doc = page(`<form><div class="weui-cells__title">走访对象</div><div class="weui-cells">${cell('经营者')}${cell('手机号')}</div></form>`);
    expect(detectFields(doc).map((f) => f.section)).toEqual(['走访对象', '走访对象']);
  });

  it('passes over a placeholder uni-app draws beside its box to the label before it, and reads it where there is none', () => {
    const box = (drawn: string) => `<uni-input><div class="uni-input-wrapper"><div class="uni-input-placeholder">${drawn}</div><input class="uni-input-input"></div></uni-input>`;
    const labelled = page(`<form><uni-view class="form-item"><uni-view class="label">医方联系人</uni-view>${box('医务科工作人员')}</uni-view></form>`);
    expect(detectFields(labelled)[0].label).toBe('医方联系人');
    const bare = page(`<form><uni-view class="cell">${box('见了谁（群众姓名）')}</uni-view></form>`);
    expect(keys(bare)).toEqual(['resident.name']);
  });

  it('stops at a radio\'s own label before the box (○入户 ○谈心谈话), which names an option, not the box', () => {
    const doc = page(`<form><label><input type="radio" name="w">入户</label><label><input type="radio" name="w">走访记录</label>
      <div><textarea></textarea></div></form>`);
    expect(detectFields(doc).at(-1)?.label).not.toBe('走访记录');
  });
});

describe('labels: whose by the words around a role', () => {
  it('reads a cadre a matter involves (涉及村干部) as nobody of ours, a heading of the user\'s filing (经办) as the user\'s, a body never the user\'s (医疗机构) as somebody else\'s', () => {
    expect(keyOf('涉及村干部')).toBeNull();
    const filed = page('<form><h4>经办</h4><label>联系电话<input></label></form>');
    expect(keys(filed)).toEqual(['officer.phone']);
    const body = page('<form><h4>医疗机构</h4><label>科室<input></label><label>联系电话<input></label></form>');
    expect(keys(body)).toEqual([null, null]);
    expect(keyOf('其中党员')).toBeNull();
  });
});

describe('labels: people beside the user\'s act who are not the user\'s side', () => {
  it('reads whom a report goes to (报告对象) and the user\'s guests (邀请参加人员) as nobody of ours', () => {
    expect(keyOf('报告对象')).toBeNull();
    expect(keyOf('走访对象')).toBe('resident.name');
    expect(keyOf('反馈对象')).toBe('resident.name');
    expect(keyOf('邀请参加人员')).toBeNull();
    expect(keyOf('参加人员')).toBe('visit.companions');
    expect(['一同前往', '随同前往', '一起上门', '一起来的'].map((label) => keyOf(label))).toEqual(['visit.companions', 'visit.companions', 'visit.companions', null]);
  });

  it('reads a household\'s means listed together (家庭收入及财产) as no account of the visit, unlike sides of its life', () => {
    expect(keyOf('家庭收入及财产')).toBeNull();
    expect(keyOf('住房、财产及生活状况')).toBe('visit.content');
  });

  it('reads who leads the work (牵头负责同志) on a study\'s form as its lead, and the post asked right after as theirs', () => {
    const doc = page(`<form><p><label>课题名称<input></label></p><p><label>牵头负责同志<input></label></p><p><label>职　　务<input></label></p>
      <p><label>调研内容<textarea></textarea></label></p></form>`);
    expect(keys(doc)).toEqual(['topic.title', 'topic.lead', null, 'topic.summary']);
  });
});

describe('labels: what happened before this record', () => {
  it('is never this record\'s (以往信访情况, 历次走访记录), and sides of life named together yield to the account itself', () => {
    expect(keyOf('以往信访情况')).toBeNull();
    expect(keyOf('历次走访记录')).toBeNull();
    expect(keyOf('历史投诉情况')).toBeNull();
    expect(keyOf('历史遗留问题描述')).toBe('issue.description');
    const doc = page(`<form><p><label>走访日期<input placeholder="yyyy-MM-dd"></label></p><p><label>企业名称<input></label></p>
      <p><label>企业生产经营情况<textarea></textarea></label></p><p><label>走访情况<textarea></textarea></label></p></form>`);
    expect(keys(doc).slice(2)).toEqual([null, 'visit.content']);
  });
});

describe('labels: a community\'s committee', () => {
  it('is the resident\'s community under the resident\'s heading, and the body the user works in under the user\'s', () => {
    const doc = page(`<form><h4>宣传对象</h4><p><label>户主姓名<input></label></p><p><label>所在社区居委会<input></label></p>
      <h4>走访人信息</h4><p><label>网格员姓名<input></label></p><p><label>所在社区居委会<input></label></p></form>`);
    expect(keys(doc)).toEqual(['resident.name', 'place.community', 'officer.name', 'officer.unit']);
    const line = page(`<form><p><label>户主姓名<input></label></p><p><label>网格员姓名<input></label><label>所在社区居委会<input></label></p></form>`);
    expect(keys(line)).toEqual(['resident.name', 'officer.name', 'officer.unit']);
  });
});

describe('labels: people named by what they raised', () => {
  it('asks a person (提出诉求的群众), not the matter the words inside name', () => {
    expect(keyOf('反映问题的群众')).not.toBe('issue.description');
    const doc = page(`<form><h4>议题</h4><p><label>议题名称<input></label></p><p><label>提出诉求的群众<input></label></p>
      <p><label>提出人电话<input></label></p><p><label>群众反映的问题<textarea></textarea></label></p></form>`);
    const [, raisedBy, , matter] = keys(doc);
    expect([raisedBy, matter]).toEqual(['resident.name', 'issue.description']);
  });

  it('leaves people as a count or a kind (惠及群众) alone', () => {
    const doc = page(`<form><p><label>走访日期<input placeholder="yyyy-MM-dd"></label></p><p><label>惠及群众<input></label></p></form>`);
    expect(keys(doc)).toEqual(['visit.date', null]);
  });
});

describe('labels: a place asked as where the matter happened', () => {
  it('leaves 问题属地 empty when its remark says it is where the matter happened, and fills it as the record\'s street otherwise', () => {
    const select = '<select><option value="">--请选择--</option><option>建国街道</option><option>东关街道</option></select>';
    const doc = page(`<form><table><tr><td>来访人姓名：</td><td><input></td></tr>
      <tr><td>问题属地：</td><td>${select} <span>（事项发生地所在乡镇街道）</span></td></tr>
      <tr><td>诉求区域：</td><td>${select}</td></tr></table></form>`);
    expect(keys(doc)).toEqual(['resident.name', null, 'place.street']);
  });
});

describe('labels: who came along in the section of the resident who came', () => {
  it('came with the resident (来访人（第一人）: 随同人员), not with the user; in the section of the people visited, with the user', () => {
    const came = page(`<form><p><label>来访日期<input placeholder="yyyy-MM-dd"></label></p><h4>来访人（第一人）</h4><p><label>姓名<input></label></p>
      <p><label>随同人员<input></label></p><h4>接待</h4><p><label>接待人<input></label></p></form>`);
    expect(keys(came)[2]).toBeNull();
    const represented = page(`<form><p><label>来访日期<input placeholder="yyyy-MM-dd"></label></p><h4>来访人（代表）信息</h4>
      <p><label>姓名<input></label></p><p><label>同行人员<input></label></p></form>`);
    expect(keys(represented)[2]).toBeNull();
    const visited = page(`<form><p><label>走访日期<input placeholder="yyyy-MM-dd"></label></p><h4>走访对象信息</h4><p><label>户主姓名<input></label></p>
      <p><label>陪同人员<input></label></p></form>`);
    expect(keys(visited)[2]).toBe('visit.companions');
  });
});

describe('labels: a word before each box of a form item holding several', () => {
  it('asks of the item\'s person what the word names (陪同村干部: 姓名 [ ] 电话 [ ]): the name went along, the phone is theirs', () => {
    const doc = page(`<form><div class="van-cell van-field"><div class="van-field__label"><label>走访日期</label></div>
      <div class="van-field__value"><input></div></div>
      <div class="van-cell van-field"><div class="van-field__label"><label>陪同村干部</label></div>
      <div class="van-field__value">姓名 <input> 电话 <input type="tel"></div></div></form>`);
    const fields = detectFields(doc);
    expect(fields.map((f) => f.label)).toEqual(['走访日期', '陪同村干部姓名', '陪同村干部电话']);
    expect(fields.map((f) => f.key)).toEqual(['visit.date', 'visit.companions', null]);
  });

  it('gives each box the part of a label that lists them (提出人 / 联系电话: 提出人：[ ] 电话：[ ])', () => {
    const doc = page(`<form><div class="ant-form-item"><div class="ant-form-item-label"><label>提出人 / 联系电话</label></div>
      <div class="ant-form-item-control">提出人：<input> 电话：<input></div></div></form>`, '问题清单 登记');
    const fields = detectFields(doc);
    expect(fields.map((f) => f.label)).toEqual(['提出人', '联系电话']);
    expect(fields.map((f) => f.key)).toEqual(['resident.name', 'resident.phone']);
  });

  it('joins one label over a person\'s boxes with the fact each box\'s placeholder names (反映群众 [姓名] [电话])', () => {
    const doc = page(`<form class="form-horizontal"><div class="form-group"><label class="control-label">反映群众</label>
      <div class="col-sm-2"><input placeholder="姓名"></div><div class="col-sm-2"><input placeholder="电话"></div></div></form>`);
    expect(detectFields(doc).map((f) => f.key)).toEqual(['resident.name', 'resident.phone']);
    // A number of their papers or their post, asked the same way (涉及人员 [姓名] [证件号码], 领题领导 [姓名] [职务]).
    const papers = page(`<form class="form-horizontal"><div class="form-group"><label class="control-label">涉及人员</label>
      <div class="col-sm-2"><input placeholder="姓名"></div><div class="col-sm-2"><input placeholder="证件号码"></div></div></form>`);
    expect(detectFields(papers).map((f) => f.key)).toEqual(['resident.name', 'resident.idNumber']);
    const post = page(`<form class="form-horizontal"><div class="form-group"><label class="control-label">领题领导</label>
      <div class="col-sm-2"><input placeholder="姓名"></div><div class="col-sm-2"><input placeholder="职务"></div></div></form>`);
    expect(detectFields(post).map((f) => f.key)).toEqual(['topic.lead', null]);
  });

  it('takes no heading from a field whose dropdown keeps its input hidden (iView: 乡镇（街道） [请选择▾])', () => {
    const doc = page(`<form><h3>转移人员</h3><div class="ivu-row">
      <div class="ivu-col ivu-col-span-8"><div class="ivu-form-item ivu-form-item-required"><label class="ivu-form-item-label">乡镇（街道）</label>
        <div class="ivu-form-item-content"><div class="ivu-select ivu-select-single"><div tabindex="0" class="ivu-select-selection"><input type="hidden" name="xz" value="">
        <div><span class="ivu-select-placeholder">请选择</span><i class="ivu-icon ivu-select-arrow"></i></div></div>
        <div class="ivu-select-dropdown" style="display:none"><ul class="ivu-select-dropdown-list"><li class="ivu-select-item">拱辰街道</li>
        <li class="ivu-select-item">建国街道</li></ul></div></div></div></div></div>
      <div class="ivu-col ivu-col-span-8"><div class="ivu-form-item"><label class="ivu-form-item-label">村（社区）</label><div class="ivu-form-item-content">
        <div class="ivu-input-wrapper"><input type="text" class="ivu-input"></div></div></div></div>
      <div class="ivu-col ivu-col-span-8"><div class="ivu-form-item"><label class="ivu-form-item-label">网格</label><div class="ivu-form-item-content">
        <div class="ivu-input-wrapper"><input type="text" class="ivu-input"></div></div></div></div></div></form>`);
    expect(detectFields(doc).find((f) => f.label === '村（社区）')?.section).toBe('转移人员');
  });
});

describe('labels: a printed address line', () => {
  it('writes each level after its blank (____县（市、区）____乡镇（街道）____村（社区）)', () => {
    const doc = page(`<form><p><input>县（市、区）
      <input>乡镇（街道）
      <input>村（社区）　　编号：<input></p></form>`);
    expect(keys(doc)).toEqual([null, 'place.street', 'place.community', null]);
  });

  it('names each box of a table cell by the level after it, down to the door, not by the row\'s label (居住地址 | [ ]乡（镇）[ ]村（居）[ ]组/号)', () => {
    const doc = page(`<form><table><tr><td>户主姓名</td><td><input></td></tr><tr><td>居住地址</td><td>
      <input title="乡（镇）">乡（镇） <input title="村（居）委会">村（居） <input title="组、门牌号">组/号</td></tr></table></form>`);
    expect(keys(doc)).toEqual(['resident.name', 'place.street', 'place.community', 'resident.address']);
  });

  it('names the last box, under a remark (（组、门牌）), by the line\'s label: the rest of the address', () => {
    const doc = page('<form><table><tr><td>家庭住址</td><td><input>乡（镇）<input>村<input>（组、门牌）</td></tr></table></form>');
    expect(keys(doc)).toEqual(['place.street', 'place.community', 'resident.address']);
  });

  it('but a level before each box, with or without a colon, is that box\'s label', () => {
    const plain = page('<form><table><tr><td>现居住地</td><td><input> 镇（街道）<select><option></option><option>城关镇</option></select> 村（社区）<select><option></option><option>台兴村</option></select></td></tr></table></form>');
    expect(keys(plain)).toEqual(['resident.address', 'place.street', 'place.community']);
    const colons = page('<form><p>乡镇（街道）：<input> 村（居）：<input></p></form>');
    expect(keys(colons)).toEqual(['place.street', 'place.community']);
  });
});

describe('labels: a grid of a person per row', () => {
  it('asks the row\'s person for the column\'s attribute (申请人 × 身份证号码), the other party\'s row nobody\'s', () => {
    const row = (person: string) => `<tr><td>${person}</td><td><input></td><td><select><option></option><option>男</option><option>女</option></select></td><td><input></td><td><input></td><td><input></td></tr>`;
    const doc = page(`<form><table><tr><td>&nbsp;</td><td>姓　名</td><td>性别</td><td>身份证号码</td><td>联系电话</td><td>住　　址</td></tr>
      ${row('申请人')}${row('被申请人')}</table></form>`);
    expect(keys(doc)).toEqual(['resident.name', 'resident.gender', 'resident.idNumber', 'resident.phone', 'resident.address', null, null, null, null, null]);
  });

  it('asks a person named over each label-and-box pair of columns (　 | 申请人 | 　 | 被申请人) for the row\'s attribute', () => {
    const row = (label: string) => `<tr><td>${label}</td><td><input></td><td>${label}</td><td><input></td></tr>`;
    const doc = page(`<form><table><tr><td colspan="4">当事人情况</td></tr><tr><td>&nbsp;</td><td>申请人</td><td>&nbsp;</td><td>被申请人</td></tr>
      ${row('姓　　名：')}${row('联系电话：')}<tr><td colspan="4">纠纷情况</td></tr><tr><td>纠纷类型：</td><td><input></td><td>发生地点：</td><td><input></td></tr></table></form>`, '人民调解案件登记');
    expect(keys(doc).slice(0, 4)).toEqual(['resident.name', null, 'resident.phone', null]);
  });

  it('but a grid of a person per column (申请人 | 被申请人 across the top) keeps its attribute labels down the side', () => {
    const doc = page(`<form><table><tr><td></td><td>申请人</td><td>被申请人</td></tr>
      <tr><td>姓名</td><td><input></td><td><input></td></tr><tr><td>联系电话</td><td><input></td><td><input></td></tr></table></form>`);
    expect(keys(doc)).toEqual(['resident.name', null, 'resident.phone', null]);
  });
});

describe('labels: a group of choices after another field in its row', () => {
  it('takes the bare label right before its options (姓名 [ ] 性别： ○男 ○女), not the whole row\'s text', () => {
    const doc = page(`<form><fieldset><legend>老人基本情况</legend><div><label for="a">姓名：</label><input id="a"> <label>性别：</label>
      <input type="radio" name="s" id="m" value="1"><label for="m">男</label><input type="radio" name="s" id="w" value="2"><label for="w">女</label></div></fieldset></form>`);
    expect(detectFields(doc).map((f) => [f.label, f.key])).toEqual([['姓名：', 'resident.name'], ['性别：', 'resident.gender']]);
  });
});

describe('labels: a framework grid with its header in a table of its own', () => {
  it('names an editable row\'s boxes by the header table (layui-table-header), not by the data row above them', () => {
    const cell = (text: string) => `<td><div class="layui-table-cell">${text}</div></td>`;
    const doc = page(`<form class="layui-form"><div class="layui-table-view"><div class="layui-table-box">
      <div class="layui-table-header"><table class="layui-table"><thead><tr><th>走访日期</th><th>户主姓名</th><th>联系电话</th><th>走访人</th></tr></thead></table></div>
      <div class="layui-table-body"><table class="layui-table"><tbody>
        <tr>${cell('2024-11-03')}${cell('巴特尔')}${cell('151****0932')}${cell('乌云')}</tr>
        <tr>${cell('<input>')}${cell('<input>')}${cell('<input>')}${cell('<input>')}</tr>
      </tbody></table></div></div></div></form>`);
    expect(detectFields(doc).map((f) => [f.label, f.key])).toEqual([
      ['走访日期', 'visit.date'], ['户主姓名', 'resident.name'], ['联系电话', 'resident.phone'], ['走访人', 'officer.name'],
    ]);
  });
});

describe('labels: a unit written after the box before', () => {
  it('is that box\'s (血压 [ ] mmHg): the box after it is named by its own placeholder', () => {
    const doc = page(`<form><div class="weui-cells__title">访视记录</div><div class="weui-cells">
      <div class="weui-cell"><div class="weui-cell__hd"><label class="weui-label" for="rq">访视日期</label></div><div class="weui-cell__bd"><input id="rq" type="date"></div></div>
      <div class="weui-cell"><div class="weui-cell__hd"><label class="weui-label" for="xy">血压</label></div><div class="weui-cell__bd"><input id="xy"></div><div class="weui-cell__ft">mmHg</div></div>
      <div class="weui-cell"><div class="weui-cell__bd"><textarea id="nr" placeholder="访视情况及指导（母乳喂养、产褥期保健、新生儿护理等）"></textarea></div></div>
    </div></form>`);
    expect(detectFields(doc).map((f) => [f.label, f.key])).toEqual([['访视日期', 'visit.date'], ['血压', null], ['访视情况及指导（母乳喂养、产褥期保健、新生儿护理等）', 'visit.content']]);
  });
});

describe('labels: a breadcrumb', () => {
  it('names no box beside it (当前位置：信访事项 > 来访登记 [ ] [查询])', () => {
    const doc = page(`<form><div class="topbar">当前位置：信访事项 &gt; 来访登记　<input id="q"><input type="submit" value="查询"></div>
      <table><tr><td>来访人姓名</td><td><input id="a"></td></tr></table><input type="submit" value="保存"></form>`);
    expect(detectFields(doc).map((f) => f.key)).toEqual([null, 'resident.name']);
  });
});
