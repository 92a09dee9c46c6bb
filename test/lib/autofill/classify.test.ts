import { describe, expect, it } from 'vitest';
import { classifyLabel, FIELD_KEYS, FieldKey, normalizeLabel } from '../../../lib/autofill';
import { classifyName } from '../../../lib/autofill/classify';
import { keyOf, keys, none, page } from './page';

describe('field keys', () => {
  it('are the keys of FIELDS.md, also as a zod enum', () => {
    expect(FIELD_KEYS).toHaveLength(38);
    expect(FieldKey.safeParse('resident.idNumber').success).toBe(true);
    expect(FieldKey.safeParse('resident.age').success).toBe(false);
  });
});

describe('normalizeLabel', () => {
  it('strips marks, colons, spaces, full-width forms and prompts', () => {
    expect(normalizeLabel('*户主姓名：')).toBe('户主姓名');
    expect(normalizeLabel(' 性　　别: ')).toBe('性别');
    expect(normalizeLabel('乡镇（街道）')).toBe('乡镇(街道)');
    expect(normalizeLabel('请输入身份证号')).toBe('身份证号');
    expect(normalizeLabel('联系电话(必填)')).toBe('联系电话');
  });
});

describe('classifyLabel: an attribute after a person or body it names', () => {
  it('is never that person or body: 牵头领导职务, 陪同人员电话, 课题负责人职务 stay empty', () => {
    expect(['牵头领导职务', '陪同人员电话', '课题负责人职务', '牵头领导', '陪同人员'].map((label) => keyOf(label)))
      .toEqual([null, null, null, 'topic.lead', 'visit.companions']);
  });
});

describe('classifyLabel: where and when under other acts', () => {
  it('reads the date and place of knocking on doors, talking round, a council and a diary as the visit’s', () => {
    expect(keyOf('入户敲门时间')).toBe('visit.date');
    expect(keyOf('入户劝导日期')).toBe('visit.date');
    expect(keyOf('劝导地点')).toBe('visit.location');
    expect(keyOf('民主协商地点')).toBe('visit.location');
    expect(keyOf('议事日期')).toBe('visit.date');
    expect(keyOf('工作日记时间')).toBe('visit.date');
    // A diary's place or way says nothing of a visit; the day a matter is to be done is no visit's.
    expect(keyOf('日记地点')).toBeNull();
    expect(keyOf('拟办日期')).toBeNull();
  });

  it('reads the route of a patrol of hills, rivers or woods as where the visit went, not a check’s road', () => {
    expect(keyOf('巡河线路')).toBe('visit.location');
    expect(keyOf('巡林路段')).toBe('visit.location');
    expect(keyOf('巡查线路')).toBe('visit.location');
    expect(keyOf('检查路段')).toBeNull();
    expect(keyOf('责任路段')).toBeNull();
  });

  it('reads a shop’s or a guesthouse’s site as the place checked', () => {
    expect(keyOf('店铺地址')).toBe('visit.location');
    expect(keyOf('农家乐坐落')).toBe('visit.location');
    expect(keyOf('经营场所详细地址')).toBe('visit.location');
    expect(keyOf('店铺名称')).toBeNull();
  });

  it('reads a bare 镇 and 村, a 责任村 and where people were met', () => {
    expect(keyOf('镇：')).toBe('place.street');
    expect(keyOf('村：')).toBe('place.community');
    expect(keyOf('责任社区')).toBe('place.community');
    expect(keyOf('在哪里碰的面')).toBe('visit.location');
    expect(keyOf('在哪里发生的')).toBeNull();
    expect(keyOf('村民小组')).toBeNull();
  });

  it('reads a study leader’s stay among the people as the study’s place', () => {
    expect(keyOf('调研联系点')).toBe('topic.location');
    expect(keyOf('蹲点地点')).toBe('topic.location');
    expect(keyOf('联系点')).toBeNull();
    expect(keyOf('蹲点村')).not.toBe('topic.location');
  });
});

describe('classifyLabel: the user’s body by its kind', () => {
  it('reads a station, a practice post or a council the user serves in, by its name too, as the user’s unit', () => {
    expect(keyOf('工作站名称')).toBe('officer.unit');
    expect(keyOf('林业管护站')).toBe('officer.unit');
    expect(keyOf('文明实践站')).toBe('officer.unit');
    expect(keyOf('村民理事会名称')).toBe('officer.unit');
    expect(keyOf('所属纪检监察组')).toBe('officer.unit');
    // Not a person's or a body's name of another kind.
    expect(keyOf('理事会成员名称')).toBeNull();
    expect(keyOf('单位名称', { party: 'resident', selfPage: false })).toBeNull();
  });
});

describe('classifyLabel: a phone that doubles as WeChat', () => {
  it('reads 手机/微信 as the phone, a WeChat alone as nothing', () => {
    expect(keyOf('联系电话/微信')).toBe('resident.phone');
    expect(keyOf('手机号（微信同号）')).toBe('resident.phone');
    expect(keyOf('微信号')).toBeNull();
    expect(keyOf('邮箱/微信')).toBeNull();
  });
});

describe('classifyLabel', () => {
  it('knows the labels of FIELDS.md and their variants', () => {
    expect(keyOf('*户主姓名：')).toBe('resident.name');
    expect(keyOf('公民身份号码')).toBe('resident.idNumber');
    expect(keyOf('乡镇（街道）')).toBe('place.street');
    expect(keyOf('社区(村)')).toBe('place.community');
    expect(keyOf('走访日期')).toBe('visit.date');
    expect(keyOf('诉求内容')).toBe('issue.description');
    expect(keyOf('办结时限')).toBe('issue.deadline');
    expect(keyOf('课题名称')).toBe('topic.title');
    expect(keyOf('特殊人群')).toBe('resident.tags');
  });

  it('reads the role in composite labels whatever the section', () => {
    expect(keyOf('填报人电话', { party: 'resident', selfPage: false })).toBe('officer.phone');
    expect(keyOf('经办人联系方式')).toBe('officer.phone');
    expect(keyOf('诉求人联系电话', { party: 'officer', selfPage: false })).toBe('resident.phone');
    expect(keyOf('来电人')).toBe('resident.name');
    expect(keyOf('填报人')).toBe('officer.name');
    expect(keyOf('户主身份证号')).toBe('resident.idNumber');
    // Which of the person's addresses is still their address; another party's stays theirs.
    expect(keyOf('诉求人常住地址')).toBe('resident.address');
    expect(keyOf('来电人实际居住地址')).toBe('resident.address');
    expect(keyOf('监护人常住地址')).toBeNull();
  });

  it('lets the section decide between look-alikes', () => {
    expect(keyOf('联系电话', { party: 'officer', selfPage: false })).toBe('officer.phone');
    expect(keyOf('联系电话', { party: 'resident', selfPage: false })).toBe('resident.phone');
    expect(keyOf('联系电话')).toBe('resident.phone');
    expect(keyOf('姓名', { party: null, selfPage: true })).toBe('officer.name');
    expect(keyOf('工作单位', { party: 'resident', selfPage: false })).toBeNull();
    expect(keyOf('姓名', { party: 'other', selfPage: false })).toBeNull();
  });

  it('never gives a key to distractors or other people', () => {
    for (const label of ['备注', '年龄', '审核意见', '其他(请注明)', '验证码', '图形验证码', '登录密码', '紧急联系人电话', '被反映人姓名', '监护人电话', '证件类型', '出生日期', '籍贯', '原联系电话', '搜索']) {
      expect(keyOf(label), label).toBeNull();
    }
  });

  it('accepts a known phrase inside a longer label, but not with a negative word', () => {
    expect(keyOf('本次走访日期')).toBe('visit.date');
    expect(keyOf('问题描述（限500字）')).toBe('issue.description');
    expect(keyOf('走访日期至')).toBeNull();
    expect(keyOf('下次走访日期')).toBeNull();
    expect(keyOf('单位联系电话')).toBeNull();
    expect(keyOf('联系电话是否公开')).toBeNull();
  });

  it('returns null for empty text and a reason for unknown labels', () => {
    expect(classifyLabel('  ：', none)).toBeNull();
    expect(classifyLabel('民族', none)).toMatchObject({ key: null, reason: expect.any(String) });
  });
});

describe('classifyLabel: a matter and a head noun', () => {
  it('reads which matter a text or title is about from the matter word before the head', () => {
    expect(keyOf('留言标题')).toBe('issue.title');
    expect(keyOf('来信内容')).toBe('issue.description');
    expect(keyOf('工单概要')).toBe('issue.title');
    expect(keyOf('事件具体情况')).toBe('issue.description');
    expect(keyOf('纠纷表现')).toBe('issue.description');
    expect(keyOf('居民诉求')).toBe('issue.description');
    expect(keyOf('投诉内容')).toBe('issue.description');
    expect(keyOf('举报标题')).toBe('issue.title');
    expect(keyOf('事件经过')).toBe('issue.description');
    expect(keyOf('案件概况')).toBe('issue.description');
    // Not a category: 信件类型 (咨询/投诉/建议) is not ours; the resident's other wishes are no description.
    expect(keyOf('留言类型')).toBeNull();
    expect(keyOf('服务需求')).toBeNull();
    expect(keyOf('内容摘要')).toBeNull();
    // The matter as the resident brought it (反映问题): its summary is its title, its content the description.
    expect(keyOf('反映问题摘要')).toBe('issue.title');
    expect(keyOf('反映事项内容')).toBe('issue.description');
    // The kind of resident a record is about.
    expect(keyOf('群众类别')).toBe('resident.tags');
    // Help given in handling things for them (帮办服务情况) is what was done, not the visit's account.
    expect(keyOf('帮办服务情况')).toBe('issue.measures');
    // A changed number (联系电话变更, 与申请时不同的才填) is not the one on record.
    expect(keyOf('联系电话变更')).toBeNull();
    // How a matter was dealt with in order (处置经过, 代办过程) and errands run for people (为民办事) are what was done.
    expect(keyOf('处置经过')).toBe('issue.measures');
    expect(keyOf('代办过程')).toBe('issue.measures');
    expect(keyOf('为民办事')).toBe('issue.measures');
    expect(keyOf('调解经过')).toBe('visit.content');
    // What people hope for (群众所盼) is what they raise; Beijing's 街乡 is the street; an accepting department is not ours.
    expect(keyOf('群众所盼')).toBe('issue.description');
    expect(keyOf('所属街乡')).toBe('place.street');
    expect(keyOf('受理部门')).toBeNull();
    expect(keyOf('受理单位')).toBeNull();
    // Where the matter raised happens (诉求地址) is not the caller's home.
    expect(keyOf('诉求地址')).toBeNull();
    // A women's federation's home visit (家访人), those who went (一起去的同志), Shanghai's 居民区, a veteran's 优抚类别.
    expect(keyOf('家访人')).toBe('officer.name');
    expect(keyOf('一起去的同志')).toBe('visit.companions');
    expect(keyOf('一起来的人')).toBeNull();
    expect(keyOf('居民区')).toBe('place.community');
    expect(keyOf('优抚类别')).toBe('resident.tags');
    // A section of an office is a unit (接谈人所在科室); who gathers people's views on a ledger (收集人) is the user;
    // those who helped deal with a matter on the spot (协助处置人) went along.
    expect(keyOf('接谈人所在科室')).toBe('officer.unit');
    expect(keyOf('收集人')).toBe('officer.name');
    expect(keyOf('收集人电话')).toBe('officer.phone');
    expect(keyOf('协助处置人')).toBe('visit.companions');
    expect(keyOf('处置人')).toBe('issue.owner');
  });

  it('drops fillers between a matter and its head', () => {
    expect(keyOf('走访主要内容')).toBe('visit.content');
    expect(keyOf('问题详细描述')).toBe('issue.description');
    expect(keyOf('课题基本内容')).toBe('topic.summary');
    expect(keyOf('问题简要描述')).toBe('issue.description');
    expect(keyOf('本次走访主要内容')).toBe('visit.content');
    expect(keyOf('慰问的主要情况')).toBe('visit.content');
    expect(keyOf('化解的结果')).toBe('issue.result');
    expect(keyOf('存在的问题')).toBe('issue.description');
    expect(keyOf('其他的情况')).toBeNull();
    // A filler alone before a head is the whole label: left to the form's domain.
    expect(keyOf('具体内容')).toBeNull();
  });

  it('reads results, agreements and answers to the resident', () => {
    expect(keyOf('化解成效')).toBe('issue.result');
    expect(keyOf('处置效果')).toBe('issue.result');
    expect(keyOf('调解协议书内容')).toBe('issue.result');
    expect(keyOf('回复当事人情况')).toBe('issue.feedback');
    expect(keyOf('答复内容')).toBe('issue.feedback');
    expect(keyOf('现场答复')).toBe('issue.feedback');
    expect(keyOf('回复意见')).toBe('issue.feedback');
    expect(keyOf('整改落实情况')).toBe('issue.result');
    expect(keyOf('处理意见及建议')).toBeNull();
    expect(keyOf('下一步举措')).toBe('issue.measures');
    expect(keyOf('陪同慰问人员')).toBe('visit.companions');
    expect(keyOf('慰问人员')).toBe('officer.name');
    expect(keyOf('答复方式')).toBeNull();
    expect(keyOf('协议编号')).toBeNull();
    expect(keyOf('协议')).toBeNull();
  });

  it('lists the resident\'s description with the rest of what they bring up', () => {
    expect(keyOf('居民诉求和建议')).toBe('issue.description');
    expect(keyOf('问题及困难')).toBeNull();
    expect(keyOf('群众诉求及处理意见')).toBeNull();
    expect(keyOf('审核意见及建议')).toBeNull();
  });

  it('reads what is asked to be solved as the description', () => {
    expect(keyOf('急需帮助解决的困难')).toBe('issue.description');
    expect(keyOf('希望解决的问题')).toBe('issue.description');
    expect(keyOf('已解决的问题')).toBeNull();
    expect(keyOf('不能解决的原因说明')).toBeNull();
  });

  it('knows visits by other names and acts named together', () => {
    expect(keyOf('入户探访时间')).toBe('visit.date');
    expect(keyOf('探访情况')).toBe('visit.content');
    expect(keyOf('摸排时间')).toBe('visit.date');
    expect(keyOf('走访情况说明')).toBe('visit.content');
    expect(keyOf('入户核查说明')).toBe('visit.content');
    expect(keyOf('调研走访时间')).toBe('visit.date');
    expect(keyOf('看望日期')).toBe('visit.date');
    expect(keyOf('上门时间')).toBe('visit.date');
    expect(keyOf('巡访记录')).toBe('visit.content');
    // A call on a paired family as kin (走亲): its time and its record are the visit's.
    expect(keyOf('走亲时间')).toBe('visit.date');
    expect(keyOf('走亲情况')).toBe('visit.content');
    expect(keyOf('走亲方式')).toBe('visit.type');
    expect(keyOf('一同入户人员')).toBe('visit.companions');
    expect(keyOf('同行走亲干部')).toBe('visit.companions');
    expect(keyOf('入户核查情况')).toBe('visit.content');
    // With a 调研 only the date is surely the visit's.
    expect(keyOf('入户调研情况')).toBeNull();
    expect(keyOf('走访调研情况')).toBeNull();
    // 摸排 is a survey like 排查: its 方式/情况 are its own.
    expect(keyOf('摸排方式')).toBeNull();
    expect(keyOf('调研日期')).toBe('topic.startDate');
  });

  it('reads a person\'s care category as tags', () => {
    expect(keyOf('老年人类型')).toBe('resident.tags');
    expect(keyOf('户类别（可多选）')).toBe('resident.tags');
    expect(keyOf('人员属性')).toBe('resident.tags');
    expect(keyOf('帮扶对象类型')).toBe('resident.tags');
    expect(keyOf('来电人类型')).toBeNull();
    // 自住/租住 is how one lives, not a care category.
    expect(keyOf('住户类型')).toBeNull();
    expect(keyOf('重点人群身份')).toBe('resident.tags');
    expect(keyOf('家庭类别')).toBeNull();
    expect(keyOf('救助类别')).toBeNull();
    expect(keyOf('人员身份')).toBeNull();
    expect(keyOf('户别')).toBeNull();
  });

  it('reads which of the resident\'s addresses and the user\'s own area', () => {
    expect(keyOf('本户住址')).toBe('resident.address');
    expect(keyOf('完整详细地址')).toBe('resident.address');
    expect(keyOf('目前居住地址')).toBe('resident.address');
    expect(keyOf('户籍地址')).toBeNull();
    expect(keyOf('经营地址')).toBeNull();
    expect(keyOf('所在行政村')).toBe('place.community');
    expect(keyOf('所属居委会')).toBe('place.community');
    expect(keyOf('挂点村')).toBe('place.community');
    expect(keyOf('驻点社区')).toBe('place.community');
    expect(keyOf('所包社区')).toBe('place.community');
    // The households a cadre takes on are not a place.
    expect(keyOf('所包户数')).toBeNull();
    expect(keyOf('包保网格')).toBe('place.grid');
  });
});

describe('classifyName', () => {
  it('reads pinyin abbreviations and English words, ignoring generated ids', () => {
    expect(classifyName('sfzh', none)?.key).toBe('resident.idNumber');
    expect(classifyName('form[lxdh]', none)?.key).toBe('resident.phone');
    expect(classifyName('txtZfrq', none)?.key).toBe('visit.date');
    expect(classifyName('wtms', none)?.key).toBe('issue.description');
    expect(classifyName('xm', { party: 'officer', selfPage: false })?.key).toBe('officer.name');
    expect(classifyName('input_1023', none)).toBeNull();
    expect(classifyName('el-id-3417-12', none)).toBeNull();
  });
});

describe('classifyLabel: a matter named by its act or its own noun', () => {
  it('reads a patrol as a visit: its day, round and record', () => {
    expect(keyOf('巡 查 时 间')).toBe('visit.date');
    expect(keyOf('巡查路线')).toBe('visit.location');
    expect(keyOf('巡查内容')).toBe('visit.content');
    // Only a round goes over an area: a service's or a visit's 区域 is not where the visit went.
    expect(keyOf('服务区域')).not.toBe('visit.location');
    expect(keyOf('走访区域')).not.toBe('visit.location');
  });

  it('takes only the day of a resident coming in or of a matter found', () => {
    expect(keyOf('来访时间')).toBe('visit.date');
    expect(keyOf('发现日期')).toBe('visit.date');
    expect(keyOf('来访内容')).toBe('issue.description');
    expect(keyOf('发现地点')).not.toBe('visit.location');
  });

  it('reads hazards and cases as the issue, and their 事由 as its title', () => {
    expect(keyOf('隐患内容')).toBe('issue.description');
    expect(keyOf('隐患名称')).toBe('issue.title');
    expect(keyOf('案情描述')).toBe('issue.description');
    expect(keyOf('投诉事由')).toBe('issue.title');
    expect(keyOf('案由')).toBe('issue.title');
    expect(keyOf('具体表现')).toBe('issue.description');
    // A hazard's class (消防安全/用电安全) is the category, as holdout4 and holdout6 key 隐患类别; a letter's kind (咨询/投诉) is not.
    expect(keyOf('隐患类型')).toBe('issue.category');
    expect(keyOf('信件类型')).not.toBe('issue.category');
  });

  it('reads a handling act’s 期限 and a demanded finish as the deadline, its orders as measures, how it has come along as result', () => {
    expect(keyOf('办复期限')).toBe('issue.deadline');
    expect(keyOf('要求整改日期')).toBe('issue.deadline');
    expect(keyOf('限期办结')).toBe('issue.deadline');
    expect(keyOf('办结期限至')).toBe('issue.deadline');
    expect(keyOf('处置时限至')).toBe('issue.deadline');
    // A date the matter was sent on to (转办时间至) is no deadline.
    expect(keyOf('转办时间至')).not.toBe('issue.deadline');
    expect(keyOf('整改时间')).not.toBe('issue.deadline');
    expect(keyOf('处置意见')).toBe('issue.measures');
    expect(keyOf('办理意见')).toBeNull();
    expect(keyOf('办理进展')).toBe('issue.result');
    // A progress given as a share (整改进度: 80%) is no outcome.
    expect(keyOf('整改进度')).toBeNull();
    expect(keyOf('救助效果')).toBe('issue.result');
    expect(keyOf('救助需求')).toBe('issue.description');
  });

  it('reads a topic and a report by their other names', () => {
    expect(keyOf('研究课题名称')).toBe('topic.title');
    expect(keyOf('研究方式')).toBe('topic.method');
    expect(keyOf('研究内容')).toBe('topic.summary');
    expect(keyOf('调研报告题目')).toBe('report.title');
    expect(keyOf('调研报告全文')).toBe('report.body');
    expect(keyOf('重点关注事项')).not.toBe('resident.tags');
  });
});

describe('classifyLabel: a label with its explanation', () => {
  it('reads the label before a colon that explains what to write', () => {
    expect(keyOf('入户情况：家里几口人、生活有何困难')).toBe('visit.content');
    expect(keyOf('备注：如有其他情况请写明')).toBeNull();
    expect(keyOf('注：以上内容须如实填写')).toBeNull();
  });

  it('reads brackets that name the head the words before them mean', () => {
    expect(keyOf('慰问对象范围（地点）')).toBeNull();
    expect(keyOf('核查区域（地点）')).toBe('visit.location');
    // The words alone decide when they say something; brackets never name a person's head.
    expect(keyOf('处置结果（意见）')).toBe('issue.result');
    expect(keyOf('联系人（电话）')).not.toBe('resident.phone');
  });
  it('reads what a matter named by its title says as its description, the title alone still as the title', () => {
    expect(keyOf('反映事项具体内容')).toBe('issue.description');
    expect(keyOf('纠纷事项内容及诉求')).toBe('issue.description');
    expect(keyOf('案由详情')).toBe('issue.description');
    expect(keyOf('反映事项')).toBe('issue.title');
    expect(keyOf('信访事项内容分类')).toBeNull();
  });
  it('reads a remark that makes the label\'s own words fuller as the label (联系人（双岗联系人）: which 联系人)', () => {
    expect(keyOf('联系人（双岗联系人）')).toBeNull();
    expect(keyOf('联系人（社区/街道联系人）')).toBeNull();
    expect(keyOf('电话（户主电话）')).toBe('resident.phone');
  });
  it('reads one character in brackets as the other half of the word before it', () => {
    expect(keyOf('所属乡（镇）')).toBe('place.street');
    expect(keyOf('所属村（居）')).toBe('place.community');
    expect(keyOf('家庭人口（人）')).toBeNull();
    expect(keyOf('月收入（元）')).toBeNull();
  });
});

describe('classifyLabel: more matters by composition', () => {
  it('composes places, heads and acts not listed whole', () => {
    expect(keyOf('检查场所地点')).toBe('visit.location');
    expect(keyOf('事发地址')).toBeNull();
    expect(keyOf('服务网格')).toBe('place.grid');
    expect(keyOf('认领社区')).toBe('place.community');
    expect(keyOf('存在的隐患')).toBe('issue.description');
    expect(keyOf('反映的需求')).toBe('issue.description');
    expect(keyOf('保障措施')).toBe('issue.measures');
    expect(keyOf('劝返方案')).toBe('issue.measures');
    expect(keyOf('救助举措')).toBe('issue.measures');
    expect(keyOf('探访见闻')).toBe('visit.content');
    expect(keyOf('交流内容')).toBe('visit.content');
    expect(keyOf('老人近况')).toBe('visit.content');
    expect(keyOf('当天的所见所闻')).toBe('visit.content');
    expect(keyOf('见闻')).toBeNull();
    expect(keyOf('近况描述')).toBeNull();
    expect(keyOf('事项摘要')).toBe('issue.title');
    expect(keyOf('诉求主题')).toBe('issue.title');
    expect(keyOf('民生实事名称')).toBe('issue.title');
    expect(keyOf('诉求领域')).toBe('issue.category');
    expect(keyOf('工单状态')).toBe('issue.status');
    expect(keyOf('整改状态')).toBe('issue.status');
    expect(keyOf('承诺解决时限')).toBe('issue.deadline');
    expect(keyOf('研究成果名称')).toBe('report.title');
    // A callback is a contact with the resident: its date and place are the visit's (STYLE.md), what was said the feedback.
    expect(keyOf('回访时间')).toBe('visit.date');
    expect(keyOf('回访地点')).toBe('visit.location');
  });

  it('reads the resident\'s troubles run together, but not opinions alone', () => {
    expect(keyOf('需求建议')).toBe('issue.description');
    expect(keyOf('居民困难')).toBe('issue.description');
    expect(keyOf('意见建议')).toBeNull();
    expect(keyOf('困难及诉求')).toBe('issue.description');
    expect(keyOf('意见及建议')).toBeNull();
    expect(keyOf('建议意见')).toBeNull();
    expect(keyOf('问题困难')).toBeNull();
    expect(keyOf('居民意见建议')).toBeNull();
  });

  it('reads a planned handler and other heads of the same words as the field', () => {
    expect(keyOf('拟承办单位')).toBe('issue.ownerUnit');
    expect(keyOf('拟处置措施')).toBe('issue.measures');
    expect(keyOf('承办科室/部门')).toBe('issue.ownerUnit');
    expect(keyOf('责任单位/人')).toBeNull();
  });

  it('reads a person of the groups women\'s and children\'s cadres serve, not the cadres themselves', () => {
    expect(keyOf('留守妇女联系电话')).toBe('resident.phone');
    expect(keyOf('儿童住址')).toBe('resident.address');
    expect(keyOf('农户身份证号码')).toBe('resident.idNumber');
    expect(keyOf('牧户姓名')).toBe('resident.name');
    expect(keyOf('儿童主任联系电话')).toBe('officer.phone');
    expect(keyOf('妇女主任')).toBe('officer.name');
    // The group's own relatives stay somebody else's.
    expect(keyOf('儿童监护人电话')).toBeNull();
    expect(keyOf('妇女家属姓名')).toBeNull();
  });

  it('reads how a visited person is now as the visit\'s record, not a bare state', () => {
    expect(keyOf('残疾人现状')).toBe('visit.content');
    expect(keyOf('家庭现状')).toBe('visit.content');
    expect(keyOf('现状')).toBeNull();
    expect(keyOf('房屋现状')).toBeNull();
  });

  it('reads the body a matter is passed on to as the one handling it, not the body passing it', () => {
    expect(keyOf('移交部门')).toBe('issue.ownerUnit');
    expect(keyOf('转介机构')).toBe('issue.ownerUnit');
    expect(keyOf('转办办理科室')).toBe('issue.ownerUnit');
    expect(keyOf('转交人')).toBeNull();
    expect(keyOf('转介原因')).toBeNull();
  });

  it('reads 整治 as handling, gathered public views as the visit\'s record and the way a matter came to light as its source', () => {
    expect(keyOf('整治方案')).toBe('issue.measures');
    expect(keyOf('整治结果')).toBe('issue.result');
    expect(keyOf('整治期限')).toBe('issue.deadline');
    expect(keyOf('了解的社情民意')).toBe('visit.content');
    expect(keyOf('问题来源途径')).toBe('issue.source');
    expect(keyOf('整治对象')).not.toBe('issue.measures');
    expect(keyOf('民意')).toBeNull();
    expect(keyOf('拟报送的提案或社情民意')).toBeNull();
    expect(keyOf('途径')).toBeNull();
  });
});

describe('classifyLabel: the matter\'s words as grassroots systems compose them', () => {
  it('reads a case, a further hazard, what people hope for and what they need solved as the description', () => {
    expect(keyOf('主要案情')).toBe('issue.description');
    expect(keyOf('其它隐患描述')).toBe('issue.description');
    expect(keyOf('居民所急所盼')).toBe('issue.description');
    expect(keyOf('村民微心愿')).toBe('issue.description');
    expect(keyOf('民情需求')).toBe('issue.description');
    expect(keyOf('家庭需求')).toBe('issue.description');
    expect(keyOf('发现的风险')).toBe('issue.description');
    expect(keyOf('居民提出的意见建议')).toBe('issue.description');
    expect(keyOf('亟待解决的事情')).toBe('issue.description');
    expect(keyOf('风险类型')).toBeNull();
    expect(keyOf('其他')).toBeNull();
    expect(keyOf('心愿')).toBeNull();
    expect(keyOf('微心愿认领人')).not.toBe('issue.description');
  });

  it('reads a first step, what was put right on the spot, helped with or provided as the measures', () => {
    expect(keyOf('初步整改意见')).toBe('issue.measures');
    expect(keyOf('现场纠正情况')).toBe('issue.measures');
    expect(keyOf('代办内容')).toBe('issue.measures');
    expect(keyOf('提供的帮助')).toBe('issue.measures');
    expect(keyOf('初步意见')).toBeNull();
    expect(keyOf('现场解决情况')).not.toBe('issue.measures');
    expect(keyOf('现场照片')).toBeNull();
  });

  it('reads the handling told up to its outcome as the result, a milestone as the deadline', () => {
    expect(keyOf('处置经过和结果')).toBe('issue.result');
    expect(keyOf('整改时间节点')).toBe('issue.deadline');
    // Told alone, without its outcome, the handling is what was done.
    expect(keyOf('办理过程')).toBe('issue.measures');
    expect(keyOf('时间节点')).toBeNull();
  });

  it('reads what the resident was told or talked over, and the answer of the user\'s side, as the feedback', () => {
    expect(keyOf('与群众沟通内容')).toBe('issue.feedback');
    expect(keyOf('告知当事人的答复意见')).toBe('issue.feedback');
    expect(keyOf('社区回复意见')).toBe('issue.feedback');
    expect(keyOf('委员答复')).toBe('issue.feedback');
    expect(keyOf('沟通情况')).toBeNull();
    expect(keyOf('告知书编号')).toBeNull();
  });

  it('reads a visit by reaching the household, a health visit, a patrol of a river and gathering views, by their dates', () => {
    expect(keyOf('到户日期')).toBe('visit.date');
    expect(keyOf('到访时间')).toBe('visit.date');
    expect(keyOf('访视时间')).toBe('visit.date');
    expect(keyOf('巡河日期')).toBe('visit.date');
    expect(keyOf('收集日期')).toBe('visit.date');
    expect(keyOf('走访见闻')).toBe('visit.content');
    expect(keyOf('民情日记正文')).toBe('visit.content');
    // A health visit's place and a gathering's content are not surely the visit's.
    expect(keyOf('访视地点')).toBeNull();
    expect(keyOf('收集内容')).toBeNull();
  });

  it('reads several sides of a household\'s life named together as the visit\'s record, one side alone not', () => {
    expect(keyOf('生产生活情况')).toBe('visit.content');
    // A household's means count for no side (就业和收入状况 is one side and the income: a state, not the visit's account).
    expect(keyOf('就业和收入状况')).toBeNull();
    expect(keyOf('老人健康及用药情况')).toBe('visit.content');
    expect(keyOf('三保障情况')).toBe('visit.content');
    expect(keyOf('身体状况及需求')).toBe('visit.content');
    expect(keyOf('健康状况')).toBeNull();
    expect(keyOf('身体情况')).toBeNull();
    expect(keyOf('健康指导')).toBeNull();
    expect(keyOf('身体健康状况')).toBeNull();
    expect(keyOf('家庭经济状况')).toBeNull();
  });

  it('reads a topic\'s points, outline and planned places, a study\'s whole text and a piece\'s title', () => {
    expect(keyOf('课题要点')).toBe('topic.summary');
    expect(keyOf('研究提纲')).toBe('topic.summary');
    expect(keyOf('拟前往点位')).toBe('topic.location');
    expect(keyOf('调研点位')).toBe('topic.location');
    expect(keyOf('调研范围')).toBe('topic.location');
    expect(keyOf('课题领衔负责人')).toBe('topic.lead');
    // A range of anything else (服务范围, 经营范围) is no place the study goes.
    expect(keyOf('经营范围')).not.toBe('topic.location');
    expect(keyOf('调研选题')).toBe('topic.title');
    expect(keyOf('研究成果全文')).toBe('report.body');
    expect(keyOf('调研成果正文')).toBe('report.body');
    expect(keyOf('篇名')).toBe('report.title');
    expect(keyOf('点位')).toBeNull();
    expect(keyOf('重点')).toBeNull();
    expect(keyOf('成果形式')).toBeNull();
  });

  it('reads a one-line summary of the matter as its title, of anything else as nothing', () => {
    expect(keyOf('居民诉求（一句话）')).toBe('issue.title');
    expect(keyOf('走访情况（一句话概括）')).toBeNull();
  });
});

describe('classifyLabel: a callback, a mediation and the handling done', () => {
  it('reads a mediation session\'s date and place as the visit\'s, not its course', () => {
    expect(keyOf('调解时间')).toBe('visit.date');
    expect(keyOf('调解地点')).toBe('visit.location');
    expect(keyOf('回访日期')).toBe('visit.date');
    expect(keyOf('调解情况')).not.toBe('visit.content');
    expect(keyOf('调解方式')).not.toBe('visit.type');
  });

  it('reads what was done about a problem (处置情况) as the measures, how it ended as the result', () => {
    expect(keyOf('处置情况')).toBe('issue.measures');
    expect(keyOf('处置结果')).toBe('issue.result');
    expect(keyOf('处理情况')).toBe('issue.result');
  });
});

describe('classifyLabel: more of the grassroots systems\' words for a matter and a visit', () => {
  it('reads where a matter came from and how it was received as its source', () => {
    expect(keyOf('事项来源渠道')).toBe('issue.source');
    expect(keyOf('信访来源')).toBe('issue.source');
    expect(keyOf('反映途径')).toBe('issue.source');
    expect(keyOf('渠道')).toBeNull();
    expect(keyOf('整改清单事项')).toBe('issue.title');
    expect(keyOf('是否形成问题清单')).toBeNull();
  });

  it('reads a case\'s facts, a petition\'s facts and reasons and what a caller asks as the description', () => {
    expect(keyOf('违章事实')).toBe('issue.description');
    expect(keyOf('事实及理由')).toBe('issue.description');
    expect(keyOf('来电需求')).toBe('issue.description');
    expect(keyOf('存在的消防隐患')).toBe('issue.description');
    expect(keyOf('违法行为')).toBeNull();
    expect(keyOf('理由')).toBeNull();
  });

  it('reads how a dispute was settled as the result, measures already taken as the measures, a callback\'s opinion as the feedback', () => {
    expect(keyOf('调处情况')).toBe('issue.result');
    expect(keyOf('整改情况')).toBe('issue.result');
    expect(keyOf('已采取措施')).toBe('issue.measures');
    expect(keyOf('处置建议')).toBe('issue.measures');
    expect(keyOf('工作建议')).toBeNull();
    expect(keyOf('回访意见')).toBe('issue.feedback');
    expect(keyOf('审核意见')).toBeNull();
  });

  it('reads calling on someone, visiting a patient and looking at a place as a visit, and an article\'s text as the report', () => {
    expect(keyOf('拜访日期')).toBe('visit.date');
    expect(keyOf('探视时间')).toBe('visit.date');
    expect(keyOf('现场查看情况')).toBe('visit.content');
    expect(keyOf('走访日志')).toBe('visit.content');
    expect(keyOf('巡查总结')).toBe('visit.content');
    expect(keyOf('心得体会')).toBeNull();
    expect(keyOf('谈话地点')).toBe('visit.location');
    expect(keyOf('巡查点位')).toBe('visit.location');
    expect(keyOf('调研点位')).toBe('topic.location');
    expect(keyOf('谈心谈话记录')).toBe('visit.content');
    expect(keyOf('材料全文')).toBe('report.body');
    expect(keyOf('全文')).toBe('report.body');
    // A summary of a study's outcome is not its text.
    expect(keyOf('成果内容简介')).toBeNull();
    expect(keyOf('研究主题')).toBe('topic.title');
    // The subjects of a study are people or bodies in general, not the record's resident.
    expect(keyOf('调研对象')).toBeNull();
    expect(keyOf('走访对象')).toBe('resident.name');
    expect(keyOf('查看时间')).toBeNull();
  });
});

describe('the user\'s record in plain words', () => {
  it('reads what the user told the resident as the answer given, and what was heard and seen as the visit\'s record', () => {
    expect(keyOf('向当事人解释了什么')).toBe('issue.feedback');
    expect(keyOf('对老人讲了哪些')).toBe('issue.feedback');
    expect(keyOf('看到的和听到的')).toBe('visit.content');
    expect(keyOf('跟谁同住')).toBeNull();
  });

  it('reads who writes the record as its filer', () => {
    expect(keyOf('填表的人')).toBe('officer.name');
    expect(keyOf('记台账的人')).toBe('officer.name');
  });

  it('reads the second of the user\'s people, or members who went along, as companions; a second party stays empty', () => {
    expect(keyOf('第二调查人员')).toBe('visit.companions');
    expect(keyOf('一同入户的成员')).toBe('visit.companions');
    expect(keyOf('第二申请人')).toBeNull();
    expect(keyOf('其他成员')).toBeNull();
  });
});

describe('the village a visit went to', () => {
  it('is the community (排查村, 走访村（社区）), but not the villagers (走访村民, 入户核查村民)', () => {
    expect(keyOf('排查村')).toBe('place.community');
    expect(keyOf('走访村（社区）')).toBe('place.community');
    expect(keyOf('走访村民')).not.toBe('place.community');
    expect(keyOf('入户核查村民')).not.toBe('place.community');
  });
});

describe('the user\'s people numbered, and help asked in plain words', () => {
  it('reads the first of the user\'s people numbered as the user and the others as companions; a numbered resident stays empty', () => {
    expect(keyOf('巡查人员1')).toBe('officer.name');
    expect(keyOf('巡查人员2')).toBe('visit.companions');
    expect(keyOf('户主2')).toBeNull();
    expect(keyOf('联系电话3')).toBeNull();
  });

  it('reads a post of the user\'s side who went along as a companion (同行交警), not a relative (同行家属)', () => {
    expect(keyOf('同行交警')).toBe('visit.companions');
    expect(keyOf('同行家属')).not.toBe('visit.companions');
  });

  it('reads what help was given as the measures, but not a diary\'s whole day (做了什么)', () => {
    expect(keyOf('帮了啥忙')).toBe('issue.measures');
    expect(keyOf('办了哪些好事')).toBe('issue.measures');
    expect(keyOf('做了什么')).not.toBe('issue.measures');
  });
});

describe('a visit\'s day and handling asked in plain words', () => {
  it('reads a day said plainly as the date (入户的日子), not a birth (出生日子)', () => {
    expect(keyOf('入户的日子')).toBe('visit.date');
    expect(keyOf('出生日子')).toBeNull();
  });

  it('reads how it was handled there and then (当场怎么解决的) as the measures', () => {
    expect(keyOf('当场怎么解决的')).toBe('issue.measures');
    expect(keyOf('现场照片')).toBeNull();
  });
});

describe('a matter\'s texts and handling by their heads', () => {
  it('reads a matter told in brief or argued (问题概括, 复议请求和理由), and its handling agreed (协商成效, 落实期限, 整改责任方)', () => {
    expect(keyOf('问题概括')).toBe('issue.title');
    expect(keyOf('复议请求和理由')).toBe('issue.description');
    expect(keyOf('协商成效')).toBe('issue.result');
    expect(keyOf('落实期限')).toBe('issue.deadline');
    expect(keyOf('整改责任方')).toBe('issue.ownerUnit');
    // Heads alone name no matter.
    expect(keyOf('工作概括')).toBeNull();
    expect(keyOf('申请理由')).toBeNull();
    expect(keyOf('责任方')).toBeNull();
    expect(keyOf('落实情况')).toBeNull();
  });

  it('reads an answer given there and then (社区当场回复, 领导答复意见) as the feedback, not a leader\'s instruction', () => {
    expect(keyOf('社区当场回复')).toBe('issue.feedback');
    expect(keyOf('领导答复意见')).toBe('issue.feedback');
    expect(keyOf('领导批示')).toBeNull();
    expect(keyOf('领导意见')).toBeNull();
  });

  it('reads a plight as a case (困境情形) as the household\'s tags, measures taken against a danger as the measures', () => {
    expect(keyOf('困境情形')).toBe('resident.tags');
    expect(keyOf('困难情况')).toBe('issue.description');
    expect(keyOf('采取的应急措施')).toBe('issue.measures');
    expect(keyOf('应急措施')).toBeNull();
  });

  it('reads what the user came to know of a household (掌握的户情) and how a session went (走访经过, 核查过程记录) as the visit\'s record', () => {
    expect(keyOf('掌握的户情')).toBe('visit.content');
    expect(keyOf('走访经过')).toBe('visit.content');
    expect(keyOf('核查过程记录')).toBe('visit.content');
    // A check's or a callback's course is its own matter; an event's course is the matter's.
    expect(keyOf('检查经过')).toBeNull();
    expect(keyOf('回访经过')).toBeNull();
    expect(keyOf('事件经过')).toBe('issue.description');
    expect(keyOf('研究采用的方法')).toBe('topic.method');
  });

  it('reads help done already (已提供的帮助) as the measures, and what every side said at a meeting (与会各方发言) as its record', () => {
    expect(keyOf('已提供的帮助')).toBe('issue.measures');
    expect(keyOf('与会各方发言')).toBe('visit.content');
    // A dispute's two parties (双方意见) are no meeting's sides.
    expect(keyOf('双方意见')).toBeNull();
  });

  it('reads somebody\'s wishes listed with what needs solving (老人心愿和需要解决的困难) as the matter raised', () => {
    expect(keyOf('老人心愿和需要解决的困难')).toBe('issue.description');
    expect(keyOf('家庭情况及需协调事项')).toBeNull();
    expect(keyOf('入学意愿')).toBeNull();
  });

  it('reads what the user said and how the other answered (我们说了什么，对方什么态度) as the talk', () => {
    expect(normalizeLabel('我们说了什么，对方什么态度')).toBe('谈话内容');
    expect(normalizeLabel('讲了什么、怎么说')).toBe('讲了什么、怎么说');
  });

  it('reads how it was handled there (现场如何整改的) and help given for somebody (给老人帮了什么忙) as asked plainly', () => {
    expect(normalizeLabel('现场如何整改的')).toBe('解决措施');
    expect(normalizeLabel('给老人帮了什么忙')).toBe('帮扶措施');
    expect(normalizeLabel('给谁办的')).toBe('给谁办的');
  });
});

describe('classifyLabel: the words of the seventh round of blind pages', () => {
  it('reads the resident or a relative answering for them (本人或家属联系电话) as the resident', () => {
    expect(keyOf('本人或家属联系电话')).toBe('resident.phone');
    expect(keyOf('本人及家属的主要诉求')).toBe('issue.description');
    expect(keyOf('家属联系电话')).toBeNull();
  });

  it('reads the village by the names of the north-east, a town and a stationed cadre (所属村屯, 居村委, 驻村村)', () => {
    expect(['所属村屯', '居村委', '驻村村', '驻村（社区）'].map((label) => keyOf(label))).toEqual(Array(4).fill('place.community'));
  });

  it('reads a callback\'s original matter, the handling body\'s reply and the resident\'s verdict', () => {
    expect([keyOf('原诉求内容'), keyOf('承办单位答复'), keyOf('群众评价')]).toEqual(['issue.description', 'issue.result', 'issue.feedback']);
  });

  it('reads what a visit gathered (收集民情, 收集到的问题), a diary by its name, and who checked along (同排查人员)', () => {
    expect([keyOf('收集民情'), keyOf('了解到的民情'), keyOf('收集到的问题'), keyOf('日记')]).toEqual(['visit.content', 'visit.content', 'issue.description', 'visit.content']);
    expect([keyOf('同排查人员'), keyOf('调研点')]).toEqual(['visit.companions', 'topic.location']);
  });

  it('reads 群众评价 told in a box as the feedback, but not offered as a satisfaction rating (满意/不满意): theirs to give', () => {
    const doc = page(`<form><p><label>整改措施<textarea></textarea></label></p><p><label>群众评价<textarea></textarea></label></p>
      <p>群众评价<label><input type="radio" name="p">满意</label><label><input type="radio" name="p">基本满意</label><label><input type="radio" name="p">不满意</label></p></form>`);
    expect(keys(doc)).toEqual(['issue.measures', 'issue.feedback', null]);
  });

  it('reads the words of a service station, a monitoring visit and a profile (送办部门, 承诺办结, 新增困难, 工作单位全称，如：…)', () => {
    expect([keyOf('所在村社'), keyOf('具体需求（群众要办什么、有什么困难）'), keyOf('新增困难'), keyOf('送办部门'), keyOf('承诺办结'), keyOf('办件状态')])
      .toEqual(['place.community', 'issue.description', 'issue.description', 'issue.ownerUnit', 'issue.deadline', 'issue.status']);
    expect([keyOf('日记撰写人'), keyOf('工作单位全称，如：××镇人民政府', { party: 'officer', selfPage: true })]).toEqual(['officer.name', 'officer.unit']);
  });

  it('reads who went along with examples of whom (陪同人员（楼栋长、志愿者等）)', () => {
    expect(keyOf('陪同人员（楼栋长、志愿者等）')).toBe('visit.companions');
  });

  it('reads the body stamping the form (单位（盖章）) and a household\'s kind of 农户', () => {
    expect(keyOf('单位（盖章）：')).toBe('officer.unit');
    const doc = page(`<form><p>农户类型<label><input type="checkbox">脱贫户</label><label><input type="checkbox">监测对象</label>
      <label><input type="checkbox">低保户</label></p></form>`);
    expect(keys(doc)).toEqual(['resident.tags']);
  });

  it('reads a study\'s 转化成果 as no matter\'s outcome, and more words of checks, ledgers and visits', () => {
    expect([keyOf('转化成果'), keyOf('转化成效')]).toEqual([null, 'issue.result']);
    expect([keyOf('检查点位'), keyOf('涉及农户'), keyOf('家庭主要需求'), keyOf('同去'), keyOf('民情记事'), keyOf('申请人姓名/名称')])
      .toEqual(['visit.location', 'resident.name', 'issue.description', 'visit.companions', 'visit.content', 'resident.name']);
  });

  it('reads a callback\'s matter as first raised (原反映问题), a need (主要需求), a stationed village (驻村) and a team member along (同组排查人员)', () => {
    expect([keyOf('原反映问题'), keyOf('主要需求'), keyOf('驻 村：'), keyOf('同组排查人员')]).toEqual(['issue.description', 'issue.description', 'place.community', 'visit.companions']);
  });

  it('reads a micro-grid (所属微网格), the topic a report answers (对应课题), a due day (应办结日期) and meeting the petitioner (见面日期)', () => {
    expect([keyOf('所属微网格'), keyOf('对应课题'), keyOf('应办结日期'), keyOf('见面日期')]).toEqual(['place.grid', 'topic.title', 'issue.deadline', 'visit.date']);
  });

  it('reads a committee area (所属片区), a group kept as the grid (组（网格）) but not the user\'s own (责任片区), a linked community, a visit\'s notes and a county leader taking a study', () => {
    expect([keyOf('所属片区'), keyOf('片区'), keyOf('责任片区'), keyOf('包干片区'), keyOf('组（网格）')]).toEqual(['place.grid', 'place.grid', null, null, 'place.grid']);
    expect([keyOf('挂钩社区'), keyOf('走访记事'), keyOf('领题县领导'), keyOf('领题市级领导')]).toEqual(['place.community', 'visit.content', 'topic.lead', 'topic.lead']);
  });

  it('reads a ledger\'s words for learning of the people\'s mood (了解时间, 收集地点, 民情事项) and how a household lives (生活状况)', () => {
    expect([keyOf('了解时间'), keyOf('了解地点'), keyOf('民情类别'), keyOf('生活状况')]).toEqual(['visit.date', 'visit.location', 'issue.category', 'visit.content']);
    expect([keyOf('收集地点'), keyOf('民情事项')]).toEqual(['visit.location', 'issue.title']);
  });

  it('reads a cadre\'s sending unit (派驻单位), the people\'s word on a close-out (群众反馈意见), control measures and a house\'s owner', () => {
    expect([keyOf('派驻单位'), keyOf('群众反馈意见'), keyOf('管控措施'), keyOf('检查机构')]).toEqual(['officer.unit', 'issue.feedback', 'issue.measures', 'officer.unit']);
    expect([keyOf('产权人姓名'), keyOf('产权人联系电话'), keyOf('房屋所有人身份证号')]).toEqual(['resident.name', 'resident.phone', 'resident.idNumber']);
    // Who received the user at home (接待人（在家成员）): one of the household, not the user receiving a petitioner.
    expect([keyOf('接待人（在家成员）'), keyOf('接待人', { party: null, selfPage: false })]).toEqual([null, 'officer.name']);
  });

  it('reads a number of either kind (手机/固话), a house\'s place, a reply\'s wording, a stationed township, an interpreter or a body going along, a session\'s venue and the most pressing trouble', () => {
    expect([keyOf('手机/固话'), keyOf('房屋具体位置（门牌号）'), keyOf('答复市民口径'), keyOf('驻点乡（镇）')]).toEqual(['resident.phone', 'resident.address', 'issue.feedback', 'place.street']);
    expect([keyOf('随行翻译'), keyOf('村服务站陪同'), keyOf('调解场所'), keyOf('服务场所')]).toEqual(['visit.companions', 'visit.companions', 'visit.location', null]);
    expect([keyOf('生活及康复状况'), keyOf('当前最需要解决的困难'), keyOf('到哪些地方调研'), keyOf('翻译人员')]).toEqual(['visit.content', 'issue.description', 'topic.location', null]);
  });

  it('reads a 街镇, a deadline to correct by (限期改正至) and a check\'s place (检查地点), but not where something was found', () => {
    expect([keyOf('所在街镇'), keyOf('限期改正至'), keyOf('检查地点'), keyOf('排查地点'), keyOf('发现地点')]).toEqual(['place.street', 'issue.deadline', 'visit.location', 'visit.location', null]);
  });

  it('reads a mediation committee (所属调委会) as the mediator\'s unit, an estate with its group (所在小区/村组), what is already done, the person\'s own asks and sides of life', () => {
    expect([keyOf('所属调委会', { party: null, selfPage: false }), keyOf('所在小区/村组'), keyOf('已办事项'), keyOf('本人诉求')]).toEqual(['officer.unit', 'resident.address', 'issue.measures', 'issue.description']);
    expect([keyOf('思想、生活、身体状况'), keyOf('思想状况')]).toEqual(['visit.content', null]);
    // The sides checked and then the check's word (住房及生活状况核查情况): the account of that check; means alone are not.
    expect([keyOf('家庭收入、财产、住房及生活状况核查情况'), keyOf('家庭收入及财产核查情况')]).toEqual(['visit.content', null]);
  });

  it('leaves guests invited to the user\'s act (邀请参加调解人员, 特邀调解员) empty, whatever role they are named by', () => {
    expect([keyOf('邀请参加调解人员', { party: null, selfPage: false }), keyOf('特邀调解员', { party: null, selfPage: false }), keyOf('调解员', { party: null, selfPage: false })])
      .toEqual([null, null, 'officer.name']);
  });

  it('reads a home visit\'s account (访视情况, 访视内容), a side of life\'s troubles and needs (就业困难和需求) and views gathered (收集的意见建议)', () => {
    expect([keyOf('访视情况（生活、康复、就业、精神状态）'), keyOf('访视内容'), keyOf('就业困难和需求'), keyOf('收集的意见建议'), keyOf('就业困难')])
      .toEqual(['visit.content', 'visit.content', 'issue.description', 'issue.description', null]);
  });

  it('reads help with practical matters (帮办实事情况) as measures, a paired kin\'s asks (亲戚诉求), why one applies (申请事由) and a home\'s phone', () => {
    expect([keyOf('帮办实事情况'), keyOf('亲戚诉求'), keyOf('申请事由'), keyOf('家庭电话')])
      .toEqual(['issue.measures', 'issue.description', 'issue.description', 'resident.phone']);
  });

  it('leaves a past season\'s problem (上个采暖期反映问题) empty, and reads the woman visited, a department\'s reply, the handling department and a household\'s asks', () => {
    expect([keyOf('上个采暖期反映问题'), keyOf('被访妇女姓名'), keyOf('部门答复'), keyOf('处理部门'), keyOf('住户诉求')])
      .toEqual([null, 'resident.name', 'issue.result', 'issue.ownerUnit', 'issue.description']);
  });

  it('reads a label with what to cover listed after a colon (走访情况：思想、生活、身体等) as the label', () => {
    expect([keyOf('走访情况：思想状况、生活起居、家属陈述等'), keyOf('走访情况')]).toEqual(['visit.content', 'visit.content']);
  });
});

describe('classifyLabel: words a round of unseen forms used', () => {
  it('reads examples listed in brackets as what to write about, not whose it is, and no part of a long label', () => {
    expect(keyOf('访视情况及指导（母乳喂养、产褥期保健、新生儿护理等）')).toBe('visit.content');
    expect(keyOf('联系电话（监护人）')).toBeNull();
  });

  it('reads the community a visit or a party member\'s contact went to, and a visitor\'s capacity', () => {
    expect(keyOf('联系社区')).toBe('place.community');
    expect(keyOf('走访社区')).toBe('place.community');
    expect(keyOf('身份', { party: 'officer', selfPage: false })).toBe('officer.position');
    expect(keyOf('预计办结')).toBe('issue.deadline');
    expect(keyOf('其他隐患（请注明）')).toBeNull();
    expect(keyOf('其他隐患情况说明')).toBe('issue.description');
  });

  it('reads a yes-or-no question answered by statuses (是否办结: 已办结/办理中) as the status, and one answered 是/否 as nothing', () => {
    const doc = page(`<form><p><label>问题描述<textarea></textarea></label></p>
      <p><label>是否办结<select><option value="">请选择</option><option>是</option><option>否</option></select></label></p>
      <p><label>是否办结<select><option value="">-选择-</option><option>已办结</option><option>办理中</option><option>未办理</option></select></label></p></form>`);
    expect(keys(doc)).toEqual(['issue.description', null, 'issue.status']);
  });

  it('reads the section of a child\'s parents working away (外出父母) as somebody else\'s', () => {
    const doc = page(`<form><h3>儿童信息</h3><p><label>儿童姓名<input></label></p><h3>外出父母</h3><p><label>父亲/母亲<input></label></p><p><label>联系电话<input></label></p></form>`);
    expect(keys(doc)).toEqual(['resident.name', null, null]);
  });

  it('reads a migrant register\'s person (流动人员) as the resident and a mother\'s newborn (新生儿) as somebody else', () => {
    const doc = page(`<form><h4>流动人员</h4><p><input placeholder="姓名"></p><p><input placeholder="手机号码"></p>
      <h4>新生儿</h4><p><label>性别<select><option value="">请选择</option><option>男</option><option>女</option></select></label></p></form>`);
    expect(keys(doc)).toEqual(['resident.name', 'resident.phone', null]);
  });
});

describe('classifyLabel: words of the holdout43 round', () => {
  it('reads a visit named with whom it meets (约见信访人日期, 走访群众时间) as the visit\'s day', () => {
    expect(keyOf('约见信访人日期')).toBe('visit.date');
    expect(keyOf('走访群众时间')).toBe('visit.date');
    expect(keyOf('约见日期')).toBe('visit.date');
  });

  it('reads a count (发现隐患数, 问题数) as no value of ours', () => {
    expect(keyOf('发现隐患数')).toBeNull();
    expect(keyOf('问题数')).toBeNull();
  });

  it('reads the door-to-door mobilisation before a transfer (入户动员日期) as the visit', () => {
    expect(keyOf('入户动员日期')).toBe('visit.date');
  });

  it('reads 社区居委 as the community, as 社区居委会', () => {
    expect(keyOf('社区居委')).toBe('place.community');
  });

  it('reads what a care group needs, and what a visit gathered, as the matter raised', () => {
    expect(keyOf('老人诉求（没有可不填）')).toBe('issue.description');
    expect(keyOf('残疾人需求')).toBe('issue.description');
    expect(keyOf('收集诉求')).toBe('issue.description');
  });
});

describe('classifyLabel: words of the holdout44 round', () => {
  it('reads the user\'s round of a river or a forest (巡河人, 巡护人) as the user, and a patrol\'s 范围 as where it went', () => {
    expect(keyOf('巡河人')).toBe('officer.name');
    expect(keyOf('巡护人')).toBe('officer.name');
    expect(keyOf('巡查范围')).toBe('visit.location');
  });

  it('reads a mediation\'s facts and agreement, a party member\'s asks and the help done', () => {
    expect(keyOf('纠纷主要事实、争议事项')).toBe('issue.description');
    expect(keyOf('经调解，自愿达成如下协议')).toBe('issue.result');
    expect(keyOf('党员诉求及意见建议')).toBe('issue.description');
    expect(keyOf('办实事好事')).toBe('issue.measures');
  });

  it('reads a flat\'s building and number, a resettled village and the village a cadre is stationed in', () => {
    expect(keyOf('楼栋房号')).toBe('resident.address');
    expect(keyOf('移民村')).toBe('place.community');
    expect(keyOf('所驻村')).toBe('place.community');
  });
});

describe('classifyLabel: words of the holdout45 round', () => {
  it('reads a work log\'s day, station and account, and a petition review\'s matter, deadline and meeting', () => {
    expect(keyOf('日志日期')).toBe('visit.date');
    expect(keyOf('驻村乡镇')).toBe('place.street');
    expect(keyOf('驻村村委会')).toBe('place.community');
    expect(keyOf('当日工作内容')).toBe('visit.content');
    expect(keyOf('复查事项')).toBe('issue.title');
    expect(keyOf('复查期限')).toBe('issue.deadline');
  });

  it('reads a profession named by the user\'s act (家访教师) as the user in anybody\'s section, and residents at a meeting as nobody', () => {
    expect(keyOf('家访教师', { party: 'other', selfPage: false })).toBe('officer.name');
    expect(keyOf('参会居民代表')).toBeNull();
  });

  it('reads those who took part along with the user (一同参加) as the companions', () => {
    expect(keyOf('一同参加')).toBe('visit.companions');
  });
});

describe('classifyLabel: words of the holdout58 round', () => {
  it('reads a village named by what it is to the record as the community, not one left, a neighbour\'s or a hamlet', () => {
    for (const label of ['受益村屯', '项目所在村', '征迁村', '红色名村']) expect(keyOf(label)).toBe('place.community');
    for (const label of ['原居住村', '迁出村', '自然村', '邻村', '是否贫困村']) expect(keyOf(label)).toBeNull();
  });

  it('reads the street or village of a registered home as the place, the registered address whole as nothing', () => {
    expect(keyOf('户籍所在街道')).toBe('place.street');
    expect(keyOf('户籍所在镇（街）')).toBe('place.street');
    expect(keyOf('户口所在村')).toBe('place.community');
    expect(keyOf('户籍所在地')).toBeNull();
  });

  it('reads the people of the user\'s body by their post (驻村工作队联系人, 工作队队长) as nobody we know', () => {
    expect(keyOf('驻村工作队')).toBe('officer.unit');
    expect(keyOf('驻村（居）工作队联系人')).toBeNull();
    expect(keyOf('驻村工作队队长')).toBeNull();
  });

  it('reads the body bearing the main charge (主责单位) and its person as the matter\'s owners', () => {
    expect(keyOf('主责单位')).toBe('issue.ownerUnit');
    expect(keyOf('主责人')).toBe('issue.owner');
  });

  it('reads the home of a household moved for a project, now or in the meantime, and a device\'s fitting address as its home', () => {
    for (const label of ['回迁安置地址', '过渡期住址', '安装地址']) expect(keyOf(label, { party: 'resident', selfPage: false })).toBe('resident.address');
  });

  it('reads a night visit (夜访), care measures and a ranger\'s grid number', () => {
    expect(keyOf('夜访日期')).toBe('visit.date');
    expect(keyOf('夜访形式')).toBe('visit.type');
    expect(keyOf('夜访情况')).toBe('visit.content');
    expect(keyOf('关爱措施')).toBe('issue.measures');
    expect(keyOf('管护网格编号')).toBe('place.grid');
  });
});

describe('classifyLabel: words of the holdout59 round', () => {
  it('reads a need collected from residents by its title, its field and its account', () => {
    expect(keyOf('需求标题')).toBe('issue.title');
    expect(keyOf('需求领域')).toBe('issue.category');
    expect(keyOf('需求描述')).toBe('issue.description');
  });

  it('reads the street of a resettled home, a building\'s or a patrol\'s grid, and guidance given', () => {
    expect(keyOf('安置地街道（乡镇）')).toBe('place.street');
    expect(keyOf('楼栋网格')).toBe('place.grid');
    expect(keyOf('巡护网格')).toBe('place.grid');
    expect(keyOf('指导意见及措施')).toBe('issue.measures');
  });

  it('reads a grower (种植户, 茶农) the page asks about as the resident', () => {
    const doc = page(`<form><label>种植户姓名<input></label><label>种植户电话<input></label><label>服务日期<input type="date"></label></form>`);
    expect(keys(doc)).toEqual(['resident.name', 'resident.phone', 'visit.date']);
  });
});

describe('classifyLabel: words of the holdout60 round', () => {
  it('reads a mainland number, a home\'s place now, the troubles of living and a patrol\'s leader', () => {
    expect(keyOf('内地手机', { party: 'resident', selfPage: false })).toBe('resident.phone');
    expect(keyOf('现居镇街')).toBe('place.street');
    expect(keyOf('现居住街道')).toBe('place.street');
    expect(keyOf('现居社区')).toBe('place.community');
    expect(keyOf('生产生活困难')).toBe('issue.description');
    expect(keyOf('带队人')).toBe('officer.name');
    expect(keyOf('带队领导')).not.toBe('officer.name');
  });

  it('reads a boat\'s master aboard, a household\'s kind and a shop\'s asks', () => {
    expect(keyOf('在船船长')).toBe('resident.name');
    expect(keyOf('农户属性')).toBe('resident.tags');
    expect(keyOf('商户诉求')).toBe('issue.description');
  });
});

describe('classifyLabel: words of the holdout61 round', () => {
  it('reads a helper of the household going along (陪同楼门长) as a companion, the helper alone as nobody we know', () => {
    expect(keyOf('陪同楼门长')).toBe('visit.companions');
    expect(keyOf('同行村医')).toBe('visit.companions');
    expect(keyOf('楼门长')).toBeNull();
  });

  it('reads a herders\' village committee and questions answered on the spot', () => {
    expect(keyOf('牧委会')).toBe('place.community');
    expect(keyOf('现场解答处理')).toBe('issue.measures');
  });
});

describe('classifyLabel: words of the holdout62 round', () => {
  it('reads the team\'s other members, a round overseeing a practice and what was done there', () => {
    expect(keyOf('其他队员')).toBe('visit.companions');
    expect(keyOf('督导日期')).toBe('visit.date');
    expect(keyOf('劝导及处理')).toBe('issue.measures');
    expect(keyOf('巡查岸段')).toBe('visit.location');
  });

  it('reads a home\'s other contact, what a hazard threatens and a facility one belongs to as nobody we know', () => {
    expect(keyOf('家中联系人')).toBeNull();
    expect(keyOf('威胁对象')).toBeNull();
    expect(keyOf('救助对象')).toBe('resident.name');
    expect(keyOf('所属电站')).toBeNull();
    expect(keyOf('所属服务站')).toBe('officer.unit');
  });

  it('reads a proxy parent as the user and a child\'s wishes and home', () => {
    const proxy = page(`<form><h3>结对儿童</h3><label>姓名<input></label><h3>代理家长</h3><label>姓名<input></label><label>手机号<input></label></form>`);
    expect(keys(proxy)).toEqual(['resident.name', 'officer.name', 'officer.phone']);
    expect(keyOf('孩子心愿')).toBe('issue.description');
    expect(keyOf('住房坐落', { party: 'resident', selfPage: false })).toBe('resident.address');
    expect(keyOf('冬季定居点住址', { party: 'resident', selfPage: false })).toBe('resident.address');
  });
});

describe('classifyLabel: words of the holdout63 round', () => {
  it('reads a session helping a corrected person (帮教), the cadres at a meeting and what it resolved', () => {
    expect(keyOf('帮教日期')).toBe('visit.date');
    expect(keyOf('帮教责任人')).toBe('officer.name');
    expect(keyOf('参与帮教人员')).toBe('visit.companions');
    expect(keyOf('参会连队干部')).toBe('visit.companions');
    expect(keyOf('形成决议')).toBe('issue.result');
    expect(keyOf('提议人')).toBe('resident.name');
  });

  it('reads a body only the user\'s side sits on going along (陪同红白理事会成员), a rider\'s asks and a fire hazard found', () => {
    expect(keyOf('陪同红白理事会成员')).toBe('visit.companions');
    expect(keyOf('骑手诉求')).toBe('issue.description');
    expect(keyOf('发现火灾隐患')).toBe('issue.description');
  });
});
