import { describe, expect, it } from 'vitest';
import { keys, page } from '../page';

describe('a second person asked their relation to the resident (与对象关系)', () => {
  // One resident per record (second-persons.ts resolveOneResident) leaves them empty.
  it('is somebody else met on the visit, not the resident', () => {
    const doc = page(`<form>
      <p><label>帮教对象<input></label></p>
      <p><label>被访人<input></label></p>
      <p><label>与帮教对象关系<input></label></p></form>`);
    expect(keys(doc)[1]).toBeNull();
  });

  it('leaves the only resident named', () => {
    const only = page(`<form>
      <p><label>被访人<input></label></p>
      <p><label>与户主关系<input></label></p></form>`);
    expect(keys(only)[0]).toBe('resident.name');
  });
});

describe('a person answering for a problem among what is to be done about it', () => {
  it('is the problem\'s owner where the form names its user in another section', () => {
    const doc = page(`<form>
      <fieldset><legend>督查组</legend><p><label>督查组长<input></label></p></fieldset>
      <fieldset><legend>发现问题</legend>
        <p><label>存在问题<textarea></textarea></label></p>
        <p><label>整改措施<textarea></textarea></label></p>
        <p><label>挂点责任人<input></label></p></fieldset></form>`);
    expect(keys(doc)).toEqual(['officer.name', 'issue.description', 'issue.measures', 'issue.owner']);
  });

  it('is the user alone on a visit record, or where the form already has an owner', () => {
    const alone = page(`<form>
      <p><label>帮扶责任人<input></label></p>
      <p><label>帮扶日期<input placeholder="yyyy-MM-dd"></label></p>
      <p><label>帮扶措施<textarea></textarea></label></p></form>`);
    expect(keys(alone)[0]).toBe('officer.name');
    const owned = page(`<form>
      <fieldset><legend>督查组</legend><p><label>督查组长<input></label></p></fieldset>
      <fieldset><legend>发现问题</legend>
        <p><label>整改措施<textarea></textarea></label></p>
        <p><label>整改责任人<input></label></p>
        <p><label>挂点责任人<input></label></p></fieldset></form>`);
    // The user is named already (督查组长): one user per record (one-each.ts), so 挂点责任人 is somebody else.
    expect(keys(owned)).toEqual(['officer.name', 'issue.measures', 'issue.owner', null]);
  });
});

describe('the resident’s home asked another way: where they lived before a move, the household’s under its guardian', () => {
  it('is their address where the form asks no other', () => {
    const doc = page(`<form>
      <p><label>撤离人员<input></label></p>
      <p><label>联系电话<input></label></p>
      <p><label>原住所<input></label></p>
      <p><label>临时安置点<input></label></p></form>`);
    expect(keys(doc)[2]).toBe('resident.address');
  });

  it('is a former one beside the present address, and nobody’s on a form about no resident', () => {
    const moved = page(`<form>
      <p><label>户主姓名<input></label></p>
      <p><label>原住所<input></label></p>
      <p><label>现住址<input></label></p></form>`);
    expect(keys(moved)).toEqual(['resident.name', null, 'resident.address']);
    const nobody = page(`<form><p><label>原住所<input></label></p><p><label>迁入日期<input></label></p></form>`);
    expect(keys(nobody)[0]).toBeNull();
  });

  it('is the household’s address where the form asks it under the resident’s guardian and nowhere else', () => {
    const doc = page(`<form><h4>学生信息</h4><p><label>留守儿童姓名<input></label></p>
      <h4>监护人信息</h4><p><label>姓名<input></label></p><p><label>家庭住址<input></label></p></form>`);
    expect(keys(doc)).toEqual(['resident.name', null, 'resident.address']);
    const other = page(`<form><h4>学生信息</h4><p><label>留守儿童姓名<input></label></p><p><label>现住址<input></label></p>
      <h4>监护人信息</h4><p><label>姓名<input></label></p><p><label>家庭住址<input></label></p></form>`);
    expect(keys(other)).toEqual(['resident.name', 'resident.address', null, null]);
  });
});

describe('where a resident lived before (原住址)', () => {
  const form = '<form><p><label>户主姓名<input></label></p><p><label>原住址<input></label></p><p><label>安置地点<input></label></p></form>';

  it('is their home on a form moving them away from danger for a while (汛期转移)', () => {
    expect(keys(page(form, '汛期危险区群众转移登记'))).toEqual(['resident.name', 'resident.address', null]);
  });

  it('is a former one for somebody who moved in somewhere for good (入住幸福院), or beside a 现住址', () => {
    const movedIn = page('<form><p><label>老人姓名<input></label></p><p><label>原住址<input></label></p><p><label>入住日期<input></label></p></form>', '互助幸福院入住老人探访登记');
    expect(keys(movedIn)).toEqual(['resident.name', null, null]);
    const beside = page('<form><p><label>户主姓名<input></label></p><p><label>现住址<input></label></p><p><label>原住址<input></label></p></form>', '转移登记');
    expect(keys(beside)).toEqual(['resident.name', 'resident.address', null]);
  });
});

describe('the signature lines under an opinion box in its cell', () => {
  it('are whoever gives the opinion\'s (村（居）委会意见 … 经办人： 日期：), not the user\'s nor the visit\'s', () => {
    const doc = page(`<table><tr><th>调查时间</th><td><input placeholder="yyyy-MM-dd"></td><th>调查人</th><td><input></td></tr>
      <tr><th>村（居）委会意见</th><td><textarea></textarea><br>经办人：<input> 日期：<input placeholder="yyyy-MM-dd"></td></tr></table>`);
    expect(keys(doc)).toEqual(['visit.date', 'officer.name', null, null, null]);
  });

  it('or on the lines right after the box in its section (审核意见 [ ] / 经办人 [ ] 审核日期 [ ]), and the user stays the 调查人（一）', () => {
    const doc = page(`<table><tr><td colspan="4">三、复核调查</td></tr>
      <tr><td>入户调查日期：</td><td><input></td><td>调查人（一）：</td><td><input></td></tr>
      <tr><td colspan="4">四、乡镇(街道)审核</td></tr>
      <tr><td>审核意见：</td><td colspan="3"><textarea></textarea></td></tr>
      <tr><td>经办人：</td><td><input></td><td>审核日期：</td><td><input></td></tr></table>`);
    expect(keys(doc)).toEqual(['visit.date', 'officer.name', null, null, null]);
  });
});


describe('the house a check is about (房屋坐落)', () => {
  it('is where the user went when the page asks its owner and who rents it, or the owner\'s own home; else the home', () => {
    const rented = page(`<form><label>房屋坐落<input></label><label>产权人姓名<input></label><label>产权人联系电话<input></label>
      <label>承租人姓名<input></label><label>排查日期<input placeholder="yyyy-MM-dd"></label></form>`, '自建房安全排查');
    expect(keys(rented)).toEqual(['visit.location', 'resident.name', 'resident.phone', null, 'visit.date']);
    const elsewhere = page(`<form><label>房屋坐落<input></label><label>产权人<input></label><label>产权人现住址<input></label>
      <label>排查日期<input placeholder="yyyy-MM-dd"></label></form>`, '房屋安全排查');
    expect(keys(elsewhere)).toEqual(['visit.location', 'resident.name', 'resident.address', 'visit.date']);
    const lived = page(`<form><label>房屋坐落<input></label><label>产权人姓名<input></label><label>产权人联系电话<input></label>
      <label>排查日期<input placeholder="yyyy-MM-dd"></label></form>`, '危房排查');
    expect(keys(lived)).toEqual(['resident.address', 'resident.name', 'resident.phone', 'visit.date']);
    const headed = page(`<form><label>房屋地址<input></label><label>户主<input></label><label>电话<input></label>
      <label>承租人（出租房填）<input></label><label>检查日期<input placeholder="yyyy-MM-dd"></label></form>`, '居民住宅消防安全检查');
    expect(keys(headed).slice(0, 2)).toEqual(['resident.address', 'resident.name']);
  });

  it('is no place called on under a heading naming it the house left (原棚户房), beside the household\'s new home', () => {
    const doc = page(`<form><h3>住户</h3><label>户主<input></label><label>现住址<input></label><h3>原棚户房</h3><label>房屋坐落<input></label>
      <h3>走访</h3><label>走访日期<input placeholder="yyyy-MM-dd"></label></form>`, '棚户区改造回迁户走访');
    expect(keys(doc)).toEqual(['resident.name', 'resident.address', null, 'visit.date']);
  });

  it('is where the user went on a print form that names the owner after the house and asks the owner\'s own home', () => {
    const doc = page(`<form><table><tr><td>村（社区）</td><td><input></td><td>房屋坐落</td><td><input></td></tr>
      <tr><td>产权人</td><td><input></td><td>身份证号码</td><td><input></td></tr>
      <tr><td>联系电话</td><td><input></td><td>现居住地址</td><td><input></td></tr>
      <tr><td>使用人/承租人</td><td><input></td><td>排查日期</td><td><input placeholder="yyyy-MM-dd"></td></tr></table></form>`, '城乡自建房安全隐患排查表');
    const found = keys(doc);
    expect([found[1], found[5]]).toEqual(['visit.location', 'resident.address']);
  });

  it('reads the house\'s detailed address (房屋详细地址) as its address', () => {
    const doc = page(`<form><label>房屋详细地址（路/巷+门牌号）<input></label><label>产权人姓名<input></label>
      <label>使用人姓名<input></label><label>排查日期<input placeholder="yyyy-MM-dd"></label></form>`, '自建房安全排查');
    expect(keys(doc)).toEqual(['visit.location', 'resident.name', null, 'visit.date']);
  });
});

describe('a rented home\'s register naming its landlord and its tenant (出租房屋登记)', () => {
  const field = (label: string) => `<p><input placeholder="${label}"></p>`;
  it('takes the landlord, whom the user deals with, for the resident, and the house for where the user went', () => {
    const doc = page(`<h3>出租房屋登记</h3><form>${field('出租房屋地址')}${field('房东姓名')}${field('房东现居住地址')}${field('承租人姓名')}${field('承租人联系电话')}${field('上门核查日期')}</form>`);
    expect(keys(doc)).toEqual(['visit.location', 'resident.name', 'resident.address', null, null, 'visit.date']);
  });

  it('reads the page by its own headline, not by the system\'s name in its title (… - 流动人口和出租房屋管理系统)', () => {
    const section = (title: string, labels: string[]) => `<h4>${title}</h4>${labels.map(field).join('')}`;
    const doc = page(`<form>${section('出租房屋基本情况', ['房屋坐落'])}${section('出租人（房主）', ['姓名', '联系电话', '现居住地址'])}${section('承租人', ['姓名', '联系电话'])}</form>`,
      '出租房屋安全检查登记 - 长安区流动人口和出租房屋管理系统');
    expect(keys(doc)).toEqual(['visit.location', 'resident.name', 'resident.phone', 'resident.address', null, null]);
  });

  it('but takes neither, nor the house for anybody\'s home, when the landlord is asked by other words (业主（出租人）: 业主姓名)', () => {
    const section = (title: string, labels: string[]) => `<h4>${title}</h4>${labels.map(field).join('')}`;
    const doc = page(`<form>${section('出租屋登记', ['房屋地址'])}${section('业主（出租人）信息', ['业主姓名', '业主电话'])}${section('承租人信息', ['姓名', '手机号码'])}</form>`);
    expect(keys(doc)).toEqual([null, null, null, null, null]);
  });

  it('but takes the tenant for the resident on a page about the people who rent (出租房屋及流动人口 入户登记)', () => {
    const doc = page(`<h2>出租房屋及流动人口 入户登记</h2><form>${field('房东姓名')}${field('承租人姓名')}${field('承租人联系电话')}</form>`);
    expect(keys(doc)).toEqual([null, 'resident.name', 'resident.phone']);
  });

  it('but leaves a let home\'s address (出租房屋地址) alone on a visit to a migrant worker with a home of their own asked', () => {
    const doc = page(`<h3>外来务工人员走访</h3><form>${field('姓名')}${field('现住址')}${field('出租房屋地址')}${field('房东姓名')}${field('走访日期')}</form>`);
    expect(keys(doc)).toEqual(['resident.name', 'resident.address', null, null, 'visit.date']);
  });

  it('and takes the tenant of a home with no landlord asked (公租房 承租人) for the resident', () => {
    const doc = page(`<h3>公租房入户核查</h3><form>${field('承租人姓名')}${field('承租人手机')}${field('核查日期')}</form>`);
    expect(keys(doc)).toEqual(['resident.name', 'resident.phone', 'visit.date']);
  });
});

describe('a box for the names of everybody who went (慰问人员 [多人用顿号分隔])', () => {
  it('takes the others who went along when the form names its filer (填报人), who is the user', () => {
    const doc = page(`<form><label>慰问日期<input></label><label>慰问人员<input placeholder="多人用顿号分隔"></label>
      <label>慰问情况<textarea></textarea></label><label>填报人<input></label></form>`);
    expect(keys(doc)).toEqual(['visit.date', 'visit.companions', 'visit.content', 'officer.name']);
  });

  it('is the user where nobody else on the form is (no 填报人)', () => {
    const doc = page(`<form><label>慰问日期<input></label><label>慰问人员<input placeholder="多人用顿号分隔"></label></form>`);
    expect(keys(doc)).toEqual(['visit.date', 'officer.name']);
  });
});

describe('a bare number right after the user\'s name on a form naming no resident (录入人 [ ] 联系方式 [ ])', () => {
  it('is the user\'s', () => {
    const doc = page(`<form><label>问题名称<input></label><label>责任单位<input></label><label>责任人<input></label>
      <label>整改措施<textarea></textarea></label><label>录入人<input></label><label>联系方式<input></label></form>`);
    expect(keys(doc).slice(2)).toEqual(['issue.owner', 'issue.measures', 'officer.name', 'officer.phone']);
  });

  it('is the user\'s after the unit asked beside the name too (填报人 [ ] 填报单位 [ ] 联系电话 [ ])', () => {
    const doc = page(`<form><label>问题名称<input></label><label>保护管理人姓名<input></label><label>填报人<input></label>
      <label>填报单位<input></label><label>联系电话<input></label></form>`);
    expect(keys(doc).slice(2)).toEqual(['officer.name', 'officer.unit', 'officer.phone']);
  });

  it('stays the resident\'s where the form names the resident (户主姓名)', () => {
    const doc = page(`<form><label>户主姓名<input></label><label>录入人<input></label><label>联系方式<input></label></form>`);
    expect(keys(doc)[2]).not.toBe('officer.phone');
  });
});

describe('a page about a pupil or a child asking their parent too (控辍保学 家访)', () => {
  it('takes the pupil for the resident and leaves the parent empty, the family\'s home under the parent kept', () => {
    const doc = page(`<form><h4>学生</h4><p><label>学生姓名<input></label></p>
      <h4>学生家长</h4><p><label>家长姓名<input></label></p><p><label>家长手机<input></label></p><p><label>家庭住址<input></label></p></form>`, '控辍保学家访记录');
    expect(keys(doc)).toEqual(['resident.name', null, null, 'resident.address']);
  });

  it('but keeps a parent for the resident where the page asks no pupil of theirs', () => {
    const doc = page(`<form><p><label>走访日期<input></label></p><p><label>走访民警<input></label></p><p><label>学生家长<input></label></p><p><label>家长电话<input></label></p></form>`);
    expect(keys(doc)).toEqual(['visit.date', 'officer.name', 'resident.name', 'resident.phone']);
  });
});

describe('a section named for the people the headline says the user visits (返乡人员走访登记)', () => {
  it('is the person visited, though the vocabulary does not know them', () => {
    const doc = page(`<form><h4>走访信息</h4><p><label>走访日期<input></label></p><h4>返乡人员信息</h4><p><label>姓名<input></label></p>
      <p><label>联系电话<input></label></p><h4>紧急联系人</h4><p><label>姓名<input></label></p></form>`, '网格化平台 - 春节后返乡人员走访登记');
    expect(keys(doc)).toEqual(['visit.date', 'resident.name', 'resident.phone', null]);
  });

  it('but not where the headline does not name them as visited', () => {
    const doc = page(`<form><h4>走访信息</h4><p><label>走访日期<input></label></p><h4>返乡人员信息</h4><p><label>姓名<input></label></p></form>`, '走访登记');
    expect(keys(doc)).toEqual(['visit.date', null]);
  });
});

describe('the one who entrusts the user with their business (委托人 on a 代办登记)', () => {
  const form = `<form>
      <fieldset><legend>委托人信息</legend><label>委托人姓名<input></label><label>联系电话<input></label>
        <label>代领人<input></label></fieldset>
      <fieldset><legend>代办员</legend><label>代办员<input></label></fieldset></form>`;
  it('is the person dealt with where the user handles it for them; a person named otherwise stays another', () => {
    expect(keys(page(form, '宁波市村级事务代办服务系统 - 代办事项登记'))).toEqual(['resident.name', 'resident.phone', null, 'officer.name']);
  });

  it('is somebody else on another page, or where a resident is asked besides', () => {
    expect(keys(page(form, '来访登记')).slice(0, 2)).toEqual([null, null]);
    const both = page(`<form><label>申请人姓名<input></label>
      <fieldset><legend>委托人信息</legend><label>委托人姓名<input></label></fieldset></form>`, '代办事项登记');
    expect(keys(both)).toEqual(['resident.name', null]);
  });
});

describe('the deputies on duty whose reception the filer records (接待代表 [多人用逗号分隔] … 记录人)', () => {
  it('are no companions of the user, and nobody\'s of ours', () => {
    const doc = page(`<form><label>接待日期<input></label><label>接待代表<input placeholder="本次值班接待的代表，多人用逗号分隔"></label>
      <label>来访人<input></label><label>反映事项<textarea></textarea></label><label>记录人<input></label></form>`, '代表联络站接待登记');
    expect(keys(doc)).toEqual(['visit.date', null, 'resident.name', 'issue.description', 'officer.name']);
  });

  it('leaves a box for those who went along (慰问人员 [多人用顿号分隔]) the companions', () => {
    const doc = page(`<form><label>慰问日期<input></label><label>慰问人员<input placeholder="多人用顿号分隔"></label><label>填表人<input></label></form>`, '慰问登记');
    expect(keys(doc)).toEqual(['visit.date', 'visit.companions', 'officer.name']);
  });
});
