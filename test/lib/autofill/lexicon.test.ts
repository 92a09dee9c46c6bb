// The label lexicon (lib/autofill/lexicon.ts): the words forms use for a person's details, read through classifyLabel.
import { describe, expect, it } from 'vitest';
import { keyOf } from './page';

const resident = { party: 'resident' as const, selfPage: false };

describe('lexicon: the resident’s home said otherwise', () => {
  it('reads the home by where it stands or its door (房屋坐落, 住房位置, 房屋门牌, 房号) as the person’s address', () => {
    for (const label of ['房屋坐落', '住房位置', '房屋门牌', '房号']) expect(keyOf(label, resident), label).toBe('resident.address');
  });

  it('reads where one lives asked plainly (住在哪) and a party’s home or premises (住址/经营地址) as their address', () => {
    expect(keyOf('住在哪', resident)).toBe('resident.address');
    expect(keyOf('住址 / 经营地址', resident)).toBe('resident.address');
  });

  it('reads an address in the city named by one character (在樊住址) as the home, not one away from it (在外地址)', () => {
    expect(keyOf('在樊住址', resident)).toBe('resident.address');
    expect(keyOf('在外地址', resident)).toBeNull();
  });
});

describe('lexicon: who went along, by kind', () => {
  const any = { party: null, selfPage: false };
  it('reads people a body of the place sent along (燃气企业陪同人员, 村里陪同干部) and specialists who went (同行技术人员) as companions', () => {
    for (const label of ['燃气企业陪同人员', '供热企业陪同人员', '村里陪同干部', '物业陪同人员', '同行技术人员', '其他排查人员', '参与踏勘人员']) {
      expect(keyOf(label, any), label).toBe('visit.companions');
    }
  });

  it('leaves the body itself, its contact and their details alone (燃气企业, 企业联系人, 企业陪同人员电话, 其他排查单位)', () => {
    for (const label of ['燃气企业', '企业联系人', '企业陪同人员电话', '其他排查单位', '陪同专家意见']) expect(keyOf(label, any), label).toBeNull();
  });
});

describe('lexicon: where a patrol went', () => {
  it('reads a patrol\'s 位置 (巡查位置) as the visit\'s place, and not another act\'s (走访位置, 检查位置)', () => {
    const any = { party: null, selfPage: false };
    expect(keyOf('巡查位置', any)).toBe('visit.location');
    for (const label of ['走访位置', '检查位置']) expect(keyOf(label, any), label).toBeNull();
  });
});

describe('lexicon: what is to be done about a hazard', () => {
  it('reads measures to prevent and treat it, and measures suggested (防治措施, 防治措施建议), as the measures', () => {
    const any = { party: null, selfPage: false };
    for (const label of ['防治措施', '防治措施建议', '整改措施建议']) expect(keyOf(label, any), label).toBe('issue.measures');
    expect(keyOf('防治情况', any)).toBeNull();
  });
});

describe('lexicon: a council\'s or a mediation\'s matter and body', () => {
  const any = { party: null, selfPage: false };
  it('reads the item a council takes up (议题名称, 议题类别) as the matter\'s title and category, and who raised it as the resident', () => {
    expect(keyOf('议题名称', any)).toBe('issue.title');
    expect(keyOf('议题类别', any)).toBe('issue.category');
    expect(keyOf('议题提出人', any)).toBe('resident.name');
  });

  it('reads what the parties disagree on (主要争议, 争议焦点) as the description, and the mediators\' committee named (调委会名称) as the user\'s unit', () => {
    for (const label of ['主要争议', '争议焦点']) expect(keyOf(label, any), label).toBe('issue.description');
    expect(keyOf('争议', any)).toBeNull();
    expect(keyOf('调委会名称', any)).toBe('officer.unit');
  });
});

describe('lexicon: practical help done for the people visited', () => {
  it('reads what was done for them (为群众办实事, 为亲戚办实事) as the measures, and a bare 办实事 as nothing', () => {
    const any = { party: null, selfPage: false };
    for (const label of ['为群众办实事', '为亲戚办实事', '为民办实事']) expect(keyOf(label, any), label).toBe('issue.measures');
    expect(keyOf('办实事', any)).toBeNull();
  });
});

describe('lexicon: where a household is heated', () => {
  it('reads 供热地址 as the home, beside 用气地址, and not the supplier\'s (供热企业地址)', () => {
    const any = { party: null, selfPage: false };
    expect(keyOf('供热地址', any)).toBe('resident.address');
    expect(keyOf('供热企业地址', any)).toBeNull();
  });
});

describe('lexicon: words of a kind met in the fifth session', () => {
  it('knows the leader who takes up a study, Inner Mongolia\'s township and village, the committees said in short, a moved household\'s community and a petition office\'s talk', () => {
    expect(keyOf('领题领导')).toBe('topic.lead');
    expect(keyOf('苏木（乡镇、街道）')).toBe('place.street');
    expect(keyOf('嘎查（村、社区）')).toBe('place.community');
    expect(keyOf('居委/村委')).toBe('place.community');
    expect(keyOf('安置社区')).toBe('place.community');
    expect(keyOf('接谈记录')).toBe('visit.content');
  });
});

describe('lexicon: words of a kind met in the twelfth session', () => {
  it('knows a council\'s subject and item, filling in for a villager, a village team (not its people), what the resident was told, a complaint\'s matter and a meeting\'s minutes', () => {
    expect(keyOf('议事主题')).toBe('issue.title');
    expect(keyOf('议题内容')).toBe('issue.description');
    expect(keyOf('代报人')).toBe('officer.name');
    expect(keyOf('代报人电话')).toBe('officer.phone');
    expect(keyOf('工作队')).toBe('officer.unit');
    expect(keyOf('驻村工作队在岗人员')).toBeNull();
    expect(keyOf('答复告知情况')).toBe('issue.feedback');
    expect(keyOf('投诉事项')).toBe('issue.title');
    expect(keyOf('恳谈会纪要')).toBe('visit.content');
    // Summoning a petitioner to talk is meeting them; 约谈 alone may summon a business.
    expect(keyOf('约谈信访人日期')).toBe('visit.date');
    expect(keyOf('约谈日期')).toBeNull();
    // A department's person answering for the matter; a relocated household's home; a list's row number; a patrol's compound.
    expect(keyOf('部门责任人')).toBe('issue.owner');
    expect(keyOf('责任部门负责人')).toBe('issue.owner');
    expect(keyOf('安置住房')).toBe('resident.address');
    expect(keyOf('楼栋单元户')).toBe('resident.address');
    expect(keyOf('收集渠道')).toBe('issue.source');
    expect(keyOf('巡查小区')).toBe('visit.location');
    expect(keyOf('走访小区')).toBeNull();
    expect(keyOf('责任单位负责人')).toBeNull();
    // Who fills the form in (填写人) is the user; a prompt to fill in a date (填写日期) asks nothing of ours.
    expect(keyOf('填写人')).toBe('officer.name');
    expect(keyOf('填写人电话')).toBe('officer.phone');
    expect(keyOf('填写日期')).toBeNull();
    // How a person looked after has been lately, and what keeps them steady (a 重点人员 visit).
    expect(keyOf('近期动态')).toBe('visit.content');
    expect(keyOf('稳控措施')).toBe('issue.measures');
    // Who assists a check went along; a hearing's matter is the matter, its panel somebody else.
    expect(keyOf('协检人员')).toBe('visit.companions');
    expect(keyOf('听证事项')).toBe('issue.title');
    expect(keyOf('听证员')).toBeNull();
  });
});

describe('lexicon: the user by gathering views and reporting back', () => {
  it('reads who gathers residents\' views (征集人) and who reports a handled matter back (反馈人) as the user, and the day of gathering as the visit\'s', () => {
    for (const label of ['征集人', '反馈人']) expect(keyOf(label), label).toBe('officer.name');
    for (const label of ['征集人电话', '反馈人电话']) expect(keyOf(label), label).toBe('officer.phone');
    expect(keyOf('征集日期')).toBe('visit.date');
    expect(keyOf('征集对象')).toBe('resident.name');
  });

  it('reads what was done for an old person (为老人办实事) as the measures', () => {
    expect(keyOf('为老人办实事')).toBe('issue.measures');
  });
});

describe('lexicon: what a patrol found, a close-out\'s word back', () => {
  it('reads anything amiss found (发现异常, 异常情况) as the description, but not whether there was any (有无异常)', () => {
    for (const label of ['发现异常', '异常情况']) expect(keyOf(label), label).toBe('issue.description');
    expect(keyOf('有无异常')).toBeNull();
  });

  it('reads 反馈当事人 (the word back to the party, its 情况 left off) as the feedback', () => {
    expect(keyOf('反馈当事人')).toBe('issue.feedback');
  });
});

describe('lexicon: words of a kind met in the fourteenth session', () => {
  it('knows a suggestion\'s maker, who types it in for them, how it was gathered and what is wrong now', () => {
    expect(keyOf('建议人')).toBe('resident.name');
    expect(keyOf('代录人')).toBe('officer.name');
    expect(keyOf('征集渠道')).toBe('issue.source');
    expect(keyOf('现状与问题')).toBe('issue.description');
    expect(keyOf('具体建议')).toBeNull();
  });

  it('knows a boat\'s master, a fishing, border or settled village, a town, a ranger\'s grid and the one visited said from their side', () => {
    expect(keyOf('船长姓名')).toBe('resident.name');
    expect(keyOf('在船负责人')).toBe('resident.name');
    // As a whole label 船长 may be the boat's length.
    expect(keyOf('船长（米）')).toBeNull();
    for (const label of ['渔村（社区）', '渔业村', '边境村', '定居点（村）', '调研村']) expect(keyOf(label), label).toBe('place.community');
    expect(keyOf('所属镇')).toBe('place.street');
    expect(keyOf('管护网格')).toBe('place.grid');
    expect(keyOf('受访户主')).toBe('resident.name');
  });

  it('knows a border patrol, a flood patrol\'s danger, an application\'s content, a dispute\'s split and a log\'s text', () => {
    expect(keyOf('巡逻日期')).toBe('visit.date');
    expect(keyOf('巡逻线路')).toBe('visit.location');
    expect(keyOf('巡逻人员')).toBe('officer.name');
    expect(keyOf('参加巡逻人员')).toBe('visit.companions');
    expect(keyOf('险情描述')).toBe('issue.description');
    expect(keyOf('申请内容')).toBe('issue.description');
    expect(keyOf('主要分歧')).toBe('issue.description');
    expect(keyOf('日志正文')).toBe('visit.content');
    expect(keyOf('现场督查日期')).toBe('visit.date');
    expect(keyOf('入户测温日期')).toBe('visit.date');
    expect(keyOf('冬营盘住址')).toBe('resident.address');
    expect(keyOf('实施社区')).toBe('place.community');
    expect(keyOf('排查责任人')).toBe('officer.name');
    expect(keyOf('调研对象及地点')).toBe('topic.location');
    expect(keyOf('帮教措施')).toBe('issue.measures');
    expect(keyOf('议题来源')).toBe('issue.source');
    expect(keyOf('林场（所）')).toBe('place.community');
    expect(keyOf('受益户户主')).toBe('resident.name');
    expect(keyOf('侨眷姓名')).toBe('resident.name');
    expect(keyOf('侨胞诉求')).toBe('issue.description');
    expect(keyOf('面临的困难和诉求')).toBe('issue.description');
    expect(keyOf('就业诉求')).toBe('issue.description');
    expect(keyOf('协商议题')).toBe('issue.title');
    expect(keyOf('提议事由')).toBe('issue.description');
    // A dispute settled with the parties (调处) is a session the user holds, as a mediation.
    expect(keyOf('调处日期')).toBe('visit.date');
    expect(keyOf('调处经过')).toBe('visit.content');
    expect(keyOf('调处人')).toBe('officer.name');
    // What the complainant was told of the handling (已告知投诉人的处理情况) is the feedback.
    expect(keyOf('已告知投诉人的处理情况')).toBe('issue.feedback');
    expect(keyOf('创业需求')).toBe('issue.description');
    expect(keyOf('巡查堤段')).toBe('visit.location');
    expect(keyOf('移民姓名')).toBe('resident.name');
    expect(keyOf('连队')).toBe('place.community');
  });

  it('knows a petition office\'s talk day and a flat said by building, unit and door', () => {
    expect(keyOf('本次接谈日期')).toBe('visit.date');
    expect(keyOf('楼号单元户号')).toBe('resident.address');
  });
});
