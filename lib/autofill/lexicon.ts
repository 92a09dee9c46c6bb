import type { FieldKey } from './keys';

/**
 * The label lexicon (标签词库): how government forms name each field. Labels are compared after
 * normalizeLabel (no spaces, marks, colons; half-width). Exact matches only, except long specific
 * phrases (see classify.ts): a wrong fill is worse than a miss.
 */

/** Whose details a field holds (当事方): the user (填报人), the resident (群众), or somebody else (家属…: never filled). */
export type Party = 'officer' | 'resident' | 'other';
/** Person attributes whose key depends on the party. */
export type PersonAttr = 'name' | 'gender' | 'idNumber' | 'phone' | 'address' | 'unit' | 'position';

export const PERSON_ATTRS: Record<PersonAttr, readonly string[]> = {
  // A person or a body asked in one box (申请人姓名/名称).
  name: ['姓名', '名字', '真实姓名', '姓名/名称', '姓名(名称)'],
  // 称谓 offering 先生/女士 (a text 称谓 is left empty: see detect.ts).
  gender: ['性别', '称谓', '称呼'],
  idNumber: [
    '身份证号', '身份证号码', '身份证', '公民身份号码', '公民身份证号', '公民身份证号码', '身份号码', '证件号码', '证件号',
    '身份证件号码', '居民身份证号', '居民身份证号码', '身份证件号', '有效证件号码', '证件编号',
    // A person's 社会保障号码 is their 公民身份号码 (not the 社保卡号 of the card).
    '社会保障号码', '社会保障号',
  ],
  phone: [
    '电话', '联系电话', '手机', '手机号', '手机号码', '联系方式', '电话号码', '移动电话', '联系手机', '手机电话', '联系号码',
    '本人电话', '本人手机', '来电号码', '联系人电话', '本人联系电话', '手机号码(必填)', '家庭电话',
    // One box for whichever number the person has (手机/固话): theirs, though a 座机 alone may be an office's.
    '手机/固话', '固话/手机', '手机/座机', '座机/手机',
    // A cross-border worker's number on the mainland (内地手机): the one we know.
    '内地手机', '内地手机号', '内地手机号码', '境内手机', '境内手机号',
    // The number the resident is called back on (回访电话, 回复号码, 回电手机).
    ...['回访', '回复', '回电', '答复', '回拨'].flatMap((act) => ['电话', '号码', '手机', '手机号', '手机号码', '联系电话'].map((head) => act + head)),
  ],
  address: [
    '住址', '地址', '家庭住址', '现住址', '详细地址', '居住地址', '家庭地址', '现居住地址', '现居地址', '联系地址', '通讯地址',
    '居住地', '现居住地', '家庭详细地址', '居住详细地址', '现住地址', '住所', '现住地', '现居住址', '门牌地址', '住房坐落', '住房地址',
    // 人口采集 pages: 详址 (detailed address), 实际居住地 (where one really lives), 楼栋门牌 (building and door).
    '详址', '现住地详址', '居住地详址', '现居住地详址', '实际居住地', '实际居住地址', '实际住址', '楼栋门牌', '楼栋单元户', '楼栋单元户号', '楼号单元户号', '楼号单元户',
    // A herding household's winter camp (冬营盘住址), where it lives in the season of the visit.
    '冬营盘住址', '冬营盘地址', '冬季营盘住址',
    // A party's legal address (住所地) on mediation and case forms; where one lives, said plainly (家住, 住在哪).
    '住所地', '家住', '住在哪', '住在哪里', '住哪', '家住哪', '家住哪里',
    // The home a check or a rental registers (房屋地址, 住房地址), by where it stands (房屋坐落, 住房位置) or its door
    // (房屋门牌, 房号): where the person checked, renting or owning lives.
    '房屋地址', '房屋详细地址', '住房地址', '住房详细地址', '楼栋房号',
    // The home a relocated household was given (易地搬迁 安置住房): where they live now.
    '安置住房', '安置房', '安置住房地址', '安置房地址', '房屋坐落', '房屋座落', '房屋位置', '住房位置', '房屋门牌', '房号', '房屋具体位置', '住房具体位置',
    // A home's door asked alone (门牌（弄/号/室）): its address, unless it is a part after a larger one (address-parts.ts);
    // the last blank of a printed address line, after its 乡/村 (组/号).
    '门牌', '门牌号', '门牌号码', '组/号',
    // The estate or village group with the building (所在小区/楼栋, 小区/村组): where the home is, in one box.
    // Bare (小区/楼栋) it may be a part beside the door asked apart.
    ...['所在', '居住'].flatMap((at) => ['小区/楼栋', '小区/楼院', '小区/村组', '小区(村组)'].map((place) => at + place)),
    // A party that may be a business: their home or its premises (住址/经营地址).
    '住址/经营地址', '住所/经营场所', '住址/经营场所',
  ],
  unit: ['单位', '所在单位', '工作单位', '单位名称', '单位全称', '工作单位名称', '工作单位全称', '所在单位名称', '所在单位全称', '所属单位', '所属机构', '所在机构', '工作机构', '部门', '所在部门', '所属部门', '工作部门',
    // A section of an office (接谈人所在科室).
    '科室', '所在科室', '所属科室'],
  // What capacity a visitor came in (探访人 身份: 网格员/志愿者/社工).
  position: ['职务', '职位', '现任职务', '党内职务', '岗位', '身份'],
};

/**
 * What a person belongs to besides a 单位 (妇联组织, 中队, 科室): "所在/所属 + <which> + one of them" is a person's
 * unit (所属执法中队), and so is one after the user's act (填报工会, 随访机构). Not a party branch (所在党支部): a
 * party member's branch, not the unit the user works for.
 */
export const ORGANISATION_HEADS = ['单位', '机构', '部门', '组织', '工会', '中队', '大队', '科室', '处室', '服务站', '工作站'];
// Not a party body (所属党组织) nor the body above the user's (所属主管部门, 所在上级单位): STYLE.md keys neither.
export const OWN_ORGANISATION = new RegExp(`^(所在|所属)(?!上级|主管|归口|挂靠)[^所党]{0,4}(${ORGANISATION_HEADS.join('|')})$`);
/**
 * A community's committee (所在居委会, 社区居委会, 村委): where a resident lives, but asked of the user (in the user's
 * block, or right after the user's name) the body the user works in.
 */
export const COMMUNITY_COMMITTEE = /^(所在|所属)?(社区|村)?(居委会|村委会|村居委会|居委|村委)$/;
/**
 * Bodies only the staff who serve belong to (服务站, 卫生院, 执法中队, 处室, 妇联), never the people they serve: such a
 * unit, bare or 所在/所属 (人社服务站, 所属卫生院, 所在妇联), is the user's even on a form about a resident. Not a 单位 or
 * 工会, which a resident has too.
 */
const STAFF_BODY_KINDS = ['服务站', '工作站', '社工站', '服务中心', '卫生院', '卫生室', '中队', '大队', '执法队', '科室', '处室', '妇联', '救援站', '消防站',
  // The state's stations in a township or a street (基层站所): police, justice, power, tax, finance, market supervision.
  '派出所', '司法所', '供电所', '税务所', '财政所', '监管所', '警务室', '警务站',
  // A forest ranger's station, a civility practice post (新时代文明实践所/站), a village's council on weddings and funerals
  // (红白理事会) whose members talk households round, a discipline inspection body (纪检监察组).
  '管护站', '保护站', '实践所', '实践站', '理事会', '纪检监察组', '纪检监察组织', '纪检组',
  // A mediation committee the mediator sits on (所属调委会, 所在医调委): STYLE.md, the mediator's unit.
  '调委会', '医调委', '调解委员会', '人民调解委员会'];
/**
 * After 所在/所属, a body by the shape of its name (所属供电所, 所在自然资源所, 所属税务分局, 所在社区卫生服务中心): a station,
 * a bureau, an office or a centre, which only its staff belong to. Not a place (所在场所, 住所) nor a home's registration
 * (户籍所在派出所: see party.ts for a 户籍 section).
 */
const BODY_SHAPES = ['所', '分局', '局', '站', '室', '中心'];
// The body may be asked by its name (服务站名称).
export const STAFF_BODY = new RegExp(`^(?!(所在|所属)?(户籍|户口))((所在|所属)?[^所]{0,4}(${STAFF_BODY_KINDS.join('|')})|(所在|所属)(?!上级|主管)[^所]{1,6}(?<![场住处厕诊电泵油基])(${BODY_SHAPES.join('|')}))(名称)?$`);

/**
 * Words before 地址/住址 that say only which address of the same person (本户地址, 现居住详细地址, 完整地址, 在樊住址: in
 * the city named by its one character; where a household moved for a project lives now, back in its new home or in the
 * meantime: 回迁安置地址, 过渡期住址; where a device was fitted in the home: 安装地址), or after
 * it only its detail (住址门牌, 地址门牌号).
 */
export const ADDRESS_MODIFIERS = /^(本户|现|完整|详细|具体|家庭|居住|常住|实际|当前|目前|回迁|安置|过渡期?|安装|(冬季)?定居点|在(?!外)\p{Script=Han})+(?=(地址|住址)$)|(?<=(地址|住址))(门牌号码|门牌号|门牌)$/u;

// ---- Party words (当事方词表): one small vocabulary, read by party.ts for labels and section headings ----

/**
 * The user's own acts (走访, 核查, 填报 …): "<act>人/人员/干部/党员" is the user ("走访人", "核查人员");
 * "<act>对象" and "被<act>人" are the resident ("走访对象", "被调查人").
 */
export const OFFICER_ACTS = [
  '填报', '登记', '记录', '经办', '走访', '填表', '上报', '报送', '录入', '采集', '受理', '接待', '接访', '调研', '核查', '慰问', '撰写',
  '回访', '排查', '巡查', '调查', '申报', '撰稿', '起草', '包联', '帮扶', '结对', '包户', '包保', '驻村', '挂点', '包片',
  // 资格认证 (认证人 is not a 证人), 入户核实, a report's 执笔人. Not 检查: 被检查单位 is no resident.
  '认证', '核实', '执笔',
  // The user's round of a river, a lake, a hill, a forest or a border (巡河人, 巡护人, 巡逻人员), as 巡查人.
  '巡河', '巡湖', '巡山', '巡林', '巡护', '巡逻',
  // A case the user's enforcement team registers (执法人员, 执法人).
  '执法',
  // Canvassing and care visits under other names (普查员, 摸排人员, 探访人, 随访人), the mediator (调解员), the one who replies.
  '普查', '摸排', '探访', '随访', '看望', '巡访', '调解', '回复', '答复',
  // Receiving a visitor to talk (接谈人 of a petition office), and a talk the user holds with a cadre or a resident
  // (谈话人, 谈心人: 谈话对象 is whom it is held with).
  '接谈', '谈话', '谈心',
  // Cadres sent down to a community (下沉干部, 下沉单位), a doctor's or midwife's home visit (访视医生, 访视机构), going
  // into homes (入户人员, 上门人员).
  '下沉', '访视', '入户', '上门',
  // A home visit by a women's federation or a teacher (家访人); gathering people's views on a ledger (民情收集人); a grid
  // worker's evening round (夜访人).
  '家访', '收集', '夜访',
  // A street calling the departments in on a matter (街乡吹哨、部门报到): the user blows the whistle (吹哨人, 吹哨单位).
  '吹哨',
  // Settling a dispute the user holds with the parties (调处人, 参与调处人员), as a mediation; leading a patrol's team
  // (带队人, 带队队员: not 带队领导, a leader beside the user); helping a corrected person (帮教责任人, 参与帮教人员).
  '调处', '带队', '帮教',
  // Reporting, filling in or typing in for a villager who cannot (代报人, 代填人, a suggestion point's 代录人): the user does
  // it; so is filling in the form (填写人).
  '代报', '代填', '代录', '填写',
  // Gathering residents' views (征集人 of a 意见征集), and reporting a handled matter back (反馈人 of a 整改反馈).
  '征集', '反馈',
];
/** How a doer of the user's acts is named: 走访人, 核查人员, 调查员, 包联干部, 随访医生, 接待代表. */
/** Who fills the form in (填表人, 登记人（联络站工作人员）, 记录员): surely the user, by whatever act the page names them. */
export const FILER = /^(填表|填报|填写|登记|记录|录入|上报|报送|经办)(人|人员|员)/;
export const OFFICER_PERSONS = ['人', '人员', '员', '干部', '党员', '医生', '护士', '社工', '代表', '委员', '执委', '队员'];
/** Acts that file a form: their contact (填报联系人, 申报联系人) is the user who files it. */
export const FILING_ACTS = ['填报', '上报', '报送', '申报', '填表', '录入'];
/** An officer post named after its field of work (民政专干, 就业专干, 劳动保障协管员): the user. */
export const OFFICER_POSTS = ['专干', '协管员', '专管员'];
/**
 * Roles of the user that name the user only at the start of a label (代表姓名, 委员职务 on a 人大代表's or
 * 政协委员's own pages); inside a label they are somebody's (村民代表, 委员会).
 */
export const LEADING_OFFICER_ROLES = ['代表', '委员'];
/** Acts that pair the user with households (包联, 帮扶): their 责任人/负责人 is the user (帮扶责任人). */
export const PAIRING_ACTS = ['包联', '帮扶', '结对', '包户', '包保', '驻村', '挂点', '包片'];
/** Acts done for the resident whose doer is not named as the user (救助, 关爱): only their objects are parties. */
export const CARE_ACTS = ['访', '救助', '服务', '关爱', '受助'];
/** The resident's own acts: "<act>人" is the resident ("诉求人", "投诉人"). */
export const RESIDENT_ACTS = [
  '诉求', '来电', '反映', '来访', '信访', '投诉', '举报', '求助', '申请', '需求', '咨询', '报修', '受助', '来信', '留言', '参保',
  // Putting an item to a council (提议人, 提议职工).
  '提议',
];
/**
 * Acts either side does (申请): the resident applies for aid, the user for closing a matter. Their doer
 * (申请人, 申请单位) is the resident's unless the section is the user's (a 销号申请, see OFFICER_REQUEST).
 */
export const EITHER_SIDE_ACTS = ['申请'];
/**
 * A request the user files about a matter they handle (销号申请, 延期申请): its applicant is the user. Said act first
 * (申请销号), only of closing the matter: 申请延期缴费 or 申请退回 may be the resident's.
 */
export const OFFICER_REQUEST_MATTERS = ['销号', '办结', '结案', '延期', '退回', '回退', '退单', '改派', '挂起', '销账'];
export const OFFICER_REQUEST = new RegExp(`(${OFFICER_REQUEST_MATTERS.join('|')})(申请|审批表|申请表)|(申请|提请)(销号|办结|结案|销账)`);
/** Party nouns that no act makes ("户主", "网格员", "监护人"). Longer words win ("紧急联系人" over "联系人"). */
/**
 * People who serve the household beside the user (its village doctor, its building's or stairway's head): never the one
 * visited; going along with the user (陪同楼门长), they are the visit's companions.
 */
export const NEIGHBOURHOOD_HELPERS = ['村医', '乡村医生', '楼长', '楼栋长', '单元长', '楼门长'];

export const PARTY_NOUNS: Record<Party, readonly string[]> = {
  officer: ['网格员', '工作人员', '志愿者', '党员', '干部', '联系干部', '联系党员', '检查人', '检查人员', '人大代表', '政协委员',
    // A city-management supervisor (监督员), a post named 专员 (就业服务专员), the author of the user's study (第一作者).
    '监督员', '专员', '作者',
    // The cadres who look after women and children (儿童主任, 妇女主任): posts of the user, not the groups they serve.
    '儿童主任', '妇女主任',
    // Posts of people who serve by a duty (联络员 of a study or a station, 信息员, 护林员, a 妇联's 执委, a team's 队员).
    '执委', '队员', '联络员', '信息员', '宣传员', '护林员', '巡护员', '巡逻员', '巡防员',
    // The family doctor who signed the care of the patient visited (签约医生; a bare 家庭医生 may be the resident's own
    // contact), a social worker, a village's 第一书记, a children's 督导员, who patrols a river or a wood.
    '签约医生', '签约家庭医生', '社工', '社会工作者', '第一书记', '督导员', '巡河员', '巡林员', '巡山员', '巡检员',
    // A volunteer paired with a left-behind child as its parent for the while (代理家长, 爱心妈妈); who answers for helping
    // a corrected person (帮教责任人).
    '代理家长', '代理妈妈', '爱心妈妈', '帮教责任人',
    // Who answers for a check the user makes of homes (排查责任人 of a typhoon's house check).
    '排查责任人'],
  // A bare 对象 (对象姓名, 对象电话) is the person the visit or service is for.
  resident: ['户主', '当事人', '居民', '群众', '住户', '联系人', '联系户', '困难群众', '受助群众', '来电', '诉求', '对象',
    // A voter a deputy receives, a worker a trade union helps, the person a home visit is for (被访妇女, 被访老人).
    '选民', '职工', ...['妇女', '老人', '儿童', '群众', '居民', '村民'].map((who) => `被访${who}`),
    // Who lives in a home checked (居住人), the person checked there (被检查人), who answers for a place inspected
    // (在场负责人, 在船负责人, a boat's 在船船长), the people a matter concerns (当事群众, 涉事人员, 涉及人员).
    '居住人', '实际居住人', '被检查人', '被检查户', '在场负责人', '现场负责人', '在船负责人', '在船船长', '违法行为人', '违章行为人',
    // Whose family occasion or mishap it is (事主 of a wedding, a funeral, a theft): the one the user calls on.
    '事主',
    // A household a project benefits (受益户户主, 受益户电话), as one the user helps.
    '受益户',
    // The resident or a relative answering for them (本人或家属联系电话, 本人及家属诉求): still the resident's own.
    ...['或', '及', '和', '或其', '及其'].map((and) => `本人${and}家属`),
    ...['当事', '涉事', '涉及'].flatMap((part) => ['人员', '群众', '居民', '农户', '住户'].map((who) => part + who))],
  other: [
    '对方当事人', '对方', '另一方', '紧急联系人', '家中联系人', '在家联系人', '监护人', '家属', '配偶', '父亲', '母亲', '父母', '子女', '亲属', '代理人', '代领人', '代办人',
    '委托人', '法定代表人', '法人', '担保人', '家庭成员', '在家成员', '家中成员', '共同居住', '同住人', '推荐人', '介绍人', '审核人', '审批人',
    '第三人', '见证人', '证人', '其他成员', '其他人员', '共同生活', '赡养人', '抚养人',
    // The landlord of a rented home (房东, 出租人): the resident visited is its tenant (承租人).
    '房东', '出租人',
    ...NEIGHBOURHOOD_HELPERS,
    // Who looks after the resident for the family (陪护人, 照料人), as a 监护人 does; who a complaint is against (举报对象)
    // and who did the harm (肇事人, 侵害人): never the resident the user meets.
    // A mother's newborn on her postnatal visit (新生儿: 姓名, 性别): one of her family, not the one visited.
    '新生儿', '婴儿',
    // A hearing's panel (听证员): neither the user, who records it, nor the petitioner.
    '听证员',
    '陪护人', '照料人', '照护人', '看护人', '护工', '举报对象', '投诉对象', '反映对象', '控告对象', '肇事人', '肇事者', '侵害人', '加害人', '施暴人', '侵权人',
  ],
};
/** Section words for where an event happened (事发地点): addresses there are not the resident's home. */
export const EVENT_PLACE_WORDS = ['事发', '事件地点', '发生地', '问题地点', '事件位置', '问题位置'];
/**
 * The care categories the users visit (DOMAIN.md): a section "老人信息" or "残疾人基本情况" is about the
 * resident, and so is a label with one before a head ("残疾人姓名", "老人电话"). As a whole label ("残疾人")
 * they are a category, not a name.
 */
export const RESIDENT_SECTION_WORDS = [
  '老人', '老年人', '残疾人', '特困人员', '特困供养', '低保户', '低保对象', '困难户', '五保户', '退役军人', '留守儿童', '困难家庭',
  '脱贫户', '监测户', '患者',
  // The groups women's federations and children's directors serve, and a rural or herding household (妇女姓名, 儿童身份证,
  // 农户电话, 牧户姓名).
  '妇女', '儿童', '农户', '牧户',
  // A pupil a teacher's home visit is about (学生姓名, 学生信息: 控辍保学).
  '学生',
  // A mother a postnatal visit is for (产妇姓名, 孕产妇电话).
  '产妇', '孕产妇',
  // The families of overseas Chinese a 侨务 visit is for (侨眷姓名, 归侨侨眷电话, 侨眷诉求), and people moved out of a
  // reservoir's area (库区移民: 移民姓名, 移民诉求).
  '侨眷', '归侨', '侨胞', '归侨侨眷', '移民',
  // The tenant a rental registration is about (承租人信息, 承租人姓名); a bare 承租人 beside a 房东 may be nobody we visit.
  '承租人', '租住人', '租户',
  // The owner of a house checked (产权人姓名, 房主手机, 房屋所有人电话): whom a house check is about.
  '产权人', '房屋产权人', '房屋所有人', '房屋所有权人', '房主',
  // The owner of a boat or a vehicle checked (船舶所有人, 渔船所有人, 车辆所有人): the person the check deals with.
  '船舶所有人', '渔船所有人', '车辆所有人', '机动车所有人',
  // The master of a boat checked (船长姓名, 船长信息): as a whole label 船长 may be the boat's length.
  '船长',
  // The village worthies a township keeps in touch with (乡贤姓名, 新乡贤电话).
  '乡贤', '新乡贤',
  // The people a flood or typhoon transfer moves out of danger (转移人员信息, 撤离人员姓名).
  '转移人员', '撤离人员', '避险人员',
  // The retirees a street's social management looks after (退休人员基本信息).
  '退休人员', '离退休人员',
];
/** Section headings about the user's side of a ticket (受理信息, 经办信息) or the user themself (本人信息, 我的资料). */
/**
 * A section where someone else checks, signs for, approves or passes on the matter (审核信息, 领导批示, 签收, 督办, 交办)
 * naming nobody: its 姓名/电话 are that person's, its 内容/日期 that act's, not the resident's or the visit's. Not the
 * handling itself (办理, 办结, 回访): a page's title says so of the user's own form (问题办结销号申请).
 */
export const REVIEW_SECTION = /审核|审批|批示|批办|呈批|签发|签收|复核|督办|交办|转办/;
export const OFFICER_SECTION_WORDS = ['受理信息', '经办信息', '填报信息', '报送信息', '登记信息', '接待信息', '办理人信息', '受理人员', '本人', '我的'];
/** A heading that is the user's filing act alone (经办, 填报): the fields under it are the user's. */
export const OFFICER_SECTION_ACT = /^(经办|填报|受理|报送)(情况)?$/;

/**
 * A section about an organisation (单位信息, 企业基本情况), or one titled by a body never the user's (医疗机构, 企业): its
 * 联系人/电话/地址/科室 are the organisation's.
 */
export const ORGANISATION_SECTION = /(企业|公司|单位|商户|店铺|机构|组织|学校|医院|物业|社会组织)(基本)?(信息|情况|资料|概况)$|^(企业|公司|商户|店铺|医院|医疗机构|学校|物业公司)$/;

/**
 * A section heading that names a party ("见证人", "鉴定人信息", "乙方情况"): whoever it is, if the role
 * words do not say it is the user or the resident, its person fields are somebody else's.
 */
export const PARTY_SECTION = /^(?!人员|个人)(.{1,8})(人|方|者|员)(的)?(基本)?(信息|情况|资料|身份信息)?$/;

/**
 * A visit goes by many names (核查, 慰问, 接访, 志愿服务 …): "<act><suffix>" (核查日期, 慰问地点, 服务内容)
 * means the visit's date, place, record or form. 回访 is not here: 回访情况 is the feedback.
 */
export const VISIT_ACTS = ['核查', '入户核查', '慰问', '走访慰问', '接访', '下访', '约访', '约见', '入户动员', '服务', '联系', '帮扶', '调查', '入户调查', '家访', '走访调查', '座谈', '谈心', '个别谈心', '访谈', '座谈访谈', '现场办公',
  // Visits under the names of other checks (接待, 核实, 安全检查, 资格认证, 矛盾排查, 人口采集): their dates at least.
  '接待', '核实', '入户核实', '检查', '入户检查', '认证', '上门认证', '排查', '采集', '征集',
  // Visits to the old and the door-to-door surveys (探访, 摸排): 探访记录 is the visit's record, 摸排日期 its date.
  '探访', '入户探访', '摸排', '入户摸排',
  // A visit by its plain names (上门, 看望, 巡访 of the old, 随访 of the sick).
  '入户', '上门', '上门走访', '实地走访', '看望', '探望', '走访看望', '巡访', '随访',
  // A cadre's call on the family paired with them as kin (走亲 of 民族团结 结对认亲): 走亲日期, 走亲小结; a grid worker's
  // evening round of the households out by day (网格夜访: 夜访日期, 夜访形式, 夜访情况); a round overseeing a practice
  // on the spot (垃圾分类督导: 督导日期).
  '走亲', '夜访', '督导',
  // Helping and educating a person under community correction (帮教日期, 帮教地点, 帮教内容).
  '帮教',
  // A grid patrol (巡查) is the user's round, and so is a border village's (巡逻).
  '巡查', '巡逻',
  // The day the resident came (来访) or the user found the matter (发现): the visit's date only.
  '来访', '发现',
  // A talk with the resident (交流情况 is what was said).
  '交流',
  // A callback to the resident (回访) is a contact too, and a mediation (调解) a session the user holds with the parties:
  // their date (and a mediation's place) are the visit's; what was said there is the feedback or the result.
  '回访', '调解', '调处',
  // The visit by its own name (走访小结), by reaching the household or place (到户时间, 到访地点), a health worker's visit
  // (访视日期), patrols of hills, rivers and woods (巡山日期), and gathering people's views (收集时间 of a 民情 ledger).
  '走访', '到户', '到访', '访视', '巡山', '巡河', '巡林', '巡护', '收集',
  // Calling on someone (拜访), visiting a patient (探视), looking at the place itself (实地查看, 现场查看, a project's 现场督查),
  // taking a home's temperature on a heating complaint (入户测温).
  '拜访', '探视', '实地查看', '现场查看', '现场督查', '入户测温',
  // A talk the user holds with the resident (谈话时间, 谈心谈话记录), or a petition office's with a petitioner (接谈日期).
  '谈话', '谈心谈话', '接谈',
  // Knocking on doors (敲门日期), talking a household round (上门劝导时间, 劝导内容), residents' councils the user holds
  // (议事时间, 议事地点, 协商形式), the day of a diary's entry (日记日期).
  '敲门', '入户敲门', '劝导', '上门劝导', '入户劝导', '议事', '协商', '民主协商', '日记', '民情日记', '工作日记',
  // Meetings the user holds with residents, by the meeting's name (恳谈会纪要, 座谈会记录, 议事会时间).
  '恳谈', '民情恳谈', '恳谈会', '民情恳谈会', '座谈会', '议事会'];
/**
 * The suffixes of VISIT_ACTS; 方式/形式 not after 联系 (联系方式 is a phone) or 服务. A 检查/认证/排查/采集's
 * 内容/情况/方式 is the check's own matter (检查内容 is a checklist, 排查方式 how a dispute was found), not the visit's.
 */
const DATE_ONLY_ACTS = ['检查', '入户检查', '认证', '上门认证', '排查', '采集', '征集', '摸排', '入户摸排', '来访', '发现', '访视', '收集', '回访',
  // A diary's own 内容 and 正文 are composed as the visit's record elsewhere; its 地点/方式 say nothing of a visit.
  '日记', '民情日记', '工作日记'];
/** Checks made on the spot: where they were made is where the user went. */
const ON_SITE_CHECKS = ['检查', '入户检查', '排查', '摸排', '入户摸排'];
/** Sessions whose date and place are the visit's, and nothing else: 调解情况 is how the dispute went. */
const SESSION_ACTS = ['调解', '调处'];
/**
 * Acts that go round an area: their 区域/路线/位置/范围 is where the visit went (巡查区域, 巡查路线, 巡护线路, 巡山路段, 巡查范围,
 * a border patrol's 巡逻线路).
 */
const PATROL_ACTS = ['巡查', '巡访', '巡山', '巡河', '巡林', '巡护', '巡逻'];
export const VISIT_SUFFIXES: [suffixes: readonly string[], key: FieldKey, exceptActs: readonly string[]][] = [
  [['日期', '时间'], 'visit.date', []],
  // A place by the word of a patrol's or a study's list of stops (巡查点位, 走访点位).
  // A check's place is where the user went (检查地点), though its 内容 is the check's own matter.
  [['地点', '点位'], 'visit.location', ['联系', ...DATE_ONLY_ACTS.filter((act) => !ON_SITE_CHECKS.includes(act))]],
  // Where a session was held (调解场所, 座谈场所); a 服务场所 is a business's premises.
  [['场所'], 'visit.location', ['联系', '服务', ...DATE_ONLY_ACTS]],
  // A flood patrol's stretch of dyke or river (巡查堤段, 巡查河段).
  [['区域', '路线', '线路', '路段', '位置', '范围', '小区', '堤段', '河段', '岸段', '岸线'], 'visit.location', VISIT_ACTS.filter((act) => !PATROL_ACTS.includes(act))],
  // What the visitor saw and heard (入户所见所闻, 探访见闻).
  // A home visit's (访视情况 of 残联, 卫健) is its account, though not its place (访视地点 may be a clinic's).
  [['情况', '内容', '记录', '说明', '纪要', '小结', '总结', '日志', '详情', '所见所闻', '见闻'], 'visit.content', [...DATE_ONLY_ACTS.filter((act) => act !== '访视'), ...SESSION_ACTS]],
  [['方式', '形式'], 'visit.type', ['联系', '服务', '帮扶', ...DATE_ONLY_ACTS, ...SESSION_ACTS]],
  // How a session went, told in order (调解经过, 服务过程记录, 走访经过): what happened there, not its outcome.
  [['经过', '过程', '过程记录'], 'visit.content', DATE_ONLY_ACTS],
];

/** Acts named together with a visit act ("走访调研日期" is the visit's date, not the topic's; 走访 has its own labels). */
export const VISIT_COMPANION_ACTS = ['走访', '调研'];

/**
 * What is found wrong with a road, a building or a device on a patrol or a check (路面病害, 设施故障, 护栏破损): like a
 * hazard, the matter to be put right, not what the visit saw of people.
 */
export const FOUND_DEFECTS = ['病害', '缺陷', '故障', '破损', '损坏', '损毁'];
/** Words for an issue (问题, 诉求, 信件, 投诉 …): before a head they say the head is the issue's. */
const ISSUE_MATTERS = [...FOUND_DEFECTS, '问题', '诉求', '事项', '事件', '案件', '案情', '工单', '信件', '来信', '留言', '纠纷', '矛盾纠纷', '投诉', '举报', '求助', '咨询', '来访', '信访',
  // A hazard a safety check finds (隐患描述) is the matter to be put right; a practical matter (实事项目) done for residents.
  '隐患', '实事', '实事项目', '民生实事',
  // The matter as the resident brought it (反映问题摘要, 反映事项内容); a need collected from residents (需求描述, 需求简述).
  '反映问题', '反映事项', '需求'];
/** Acts of handling a matter (整改, 办理 …): their 期限/时限 is the issue's deadline, so is 要求办复时间 or 限期整改至. */
// Closing a case (结案期限), putting a study's findings into practice (转化举措, 转化成效: a matter taken on like any other).
const HANDLING_ACTS = ['整改', '处理', '处置', '办理', '办结', '化解', '解决', '办复', '答复', '回复', '完成', '整治', '结案', '转化', '改正'];
/**
 * Taking a matter on (承办, 牵头, 承担, 报到: a department answering a street's call): with the handling taken on after
 * them (牵头整改单位, 承担转化单位), or alone where they name nobody but a handler (承办中队, 报到部门), before a body they
 * name the matter's owning unit, before a person (承办监察员, 具体负责同志, 报到部门责任人) its owner.
 */
export const TAKING_ACTS = ['承办', '主办', '牵头', '承担', '负责', '责任', '落实', '报到', '主责'];
/** Passing a matter on: the body it goes to takes it on (派单至, 派发承办单位, 转送交办机关); not who passes it (交办人). */
export const PASSING_ACTS = ['交办', '转办', '转交', '转送', '移送', '移交', '转介', '派发', '分派', '派单', '流转'];
/** The acts of the handling side, and what a label may name after them: a body, a person of it, or 至 (the body it goes to). */
export const HANDLING_SIDE_ACTS = [...TAKING_ACTS, ...PASSING_ACTS, ...HANDLING_ACTS];
export const HANDLING_BODIES = ['单位', '部门', '科室', '机构', '机关', '中队', '大队', '处室', '股室'];
export const HANDLING_PERSONS = ['人', '责任人', '负责人', '经办人', '同志', '负责同志', '监察员'];
/**
 * The taking acts that name the handler alone, and before what (承办中队, 承办监察员, 报到部门: a department answering a
 * street's call; a party member reporting to a community is the user, 报到人; 主责单位, 主责人). Not 承担处室 (a study's own unit), 牵头人
 * (its lead), nor a bare 负责人.
 */
export const TAKING_ALONE: Partial<Record<string, readonly string[]>> = {
  承办: [...HANDLING_BODIES, ...HANDLING_PERSONS], 主办: [...HANDLING_BODIES, ...HANDLING_PERSONS], 报到: ['部门'],
  // The body bearing the main charge of a problem and its person (主责单位, 主责人).
  主责: [...HANDLING_BODIES, ...HANDLING_PERSONS],
};
/** Whom a matter is answered to: the resident under the names tickets and letters give them. */
export const RESIDENT_PARTIES = ['群众', '当事人', '居民', '市民', '村民', '来电人', '诉求人', '信访人', '来信人', '来访人', '来访群众', '反映人', '投诉人'];
/** What the resident brings up (群众诉求, 居民需求, 民情诉求, 来电诉求, and an enterprise's 企业诉求 on a visit to it): the issue's description. */
const RESIDENT_VOICE_OWNERS = ['群众', '居民', '村民', '市民', '民情', '企业', '来电',
  // The household a cadre pairs with as kin (结对认亲: 亲戚诉求), the household a utility's check calls on (住户反映), and
  // the party member a care visit calls on (困难党员诉求).
  '亲戚', '住户', '党员', '困难党员', '老党员', '孩子', '儿童',
  // A delivery rider a station serves (骑手诉求), a farm's or a corps company's worker (职工诉求).
  '骑手', '职工',
  // A shop a river chief's or a market's visit calls on (商户诉求).
  '商户'];
/** What people think of and hope for (所思所盼), their pressing troubles (急难愁盼): what a grassroots visit asks them. */
export const RESIDENT_WISHES = ['所盼', '所急', '所思所盼', '所思所想', '所想所盼', '所思所想所盼', '所急所盼', '所盼所需', '所需所盼', '急难愁盼', '急难愁盼事项', '急难愁盼问题'];
/** Words that may stand beside an issue description in one label ("群众诉求及意见建议", "困难和问题"). */
export const RESIDENT_VOICE = ['意见建议', '意见和建议', '建议', '意见', '需求', '诉求', '困难', '问题', '期盼', '急难愁盼问题'];
/** What the resident asks for (an 意见 or 建议 alone may be a survey's, 问题及困难 the user's own in a report). */
export const RESIDENT_ASKS = ['需求', '诉求'];
/** What an ask may be about, named before it (健康需求, 养老诉求, 服务需求): the household's own ask on that side of life. */
export const ASK_SUBJECTS = ['健康', '养老', '就医', '医疗', '康复', '照护', '服务', '生活', '就业', '创业', '培训', '住房', '教育', '就学',
  '出行', '用工', '融资', '心理', '法律', '政策', '技术', '生产', '经营', '帮扶', '后扶', '后续扶持'];

/** Rounds the user makes as a team (检查组, 督导组, 走访组). */
const TEAM_ACTS = ['检查', '走访', '调研', '调查', '督导', '督查', '巡查', '核查', '排查', '暗访', '验收'];
/**
 * Labels made of a matter and a head noun (信件 + 标题, 问题 + 表现, 整改 + 成效, 户 + 类型): each row is
 * [matter words, head nouns, key]. Whole labels only; a label of KEY_LABELS wins. Not 类型/类别 after an issue
 * word: 信件类型 (咨询/投诉/建议) is not our category.
 */
export const MATTER_COMPOSITIONS: [matters: readonly string[], heads: readonly string[], key: FieldKey][] = [
  [ISSUE_MATTERS, ['标题', '名称', '主题', '概要', '概述', '概括', '题目', '事由', '摘要'], 'issue.title'],
  // An item of a list of problems to put right (问题清单事项, 整改清单名称) names the matter.
  [['问题清单', '整改清单', '问题整改清单', '任务清单'], ['事项', '名称', '问题', '标题'], 'issue.title'],
  // What the resident brings up, by its title (意见建议标题, 诉求摘要).
  [RESIDENT_VOICE, ['标题', '主题', '题目', '摘要'], 'issue.title'],
  [ISSUE_MATTERS, ['内容', '描述', '详情', '情况', '表现', '说明', '简述', '经过', '简况', '概况', '简介', '情况说明'], 'issue.description'],
  // A case told in brief (基本案情, 简要案情) or by its facts (违法事实, a petition's 事实和理由); the hazards a check
  // lists besides its checklist (其他隐患情况说明).
  [['', '基本', '简要', '主要'], ['案情'], 'issue.description'],
  [['违法', '违法违规', '违章'], ['事实', '事实及情况'], 'issue.description'],
  // The facts of a dispute a mediation records (纠纷主要事实, 纠纷基本事实).
  [['纠纷', '矛盾纠纷', '案件'], ['事实', '主要事实', '基本事实'], 'issue.description'],
  // What a petitioner asks and why (诉求及理由, 复议请求和理由).
  [['事实', '诉求', '请求'], ['和理由', '与理由', '及理由', '理由'], 'issue.description'],
  [['其他隐患', '其它隐患'], ['', '情况', '说明', '情况说明', '描述'], 'issue.description'],
  // Not their 意见建议 alone: a visit record may ask for it beside the problem.
  [RESIDENT_VOICE_OWNERS, ['诉求', '需求', '反映问题', '反映的问题', '困难', '问题', '急难愁盼问题'], 'issue.description'],
  // What people think of and hope for, their pressing troubles and small wishes (群众所思所盼, 急难愁盼事项, 居民微心愿).
  [['', ...RESIDENT_VOICE_OWNERS], RESIDENT_WISHES, 'issue.description'],
  [RESIDENT_VOICE_OWNERS, ['心愿', '微心愿'], 'issue.description'],
  // What the people of a care group ask for or need (老人诉求, 残疾人需求).
  [RESIDENT_SECTION_WORDS, ['诉求', '需求'], 'issue.description'],
  // The trouble most pressing now (当前最需要解决的困难, 急需解决的问题).
  [['', '当前', '目前', '现在'].flatMap((now) => ['最需要解决的', '最急需解决的', '急需解决的', '亟需解决的', '亟待解决的'].map((urgent) => now + urgent)), ['困难', '问题', '诉求', '困难和问题', '困难问题'], 'issue.description'],
  // The troubles and needs of one side of life (就业困难和需求, 生活困难及诉求): what the resident raises.
  [['就业', '生活', '家庭', '就医', '就学', '住房', '生产'], ['困难和需求', '困难与需求', '困难及需求', '困难和诉求', '困难及诉求', '需求和困难'], 'issue.description'],
  // The troubles of making a living and of daily life together (生产生活困难), as a resettled household is asked.
  [['生产生活', '生产和生活', '生产、生活'], ['困难', '困难和问题', '困难及问题'], 'issue.description'],
  // What the visit gathered from people (收集的意见建议, 收集诉求).
  [['收集', '收集的', '收集到的', '征集的', '了解到的'], ['意见建议', '意见和建议', '诉求', '需求', '群众诉求'], 'issue.description'],
  // What the person visited asks for themself (本人诉求, 本人诉求及困难).
  [['本人'], ['诉求', '需求', '困难', '诉求及困难', '困难及诉求', '困难和诉求'], 'issue.description'],
  // What the visited household needs (家庭困难, 家庭诉求).
  [['家庭'], ['困难', '诉求', '需求'], 'issue.description'],
  // What was found or brought up (发现隐患, 提出的困难, 反映的诉求, 存在风险); opinions the resident brought up (群众反映的意见建议).
  [['发现', '存在', '提出', '反映', '提出的', '反映的', '发现的', '存在的'], ['问题', '隐患', '困难', '诉求', '需求', '安全隐患', '消防隐患', '火灾隐患', '隐患问题'], 'issue.description'],
  [['发现', '存在', '发现的', '存在的'], ['风险', '风险隐患'], 'issue.description'],
  [['', ...RESIDENT_VOICE_OWNERS].flatMap((who) => ['反映', '提出', '反映的', '提出的'].map((act) => who + act)), ['意见建议', '意见和建议'], 'issue.description'],
  // The broad class of a matter (问题大类) or its field of people's livelihood (民生领域).
  [['问题', '诉求', '需求', '事项', '事件', '案件', '工单', '实事', '实事项目'], ['大类', '领域'], 'issue.category'],
  [['民生'], ['领域', '类别'], 'issue.category'],
  // The item a council takes up with residents (议题名称, 议题类别): the matter the meeting is about.
  [['议题', '协商议题'], ['名称', '标题'], 'issue.title'],
  [['议事', '议题', '协商'], ['主题'], 'issue.title'],
  [['协商', '议事'], ['议题'], 'issue.title'],
  // What the item asks (议题内容): the matter's description; the meeting's own account is 讨论情况.
  [['议题', '协商议题'], ['内容', '描述', '内容描述'], 'issue.description'],
  [['议题', '协商议题'], ['类别', '类型', '分类'], 'issue.category'],
  // The class of a hazard a check finds (隐患类型: 消防安全/用电安全) or of a 城管 case (案件类别: 市容环境), a dispute (矛盾类型).
  [['隐患', '安全隐患', '消防隐患', '隐患问题', '案件', '矛盾'], ['类别', '类型', '分类', '种类'], 'issue.category'],
  [[...HANDLING_ACTS, '问题', '诉求', '事项', '工单', '纠纷', '案件', '实事', '项目'], ['状态', '进度状态'], 'issue.status'],
  // When the handling is planned to be done (拟办结时间, 承诺解决时限). Not a plan to finish (拟完成时间): a topic's or a
  // project's plan finishes too, so it is the matter's only on a matter's form (see generic-labels).
  [['拟', '承诺', '预计', '计划'].flatMap((plan) => HANDLING_ACTS.filter((act) => act !== '完成').map((act) => plan + act)), ['时间', '日期', '时限', '期限'], 'issue.deadline'],
  [['承诺完成'], ['时间', '日期', '时限', '期限'], 'issue.deadline'],
  // What came of handling it (办理成效, 整改效果); a mediation's agreement (调解协议内容) is its result.
  // How far the handling has come (整改进展情况) is its result so far, but not a 进度 given as a share (整改进度: 80%);
  // help has its 成效 too (帮扶成效).
  // Residents deliberating a matter among themselves (协商结果 of a 小区议事) settle it as a mediation does.
  [['办理', '处理', '处置', '整改', '整治', '化解', '调解', '调处', '协商', '解决', '办结', '帮办', '转化'], ['结果', '成效', '效果', '成果', '完成情况', '落实情况', '进展', '进展情况'], 'issue.result'],
  // How a dispute was settled, a matter put right or closed (化解情况, 调解情况, 整改情况, 办结情况), as 办理情况 is how
  // it was handled.
  [['化解', '调处', '调解', '整改', '整治', '办结'], ['情况'], 'issue.result'],
  // The handling told up to its outcome (办理过程及结果, 处置经过和结果): the result.
  [['办理', '处理', '处置', '整改', '化解', '调解', '调处', '解决'], ['过程及结果', '过程和结果', '经过及结果', '经过和结果', '情况及结果'], 'issue.result'],
  [['帮扶', '救助'], ['成效', '效果', '结果'], 'issue.result'],
  // What the resident needs of the help (帮扶需求, 救助诉求).
  [['帮扶', '救助', '关爱'], ['需求', '诉求'], 'issue.description'],
  // Its deadline, also as the milestone it must meet (完成时间节点) or the day it runs to (整改期限至).
  // Carrying a decision out (落实时限 of an agreed matter) has its limit too.
  [[...HANDLING_ACTS, '落实'], ['期限', '时限', '时间节点', '期限至', '时限至'], 'issue.deadline'],
  [['要求', '限期'].flatMap((ask) => HANDLING_ACTS.map((act) => ask + act)), ['时间', '日期', '期限', '至', ''], 'issue.deadline'],
  [['协议', '协议书', '调解协议', '调解协议书', '达成协议'], ['内容'], 'issue.result'],
  [['调解协议', '调解协议书'], [''], 'issue.result'],
  // What the resident was told (答复群众内容, 回复情况).
  // What the resident is told, in so many words (答复口径, 答复市民口径).
  [['反馈', '答复', '回复', '回访'], ['情况', '内容', '结果', '记录', '口径'], 'issue.feedback'],
  // An answer's 意见 is what the resident was told, not an approval (审核意见).
  [['答复', '回复', '回访'], ['意见'], 'issue.feedback'],
  // What the resident was told of it (答复告知情况, 告知情况).
  [['答复告知', '回复告知', '告知'], ['情况', '内容', '结果', '记录'], 'issue.feedback'],
  [['反馈', '答复', '回复'].flatMap((act) => RESIDENT_PARTIES.map((who) => act + who)), ['情况', '内容', '结果', '口径'], 'issue.feedback'],
  // What the user talked over with the resident (与市民沟通情况) or told them (告知来访人的处理意见).
  [['与', '和', '同'].flatMap((w) => RESIDENT_PARTIES.map((who) => w + who)), ['沟通情况', '沟通内容', '沟通结果', '沟通记录'], 'issue.feedback'],
  [RESIDENT_PARTIES.flatMap((who) => ['告知' + who, '告知' + who + '的', '已告知' + who + '的']), ['处理意见', '答复意见', '处理结果', '办理结果', '处理情况', '内容', '情况'], 'issue.feedback'],
  // The answer of the user's side to what was brought up (代表答复意见, 服务站答复, 社区回复情况).
  // Also given there and then (领导当场答复, 社区现场回复).
  [['代表', '委员', '服务站', '工作站', '社区', '村委会', '居委会', '网格员', '领导'].flatMap((who) => ['', '当场', '现场'].flatMap((when) => [who + when + '答复', who + when + '回复'])),
    ['', '意见', '情况', '内容'], 'issue.feedback'],
  // A person's care category (户类型, 老人类别, 人员标识, 特殊人群身份); not 家庭类别 (低保's 保障类别) nor 救助类别.
  [['户', '人员', '人群', '对象', '服务对象', '老人', '老年人', '重点关注', '关注', '重点人群', '特殊人群', '特殊群体', '重点对象', '关爱', '困难', '帮扶', '需关爱对象',
    // The household a visit or care is for (走访对象类别, 结对户类型).
    '走访对象', '帮扶对象', '关爱对象', '慰问对象', '联系户', '结对户', '帮扶户',
    // The group a person is counted in (群体类型, 困难群体类别, 弱势群体分类).
    '群体', '困难群体', '弱势群体', '特殊困难群体', '困难户',
    // The kind of resident a record is about (群众类别: 脱贫户/低保户/独居老人); a veteran's care category (优抚类别).
    '群众', '居民', '村民', '优抚', '优抚对象'], ['类型', '类别', '标识', '标签', '分类', '属性'], 'resident.tags'],
  [['重点人群', '特殊人群', '特殊群体', '重点关注'], ['身份'], 'resident.tags'],
  // Which kind of household or plight (户情标识, 困境类型 of a child or a woman helped).
  [['户情', '困境', '家庭困境'], ['类型', '类别', '标识'], 'resident.tags'],
  // The plight a household is in, as a case (困难情形: 困难归侨/独居老人, 困境情形).
  [['困难', '困境', '特殊困难'], ['情形'], 'resident.tags'],
  // Who came along on the visit (陪同走访人员, 参与慰问人员, 其他探访人员).
  // Acts of checking a place on site count too (其他排查人员, 参与踏勘人员).
  [['陪同', '参与', '同行', '随行', '参加', '其他', '一同', '同', '同组'].flatMap((role) => ['走访', '入户', '探访', '慰问', '核查', '调查', '帮扶', '巡访', '看望', '入户走访', '走亲', '排查', '巡查', '勘察', '踏勘'].map((act) => role + act)), ['人员', '人', '干部'], 'visit.companions'],
  // Who assists the check (协检人员, 协查人员).
  [['协检', '协查'], ['人员', '人'], 'visit.companions'],
  // Whom a body of the place sent along with the user (燃气企业陪同人员, 村里陪同干部): the village's, the community's, the
  // property manager's or a utility's people (燃气, 供热, 供水, 供电); named by the body alone (村服务站陪同).
  [['村里', '村', '村委', '村委会', '社区', '居委', '居委会', '服务站', '村服务站', '社区服务站', '街道', '乡镇', '物业', '企业', ...['燃气', '供热', '供水', '供电'].flatMap((utility) => [utility + '企业', utility + '公司'])].map((body) => body + '陪同'), ['人员', '人', '干部', ''], 'visit.companions'],
  // Specialists who went along (同行技术人员, 陪同专家).
  [['同行', '陪同', '随行', '一同'], ['技术人员', '专业人员', '专家'], 'visit.companions'],
  // The cadres at a meeting the user holds with residents (与会干部 of a 屋场恳谈会): the user's colleagues. Not 参会人员,
  // who may be the residents.
  [['参会', '与会', '出席'], ['干部', '党员干部'], 'visit.companions'],
  // The leader of the user's team on its round (检查组长, 督导组组长): the user, who files the team's record; the
  // team's members (检查组成员, 走访组组员) went along. Not a bare 组长 (村民小组长 is a resident's post).
  [TEAM_ACTS, ['组长', '组组长'], 'officer.name'],
  [TEAM_ACTS, ['组成员', '组组员', '组员'], 'visit.companions'],
  // What is to be done about it (整改举措, 下一步措施).
  [['整改', '整治', '处置', '解决', '处理', '办理', '化解', '调处', '帮扶', '落实', '下步', '下一步', '拟采取', '采取', '采取的', '已采取', '已采取的', '援助', '救助', '推进', '帮助', '服务', '保障', '转化',
    // Preventing and treating a hazard found (防治措施 of a geological hazard point).
    '防治',
    // Bringing a pupil who dropped out back to school (劝返措施).
    '劝返'], ['措施', '举措', '方案', '办法'], 'issue.measures'],
  // Measures taken against a danger (已采取的防范措施, 采取的应急措施) are what was done about it.
  [['采取', '采取的', '已采取', '已采取的', '拟采取', '拟采取的'], ['防范措施', '防控措施', '应对措施', '应急措施', '预防措施', '防护措施'], 'issue.measures'],
  // What the checker orders done (整改意见, 处置要求): not 办理意见, which may be an approval.
  [['整改', '处置', '处理'], ['意见', '要求', '建议'], 'issue.measures'],
  // Practical help done for the people visited (为群众办实事, 为亲戚办实事 on a pairing record): what was done about it.
  [['群众', '居民', '村民', '民', '亲戚', '结对户', '帮扶户', '老人', '老年人'].map((who) => '为' + who), ['办实事', '办的实事', '办理的实事', '办事'], 'issue.measures'],
  // Measures suggested (防治措施建议, 整改措施建议): what is to be done about it.
  [['防治', '整改', '处置', '治理'].map((act) => act + '措施'), ['建议'], 'issue.measures'],
  // What an inspector orders put right (责令整改内容, 责令改正): not a bare 整改内容, which may be the problem itself.
  [['责令整改', '责令改正'], ['', '内容', '要求', '措施'], 'issue.measures'],
  // What was put right on the spot (现场整改, 现场处理情况), helped with (帮办情况) or provided (提供的服务): what was done.
  // Not 现场解决: whether it was solved there is the result.
  [['现场'].flatMap((here) => ['整改', '处理', '处置', '整治', '纠正'].map((act) => here + act)), ['', '情况', '措施', '内容'], 'issue.measures'],
  [['帮办', '代办', '帮办服务', '代办服务'], ['情况', '内容', '事项', '过程', '经过'], 'issue.measures'],
  // How a matter was dealt with, told in order (处置经过, 办理过程); not a session's (调解经过 is the visit's account).
  [['处置', '处理', '办理'], ['经过', '过程'], 'issue.measures'],
  // Also as done already (已落实的帮扶, 已提供的服务).
  [['提供', '提供的', '已提供', '已提供的', '已落实', '已落实的'], ['服务', '帮助', '帮扶', '服务内容', '帮扶内容'], 'issue.measures'],
  // What the user gathered of people's mood and views on a visit (收集的民情民意). Not a bare 社情民意: inside a longer
  // label it may be a deputy's proposal (拟提出的社情民意信息).
  [['收集', '了解', '收集的', '了解的', '收集到的', '了解到的'], ['社情民意', '民情民意', '民情'], 'visit.content'],
  // How the handler reached the caller and what was said (联系群众情况 on a ticket's handling): the contact's account.
  [RESIDENT_PARTIES.map((who) => '联系' + who), ['情况', '记录', '经过'], 'visit.content'],
  // What every side said at a meeting the user holds (各方意见, 与会各方发言): its record. Not 双方意见, a dispute's parties.
  [['各方', '各方面', '与会各方', '参会各方'], ['意见', '发言', '观点', '意见建议', '发言要点'], 'visit.content'],
  // What the user came to know of a household (了解到的家庭情况, 掌握的户情): what the visit found.
  [['了解的', '了解到的', '掌握的', '掌握到的'], ['家庭情况', '家中情况', '户情', '生活情况', '家庭近况'], 'visit.content'],
  // How a matter came to light (发现途径, 问题来源途径), where a matter came from (案件来源, 纠纷来源) and by which
  // channel it was received (受理渠道, 反映渠道).
  [['发现', '问题', '线索', '问题来源', '来源'], ['途径'], 'issue.source'],
  [ISSUE_MATTERS, ['来源', '来源渠道', '渠道'], 'issue.source'],
  [['受理', '反映'], ['渠道', '途径'], 'issue.source'],
  // How a matter came in (受理方式: 来电/来访/网上, 信访形式: 来信/来访), who reported it (上报渠道) or where it was found (发现来源).
  [['受理', '反映', '来源', '信访'], ['方式', '形式'], 'issue.source'],
  [['上报', '发现'], ['渠道', '来源'], 'issue.source'],
  // What the user saw and heard that day (今天的所见所闻所感): the visit's record, as in a diary.
  [['', '今天', '今日', '当天', '当日', '本次'].flatMap((day) => [day, day && day + '的']), ['所见所闻', '所见所闻所感'], 'visit.content'],
  // How the household has been lately (家中近况, 老人近况): what the visit found.
  [['', '家中', '家庭', '家里', '生活', '老人', '对象', '群众', '居民', '本户', '近期'], ['近况'], 'visit.content'],
  // How a person looked after has been lately (近期动态, 近期表现 of a 重点人员 visited).
  [['近期', '近来'], ['动态', '表现', '情况'], 'visit.content'],
  // How a person the user visits is now (老人现状, 残疾人现状, 家庭现状); a bare 现状 may be a building's.
  [['家庭', '生活', '对象', '本户', ...RESIDENT_SECTION_WORDS], ['近况', '现状'], 'visit.content'],
  // A topic by its other names (选题名称, 课题题目), how it is studied (研究方法); a report's title and whole text.
  [['课题', '选题', '调研课题', '调研选题', '研究课题'], ['', '名称', '题目', '标题'], 'topic.title'],
  [['调研', '研究'], ['方法', '方式', '形式', '采取的方法', '采取的方式', '采用的方法', '采用的方式'], 'topic.method'],
  // A study's outcome (调研成果) is its report.
  [['报告', '调研报告', '成果', '调研成果', '研究成果'], ['标题', '题目', '名称'], 'report.title'],
  [['报告', '调研报告'], ['正文', '全文', '内容'], 'report.body'],
  [['成果', '调研成果', '研究成果', '成果报告', '文章', '材料'], ['正文', '全文'], 'report.body'],
  [['调研', '研究'], ['主题', '题目'], 'topic.title'],
  // What a topic studies (研究重点, 调研提纲) and where it plans to go (拟去点位, 拟调研点位).
  [['调研', '研究', '课题'], ['重点', '提纲', '要点', '重点内容'], 'topic.summary'],
  [['调研', '拟调研', '拟去', '拟前往', '拟走访', '计划调研'], ['点位', '地点'], 'topic.location'],
  // Where a study's leader stays among the people (蹲点联系点, 调研联系点); a 蹲点村 is the user's village as a 驻点村 is.
  [['蹲点', '调研', '蹲点调研'], ['联系点', '点位', '地点'], 'topic.location'],
  // The ground a study covers (调研范围: 两镇三村) is where it goes.
  [['调研', '计划调研'], ['范围'], 'topic.location'],
  // A diary's text is the visit's record (日记正文, 民情日记内容).
  [['日记', '民情日记', '工作日记', '走访日记'], ['正文', '内容', '全文'], 'visit.content'],
  // Who answers for putting a matter right (整改责任人, 包案人 of a petition, 处置责任单位, 责任主体): its owner. Not a
  // 包案领导: a leader over the case, beside whoever handles it.
  [[...HANDLING_ACTS, '包案', '落实'], ['责任人', '负责人'], 'issue.owner'],
  [['包案'], ['人'], 'issue.owner'],
  // Or the side answering for it (落实责任方: a property firm, a department).
  [[...HANDLING_ACTS, '包案', '落实'], ['责任单位', '责任部门', '责任方'], 'issue.ownerUnit'],
  [['整改', '包案', '落实', '化解'], ['单位', '部门', '主体'], 'issue.ownerUnit'],
  [['责任', '整改责任'], ['主体', '主体单位'], 'issue.ownerUnit'],
  // Who leads a study (课题牵头人, 领衔领导, 调研主持人); a bare 主持人 may host anything.
  [['', '课题', '调研', '选题', '研究'], ['牵头人', '领衔领导', '领衔人', '领衔负责人'], 'topic.lead'],
  [['课题', '调研', '选题', '研究'], ['主持人'], 'topic.lead'],
  // The body a matter is passed on to (转交部门, 移交科室, 转介机构, 转交办理单位): the one to handle it.
  [['交办', '转办', '转交', '转送', '移送', '移交', '转介', '派发', '分派'].flatMap((pass) => [pass, pass + '办理']), ['单位', '部门', '科室', '机构'], 'issue.ownerUnit'],
  // The user's own area (包联社区, 挂点村) is where the resident lives too; 行政村 is a 村.
  [['', '所属', '所在', '包联', '挂点', '包保', '负责'], ['行政村', '居委会', '村委会', '村居委会'], 'place.community'],
  // A party member reports to a community (报到社区) and claims a grid (认领网格); a patrol goes round its grid.
  // A first secretary's village (驻点村) and a cadre's (所包村) are the user's area too.
  [['包联', '挂点', '包保', '负责', '责任', '报到', '认领', '服务', '驻点', '所包'], ['社区', '村', '村(社区)', '社区(村)', '村居'], 'place.community'],
  // The township a first secretary or a team is stationed in (驻点乡（镇）).
  [['驻点', '包联', '挂点', '包保'], ['乡', '镇', '乡镇', '乡(镇)', '镇(乡)', '街道', '镇(街道)', '乡镇(街道)'], 'place.street'],
  [['包联', '挂点', '包保', '负责', '报到', '认领', '服务', '巡查', '单元', '管理'], ['网格'], 'place.grid'],
  // The village or community a visit or check went to (联系村, 检查村, 走访村（社区）, a party member's 联系社区).
  [VISIT_ACTS.filter((act) => act.length === 2), ['村', '社区', '村(社区)', '社区(村)', '村居'], 'place.community'],
  // The area a matter concerns (涉及社区, 所涉网格) is the resident's or the visit's, and so is a place asked by its name
  // (村名, 街道名称, 网格名称).
  [['涉及', '所涉', '涉及的'], ['街道', '乡镇', '镇(街道)', '街道(乡镇)'], 'place.street'],
  [['涉及', '所涉', '涉及的'], ['社区', '村', '村(社区)', '社区(村)', '村居'], 'place.community'],
  [['涉及', '所涉', '涉及的'], ['网格'], 'place.grid'],
  [['', '所在', '所属'], ['街道名称', '乡镇名称', '镇名称', '乡镇名', '街道名'], 'place.street'],
  [['', '所在', '所属'], ['村名', '村名称', '村居名称', '社区名', '村(社区)名称', '社区(村)名称'], 'place.community'],
  [['', '所在', '所属'], ['网格名称', '网格名'], 'place.grid'],
  // Where a household uses a public utility (用电地址, 用气地址, 用水地址): its home, the customer being the resident.
  [['用电', '用气', '用水', '用热', '供暖', '供热', '用户'], ['地址', '详细地址'], 'resident.address'],
  // The address of the place a check is made at (场所地址): where the user went. Not where an event happened
  // (事发地点, 发生位置): a ticket registers it without the user going there.
  // So is the address of a shop or a guesthouse checked (门店地址, 民宿坐落, 经营场所地址), where a place's site is also
  // said by where it sits (坐落).
  [['场所', '检查场所', '所在场所', '门店', '店铺', '商铺', '民宿', '农家乐', '经营场所'], ['地点', '位置', '地址', '详细地址', '坐落', '座落', '坐落地址'], 'visit.location'],
];
/**
 * Labels whose key only the options tell: a choice keeps the key when an option names one of the words.
 * 帮扶方式 is how the visit was made when it offers 入户走访/电话联系, not when it offers 产业帮扶/就业帮扶;
 * 特殊情况 is the resident's care category when it offers 独居/低保 to tick several of (a single choice of
 * 城市低保/农村低保 is a kind of benefit, not the care categories): `several` asks for a list of choices.
 */
export const KEY_BY_OPTIONS: { labels: readonly string[]; key: FieldKey; optionWords: readonly string[]; several?: boolean }[] = [
  // So is the kind of a day's work in a log (工作类型: 入户走访/召开会议/政策宣传) when it offers a visit.
  { labels: ['工作类型', '今日工作类型', '工作形式', '征集方式', '征集形式', '征询方式', '帮扶方式', '帮扶形式', '服务方式', '服务形式', '活动形式', '活动方式', '开展形式', '开展方式', '联系形式', '访视方式', '访视形式', '收集方式', '采集方式'], key: 'visit.type', optionWords: ['走访', '入户', '上门', '座谈', '谈心', '回访', '实地查看', '接访', '现场办公'] },
  // How a resident got in touch (来访方式: 来电/来站/上门走访) is how the visit was made when the user may go to them.
  { labels: ['来访方式', '来访形式'], key: 'visit.type', optionWords: ['走访', '入户', '上门'] },
  // A bare 重点关注 offering 独居/残疾人 is the care categories; inside a longer label (重点关注事项) it is not.
  // 户别 too: a census's 家庭户/集体户 is no care category, a list of 独居老人/低保户 to tick is.
  { labels: ['特殊情况', '特殊人群情况', '家庭类型', '家庭类别', '重点关注', '户别', '户类型', '农户类型', '农户类别', '救助类别', '申请类别'], key: 'resident.tags', optionWords: ['独居', '空巢', '留守', '低保', '特困', '五保', '残疾', '孤寡', '失独', '高龄'], several: true },
  // How one lives (居住情况: 独居/空巢/与子女同住) is a care category when it offers those who live alone or left behind.
  { labels: ['居住情况', '居住状况', '居住状态', '居住类型'], key: 'resident.tags', optionWords: ['独居', '空巢', '留守', '孤寡'] },
  // How far a matter has come (当前状态, 办理进度: 待办/办理中/已办结/已销号) when its choices are the stages of handling.
  { labels: ['当前状态', '进展情况', '进展状态', '办理进度', '处理进度', '处置进度', '办理进展', '整改进度', '销号情况', '进度', '状态', '完成情况', '办结情况', '办理情况', '整改情况', '处置情况',
    // Asked yes or no, answered by a status (是否办结: 已办结/办理中/未办理).
    '是否办结', '是否解决', '是否整改', '是否完成'], key: 'issue.status',
    optionWords: ['待办', '待处理', '待受理', '已受理', '办理中', '处理中', '处置中', '整改中', '已办结', '未办结', '已销号', '已处理', '已处置', '已解决', '未解决', '已整改'] },
];
/** Words between a matter and its head that change nothing ("诉求具体内容" is 诉求内容, "走访的主要内容" 走访内容, "整改的措施" 整改措施). */
export const FILLER_BEFORE_HEAD = /(?<=..)(的?(主要|具体|详细|基本|简要)|的)(?=(内容|情况|表现|描述|说明|记录|结果|成效|措施)$)/;
/** What the resident needs solved (需协调解决的问题, 急需帮助解决的困难, 需要协调解决的事): the issue's description. */
export const NEEDS_SOLVING = /^(需|需要|急需|亟需|亟待|待|希望|请求)(协调|帮助|帮忙|政府|社区)?(解决|协调|帮助)的?(问题|困难|事项|诉求|事情|事)$/;

/** Labels that mean one key whatever the section (after normalisation). */
export const KEY_LABELS: Partial<Record<FieldKey, readonly string[]>> = {
  'officer.name': ['走访干部姓名', '走访人姓名', '网格员姓名', '包联干部姓名', '走访干部', '走访人员姓名', '记录人员',
    // Who wrote the report, by the act alone (执笔：…).
    '执笔', '主笔', '撰稿'],
  'officer.unit': [
    '申报单位', '核查单位', '填报单位', '报送单位', '上报单位', '登记单位', '填表单位', '走访单位', '经办单位', '录入单位', '接待单位',
    '调查单位', '慰问单位', '帮扶单位', '撰稿单位', '检查单位', '检查机构', '采集单位', '核实单位', '认证单位', '排查单位',
    // The unit that sends the user to a village or post (派出单位 of 驻村 staff).
    '派出单位', '选派单位', '派驻单位',
    // The team sent to a village the user serves in (驻村工作队, 工作队).
    '工作队', '驻村工作队', '所在工作队', '工作队名称',
    // The body that stamps the form it files (单位（盖章）).
    '单位(盖章)',
    // The family doctor's body that signed the patient's care.
    '签约机构', '签约医疗机构', '签约团队',
    // The mediator's committee (the user mediates).
    '调解委员会', '人民调解委员会', '调委会', '调委会名称', '调解委员会名称',
  ],
  'resident.tags': [
    '户类别', '困难类型', '人员类别', '特殊人群', '人群类别', '人群类型', '人员类型', '关爱类型', '关爱类别', '重点人群', '特殊人群类别', '农户属性',
    '人员分类', '帮扶类别', '困难类别', '特殊群体', '重点人群类别', '需关爱对象类别', '人员标签', '人群标签', '对象类别', '对象类型',
  ],
  'place.street': ['驻村乡镇', '所属街乡', '所在街乡', '街乡', '所属街道', '乡镇(街道)', '镇(街道)', '所属镇(街道)', '所在镇(街道)', '街道(镇)', '镇/街道', '街道/镇', '乡(镇、街道)', '乡镇(街道办)', '街道(乡镇)', '街道', '乡镇', '所在街道', '所属乡镇', '街道/乡镇', '乡镇/街道', '镇街', '所属镇街', '所在街镇', '所属街镇', '所属乡镇(街道)', '所属街道(乡镇)', '街镇', '所在乡镇', '街道名称', '乡镇街道', '街道办事处', '所在镇街', '现住地街道', '居住地街道', '现居住地街道',
    // A township and a village asked by their bare names (镇 [ ] 村 [ ] 组 [ ]).
    '镇', '所属镇', '所在镇',
    // Inner Mongolia's township (苏木) beside or instead of 乡镇.
    '苏木', '苏木乡镇', '苏木(乡镇)', '所属苏木乡镇', '苏木(乡镇、街道)', '所属苏木乡镇(街道)'],
  'place.community': [
    '所属社区', '社区(村)', '村(社区)', '所在村', '所驻村', '所属村', '所属村委会', '所在村委会', '社区', '所在社区', '社区/村', '村/社区', '所属村(社区)', '所属社区(村)', '村居',
    '所属村居', '村社区', '所在村(社区)', '所在社区(村)', '社区名称', '村(居)', '所属村居(社区)', '社区居委会', '社区居委', '移民村', '驻村村委会', '村(居)委会', '村居委会', '所在村居', '现住地社区', '居住地社区', '现居住地社区', '村',
    // The committees said in short (居委, 居委/村委), Inner Mongolia's village (嘎查), where a moved household now lives (安置社区).
    '居委', '村委', '居委/村委', '村委/居委', '嘎查', '嘎查村',
    // A herders' village committee of Qinghai and Tibet (牧委会).
    '牧委会', '所属牧委会', '所在牧委会',
    // Shanghai's community as a neighbourhood committee's area (居民区).
    '居民区', '所属居民区', '所在居民区',
    // The committees of a town's neighbourhood and a village said as one (居村委); a hamlet in the north-east (村屯); the
    // village a cadre is stationed in or linked to, where the record's household lives (驻村村名, 挂钩社区).
    '居村委', '居村委会', '所属居村委', '所在居村委', '村屯', '所属村屯', '所在村屯', '驻村', '驻村村', '驻村村名', '挂钩社区', '挂钩村', '驻村(社区)', '驻村村(社区)', '村社', '所在村社', '所属村社', '嘎查(村)', '嘎查(村、社区)', '安置社区', '安置点社区',
    // A fishing, a border or a herders' settled village (渔村, 渔业村, 边境村, 定居点（村）).
    '渔村', '渔业村', '所属渔村', '边境村', '所属边境村', '定居点', '所属定居点', '牧民定居点',
    // Where a project is carried out (民生实事 实施社区); a forest farm, a forest region's village (林场（所）).
    '实施社区', '实施村', '林场', '林场(所)', '所属林场',
    // A company of the Production and Construction Corps (兵团 连队), at a village's level.
    '连队', '所属连队',
    // The village a study or a visit went to (调研村, 走访村).
    '调研村', '走访村', '调研村(社区)', '走访村(社区)',
  ],
  // A grid goes by its number as much as by its name (网格编号: 第三网格, LQ-05); not by a code (网格编码).
  'place.grid': ['所属网格', '网格名称', '网格名', '网格', '网格号', '所属网格号', '所在网格号', '责任网格号', '网格编号', '所属网格编号', '所在网格编号', '所在网格', '责任网格', '网格单元', '所属网格名称', '采集网格', '现住地网格', '微网格', '所属微网格', '所在微网格',
    // The forest or grassland grid a ranger looks after (管护网格).
    '管护网格', '管护网格编号', '巡护网格', '巡查网格',
    // A building's grid in a resettlement estate (楼栋网格).
    '楼栋网格',
    // A neighbourhood committee's area (所属片区: 第三片区), as Shanghai's forms ask the grid; not the user's own (责任片区, 包干片区).
    '片区', '所属片区', '所在片区',
    // A village's group kept as its grid (组（网格）).
    '组(网格)', '村民小组(网格)'],
  'visit.date': ['日志日期', '日记日期', '走访起止日期', '走访起止时间', '走访时间段', '走访日期', '走访时间', '入户时间', '入户日期', '入户走访时间', '入户走访日期', '走访入户时间', '访问日期', '访问时间', '走访日', '座谈时间', '座谈日期', '谈心时间', '谈心日期',
    // The day the handler met the petitioner in person (见面日期 on a petition's handling).
    '见面日期', '见面时间',
    // When the user learned of the people's mood (民情台账: 了解时间, 了解方式, 了解地点).
    '了解时间', '了解日期'],
  'visit.type': ['走访方式', '走访形式', '走访类型', '走访类别', '访问方式', '联系方式类型'],
  'visit.location': ['走访地点', '入户地点', '走访地址', '座谈地点', '访问地点', '检查点位', '巡查点位', '了解地点', '收集地点', '回访地点'],
  'visit.companions': [
    '陪同人员', '参与人员', '同行人员', '随行人员', '参加人员', '陪同人', '同行人', '参与走访人员', '协办人', '协办人员', '同去', '同去人员',
    '其他调查人员', '其他走访人员', '其他核查人员', '其他检查人员', '其他参与人员', '其他志愿者', '其他队员', '其他组员', '其他工作队员',
    // An interpreter who went along (随行翻译); a 翻译人员 at a mediation is the parties'.
    '随行翻译', '陪同翻译', '同行翻译',
  ],
  'visit.content': [
    // A work log's account of the day (当日工作内容, 今日工作内容).
    '当日工作内容', '今日工作内容', '日志正文', '日志内容',
    '走访内容', '走访情况', '民情日记', '情况记录', '走访记录', '入户情况', '走访情况记录', '谈话内容', '座谈内容', '日记内容',
    '民情记录', '走访详情', '走访纪要', '谈心内容', '入户走访情况', '走访了解情况', '了解情况', '了解到的情况',
    // People's mood and views as a ledger records them: what the visits heard.
    '民情民意', '民情日志', '民情记事', '走访记事',
    // A petition office's receiving talk written down (接谈记录), as 接谈情况.
    '接谈记录',
    // A party member's diary asked by its name alone under the visit's record (走访记录: 日记).
    '日记',
    // How a household lives, as a visit to the disabled or the hard-up finds it (生活状况): what the visit saw.
    '生活状况', '现实表现及生活状况', '生活及康复状况', '生活和康复状况',
  ],
  'issue.title': ['复查事项', '复核事项', '案由', '问题标题', '诉求标题', '工单标题', '事项名称', '事项标题', '事件标题', '问题名称', '事件名称', '诉求主题', '问题概述', '工单主题', '信访事项', '诉求事项名称', '反映事项', '纠纷名称', '矛盾纠纷名称', '纠纷事项', '民情摘要', '民情事项', '投诉事项', '举报事项', '来电事项', '听证事项'],
  'issue.description': [
    '问题描述', '诉求内容', '反映问题', '具体情况', '具体表现', '问题内容', '诉求描述', '事项内容', '工单内容', '反映内容', '来电内容',
    '问题详情', '诉求详情', '情况描述', '事件描述', '主要问题', '反映情况', '问题详细描述', '诉求事项', '事件内容', '存在问题',
    // What is wrong now, before what is proposed (人民建议: 现状与问题 … 具体建议).
    '现状与问题', '现状及问题', '现状和问题',
    // What the parties of a dispute or a council disagree on.
    '主要争议', '争议焦点', '主要分歧', '分歧焦点',
    // What a flood patrol found threatening (险情描述).
    '险情描述', '险情情况',
    '具体问题', '问题及诉求', '反映的问题', '诉求问题', '事项描述', '问题简述', '诉求简述',
    '群众诉求', '主要诉求', '诉求情况', '纠纷情况', '纠纷简要情况', '矛盾纠纷情况', '发现问题', '发现的问题', '存在的问题',
    // Anything amiss a patrol or a ranger found (发现异常, 异常情况).
    '发现异常', '异常情况',
    '困难和问题', '存在困难和问题', '诉求与需求', '诉求和需求', '困难与诉求', '存在的困难和问题', '反映的主要问题', '了解到的困难', '主要困难', '存在困难', '困难情况', '困难诉求',
    // What the household faces (面临的困难和诉求).
    '面临的困难', '面临困难', '面临的困难和诉求', '面临的困难和问题',
    // Why a council item is proposed (提议事由 of a 嘎查 议事).
    '提议事由',
    // What a household wants for work or says it wishes (就业诉求, 老人意愿及诉求).
    '就业诉求', '就业需求', '创业诉求', '创业需求', '意愿及诉求', '意愿和诉求',
    // Why the resident applies (申请事由 of an aid application checked) and what they ask (申请内容).
    '申请事由', '申请内容',
    // The matter a callback is about, as first raised (原诉求内容); the problems a visit gathered (收集到的问题).
    '原诉求', '原诉求内容', '原反映问题', '原反映事项', '收集的问题', '收集到的问题', '主要需求',
    // What the resident needs, said plainly or as what is new since the last visit (具体需求, 新增困难).
    '具体需求', '新增困难', '新的困难', '新增诉求', '家庭需求', '家庭主要需求', '家庭需求诉求',
  ],
  'issue.category': [
    '问题类别', '诉求类型', '事项类别', '问题类型', '诉求类别', '问题分类', '事项类型', '工单类型', '工单类别', '事件类型', '事件类别',
    '诉求分类', '事项分类', '问题种类', '事件分类', '诉求种类', '纠纷类别', '纠纷类型', '矛盾纠纷类别', '矛盾纠纷类型', '信访类别', '民情类别',
  ],
  'issue.source': ['问题来源', '线索来源', '诉求来源', '来源', '信息来源', '事项来源', '工单来源', '事件来源', '来源渠道', '问题渠道', '排查方式', '发现方式', '发现渠道', '收集渠道',
    // How a suggestion was gathered (征集渠道: 征集点现场/走访收集/座谈会/来信), how a council's item came (议题来源).
    '征集渠道', '议题来源'],
  'issue.ownerUnit': ['责任单位', '承办单位', '办理部门', '处理部门', '责任部门', '承办部门', '处置单位', '办理单位', '主办单位', '责任科室', '处置部门', '办理责任单位', '转办单位', '承办科室', '交办单位', '转送单位', '移送单位', '转交单位',
    // Where a service station sends an errand it takes in (送办部门).
    '送办部门', '送办单位'],
  'issue.owner': ['责任人', '承办人', '办理人', '处置人', '具体责任人', '责任人员', '办理责任人', '化解责任人', '包案责任人',
    // The person answering for it in the department it was handed to (吹哨报到: 部门责任人).
    '部门责任人', '责任部门负责人'],
  'issue.deadline': [
    // The time allowed for a petition's review (复查期限), by which the matter is answered.
    '复查期限', '复核期限',
    '完成时限', '办结时限', '整改期限', '办理时限', '截止日期', '完成期限', '整改时限', '办结期限', '要求完成时间', '计划完成时间',
    '办理期限', '化解期限', '化解时限', '要求办结时间', '要求办结日期', '限办日期', '整改完成时限', '处置时限', '要求完成日期', '整改完成期限',
    // The day an errand is promised or expected done by (承诺办结, 承诺时限, 预计办结).
    '承诺办结', '预计办结', '承诺办结时间', '承诺办结日期', '承诺办结时限', '承诺时限', '应办结日期', '应办结时间',
  ],
  'issue.measures': ['办实事好事', '办好事实事', '整改措施', '处置措施', '解决措施', '处理措施', '办理措施', '工作措施', '整改方案', '处置方案', '解决办法', '拟采取措施', '化解措施', '调处措施', '帮扶措施', '帮教措施', '关爱措施', '指导措施', '指导意见及措施', '指导意见和措施',
    // Questions answered and things dealt with on the spot (现场解答处理), talking a resident round and dealing with it.
    '现场解答', '现场解答处理', '劝导及处理', '劝导处理', '帮办措施', '帮办实事', '帮办实事情况', '处理意见', '整改要求', '管控措施', '稳控措施',
    // What was done about a problem found (处置情况), like its 处置措施; how it ended is the 处置结果.
    '处置情况',
    // What has already been done for the resident (已办事项, 现场已办事项).
    '已办事项', '现场已办事项'],
  'issue.result': ['形成决议', '会议决议', '办理结果', '处理结果', '办理情况', '处置结果', '处理情况', '办结情况', '解决情况', '办理结果说明', '办结结果', '化解结果', '调解结果', '调处结果',
    // The handling body's reply a callback checks (承办单位答复): how the matter was dealt with.
    '承办单位答复', '承办部门答复', '承办单位答复意见', '承办单位答复内容', '部门答复', '职能部门答复',
    // What the parties agreed to at a mediation (达成协议, 经调解，双方自愿达成如下协议).
    '达成协议', '达成如下协议', '协议如下'],
  'issue.feedback': ['反馈情况', '回访情况', '反馈内容', '群众反馈', '群众反馈意见', '回访记录', '答复情况', '答复内容', '反馈结果', '回访结果', '当事人反馈', '反馈当事人', '反馈当事人情况', '反馈群众情况', '答复群众情况', '向群众反馈情况',
    // What the resident said of the work when asked (群众评价 on closing a matter).
    '群众评价', '群众评价反馈', '群众评价意见',
    // The answer given to the people there and then (现场答复 at a 恳谈会 or a 接访).
    '现场答复', '当场答复'],
  'issue.status': ['办理状态', '处理状态', '工单状态', '问题状态', '办结状态', '处置状态', '事项状态', '整改状态', '工单当前状态', '问题当前状态', '办件状态'],
  'topic.title': ['调研课题', '课题名称', '调研题目', '课题', '调研主题', '课题题目', '调研课题名称', '调研项目', '所属课题', '对应课题'],
  'topic.lead': ['牵头领导', '课题负责人', '责任领导', '调研负责人', '带队领导', '牵头人', '课题牵头领导', '分管领导',
    // The leader who takes up a study (领题): STYLE.md.
    '领题领导', '领题人', '领题负责人', '领题县领导', '领题市领导', '领题区领导', '领题县级领导', '领题市级领导'],
  'topic.method': ['调研方式', '方式方法', '调研方法', '调研形式'],
  'topic.location': ['调研地点', '调研地址', '调研单位(地点)', '调研点', '调研对象及地点', '调研地点及对象'],
  // A bare 主要内容 takes the form's domain (detect.ts GENERIC_LABELS); inside a longer label it says nothing.
  'topic.summary': ['调研内容', '调研重点', '课题内容', '研究内容', '调研要点', '主要调研内容'],
  // A range field labelled so takes both the start and the end (keys.ts RANGE_KEYS).
  'topic.startDate': ['调研时间', '调研日期', '调研起止时间', '调研起止日期', '调研时间段', '调研开始时间', '调研开始日期', '课题起止时间'],
  'topic.endDate': ['调研结束时间', '调研结束日期'],
  // 文题 and 篇名 are a written piece's title.
  'report.title': ['报告标题', '标题', '报告名称', '调研报告标题', '文章标题', '材料标题', '文题', '篇名'],
  'report.body': ['正文', '全文', '报告内容', '报告正文', '调研报告', '调研报告正文', '材料内容', '文章内容'],
};

/**
 * Words that make a label mean something we have no value for (备注, 验证码…) or somebody else's data
 * (原联系电话, 单位电话…). A label containing one is never classified by the tolerant match.
 */
export const NEGATIVE_WORDS = [
  '验证码', '校验码', '动态码', '短信码', '密码', '口令', '备注', '年龄', '岁', '审核', '审批', '批示', '意见', '请注明', '其他', '其它',
  '搜索', '查询', '关键字', '关键词', '检索', '原', '曾用', '备用', '固定电话', '座机', '办公电话', '单位电话', '传真', '邮编', '邮政编码',
  '邮箱', '电子邮件', 'email', '微信', 'qq', '出生', '生日', '民族', '籍贯', '户籍', '文化程度', '学历', '政治面貌', '婚姻',
  '附件', '上传', '图片', '照片', '编号', '编码', '代码', '序号', '工单号', '次数', '数量', '人数', '金额', '面积', '经度', '纬度', '坐标', '登录', '用户名',
  '其中', '户数', '人口', '收入', '补助', '补贴', '费用', '价格', '天数', '时长', '得分', '分值', '发证', '入党', '参加工作', '入职', '退休', '死亡',
  '有效期', '签发', '注册', '成立', '营业', '企业', '公司', '商户', '门店', '法人', '截止', '计划', '首次', '初次', '末次', '变更',
  '账号', '签名', '确认', '是否', '开始', '结束', '起始', '截至', '至', '下次', '上次', '上个', '上一次', '上一个', '预计', '最近', '单位', '证明', '图',
  // What happened before this record (以往信访情况, 历次走访记录, 既往病史): not this record's.
  '以往', '既往', '历次', '过往', '往年', '此前',
  // 历史投诉情况, 历史诉求: past records; not 历史遗留问题, which is this record's matter.
  ...['投诉', '诉求', '信访', '来访', '走访', '记录', '工单', '反映'].map((record) => '历史' + record),
];
/**
 * Whole labels that are never filled even though a tolerant match would see a key inside them. A study's 调研对象 are
 * the people or bodies it looks at in general, not the one resident of a record.
 */
/** Residents at a meeting (参会居民代表, 到会群众, 参会的村民代表姓名): several people who came, not the one the record is about. */
export const MEETING_ATTENDEES = /^(参会|到会|与会|出席|列席)(的)?(居民|群众|村民|市民)(代表)?(姓名|名单)?$/;

export const NEGATIVE_LABELS = ['地址类型', '证件类型', '电话类型', '联系方式类型', '调研对象', '研究对象', '课题调研对象',
  // Where the matter raised happens (诉求地址: 诉求事项发生地址), not the caller's home.
  '诉求地址', '诉求地点', '诉求位置',
  // What a study turned into (转化成果: rules drafted, problems solved), not a matter's outcome.
  '转化成果'];

/** Page or section words saying the form is about the user themself (个人中心): persons are officer.*. */
export const SELF_PAGE_WORDS = [
  '个人中心', '个人资料', '我的资料', '我的信息', '我的账号', '我的档案', '个人信息维护', '账号设置', '账户设置', '个人设置', '用户信息',
  '基本资料修改', '干部信息登记', '本人信息', '用户资料', '修改资料', '资料设置',
];
/** Page words that need an account context (a password or 用户名 field) to mean the user's own page. */
export const SELF_PAGE_WEAK_WORDS = ['基本资料', '个人信息', '基本信息', '资料修改', '信息修改'];

/**
 * Pinyin abbreviations and English words seen in name/id attributes (xm = 姓名, sfzh = 身份证号 …).
 * Only used when a control has no visible label at all.
 */
export const NAME_TOKENS: Record<string, FieldKey | PersonAttr> = {
  xm: 'name', name: 'name', realname: 'name', xingming: 'name', hzxm: 'name', sqrxm: 'name', ldrxm: 'name',
  xb: 'gender', sex: 'gender', gender: 'gender', xingbie: 'gender',
  sfzh: 'idNumber', sfzhm: 'idNumber', zjhm: 'idNumber', idcard: 'idNumber', idno: 'idNumber', idnumber: 'idNumber', sfz: 'idNumber', gmsfhm: 'idNumber', cardno: 'idNumber',
  lxdh: 'phone', sjhm: 'phone', sjh: 'phone', dh: 'phone', lxfs: 'phone', phone: 'phone', mobile: 'phone', tel: 'phone', telephone: 'phone', ldhm: 'phone', cellphone: 'phone',
  jtzz: 'address', xzz: 'address', jzdz: 'address', xxdz: 'address', address: 'address', addr: 'address', jtdz: 'address',
  gzdw: 'unit', szdw: 'unit', dw: 'unit', unit: 'unit', zw: 'position', position: 'position', zhiwu: 'position',
  tbr: 'officer.name', djr: 'officer.name', jbr: 'officer.name', zfgb: 'officer.name', tbdw: 'officer.unit', tbrdh: 'officer.phone', jbrdh: 'officer.phone',
  rylb: 'resident.tags', tsrq: 'resident.tags', rqlb: 'resident.tags',
  ssjd: 'place.street', xzjd: 'place.street', street: 'place.street',
  sssq: 'place.community', cun: 'place.community', community: 'place.community', sqc: 'place.community',
  sswg: 'place.grid', wgmc: 'place.grid', grid: 'place.grid',
  zfrq: 'visit.date', zfsj: 'visit.date', rhsj: 'visit.date', visitdate: 'visit.date',
  zffs: 'visit.type', zfxs: 'visit.type', visittype: 'visit.type', zfdd: 'visit.location', ptry: 'visit.companions',
  zfnr: 'visit.content', zfqk: 'visit.content', mqrj: 'visit.content',
  wtbt: 'issue.title', sqbt: 'issue.title', gdbt: 'issue.title', wtms: 'issue.description', sqnr: 'issue.description', fyqk: 'issue.description',
  wtlb: 'issue.category', sqlx: 'issue.category', wtlx: 'issue.category', wtly: 'issue.source', xsly: 'issue.source',
  zrdw: 'issue.ownerUnit', cbdw: 'issue.ownerUnit', bldw: 'issue.ownerUnit', zrr: 'issue.owner', cbr: 'issue.owner',
  wcsx: 'issue.deadline', bjsx: 'issue.deadline', zgqx: 'issue.deadline', zgcs: 'issue.measures', czcs: 'issue.measures',
  bljg: 'issue.result', cljg: 'issue.result', blqk: 'issue.result', fkqk: 'issue.feedback', hfqk: 'issue.feedback', blzt: 'issue.status',
  dykt: 'topic.title', ktmc: 'topic.title', qtld: 'topic.lead', dyfs: 'topic.method', dydd: 'topic.location', bgbt: 'report.title', bgnr: 'report.body',
};

/** Labels of a cascader that picks a place (街道/社区/网格 as one cascade): it takes the place path. */
export const AREA_LABELS = [
  '所属区域', '所在区域', '区域', '所属辖区', '所在辖区', '辖区', '行政区划', '所属区划', '所属地区', '所在地区', '地区', '区域选择',
  '所属街道社区', '街道社区', '街道/社区', '街道/社区/网格', '所属社区网格', '社区网格', '所属网格区域', '属地', '问题属地', '所属属地',
];
