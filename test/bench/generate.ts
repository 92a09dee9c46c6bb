// Generated workspaces of realistic size for benchmarks (100,000 visits, 50,000 issues), shared
// by every engineer's bench: import { generateRecords } from './generate'.
import type { Household, IssueItem, Topic, Visit } from '../../lib/schema';
import { CARE_TAGS, ISSUE_STATUSES, VISIT_TYPES, idNumberCheckChar } from '../../lib/schema';

export interface GeneratedRecords {
  topics: Topic[];
  households: Household[];
  visits: Visit[];
  issues: IssueItem[];
}

export interface GenerateOptions {
  topics?: number;
  households?: number;
  visits?: number;
  issues?: number;
  /** Visits are spread over this many days before `until`. */
  days?: number;
  until?: string;
  seed?: number;
}

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈';
const GIVEN = '桂兰秀英建国淑芬志强玉珍德明凤霞长海春梅国庆丽华振华红梅永胜晓燕海波金凤广才翠萍';
const COMMUNITIES = ['解放社区', '建国社区', '台兴村', '和平社区', '幸福社区', '光明村', '新华社区', '团结村'];
const CATEGORIES = ['基础设施', '环境卫生', '民生服务', '政策咨询', '矛盾纠纷', '产业发展', '社会保障', '治安消防'];
const HEARD = [
  '楼道灯坏了两个月，晚上上下楼不方便', '小区垃圾清运不及时，夏天气味大', '独居老人希望有人定期上门看看',
  '希望了解低保年审需要准备的材料', '邻里之间因占用楼道堆放杂物发生争执', '草莓大棚销路不畅，希望帮助联系销售渠道',
  '村道路面破损，雨天积水严重', '希望社区多组织老年人文体活动', '电动车充电难，楼下私拉电线有隐患',
  '孩子入学政策不清楚，想咨询学区划分', '医保报销流程繁琐，希望简化', '屋顶漏雨，家里经济困难无力维修',
];
const DONE = ['现场讲解政策', '当场联系物业报修', '记录诉求，提交社区党委会研究', '与相关部门沟通协调', '现场调解，双方达成一致'];

/** A deterministic pseudo-random sequence, so every run benchmarks the same data. */
function sequence(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

const uuid = (kind: number, n: number) => `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);

/** Records shaped exactly as the store keeps them (valid for the zod schemas), built fast. */
export function generateRecords(options: GenerateOptions = {}): GeneratedRecords {
  const {
    topics: topicCount = 30, households: householdCount = 5_000, visits: visitCount = 100_000,
    issues: issueCount = 50_000, days = 3 * 365, until = '2026-11-20', seed = 42,
  } = options;
  const rand = sequence(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T,>(list: readonly T[] | string) => list[int(list.length)] as T;
  const now = `${until}T08:00:00.000Z`;
  // Object.assign, not spread: spreading into 150,000 literals is many times slower in V8.
  // Visits and issues are entered on the day they happened (createdAt spread over the years, as
  // in a real workspace: "raised this month" counts a month, not every issue).
  const withMeta = <T extends object>(kind: number, n: number, fields: T, on?: string) => {
    const at = on ? `${on}T08:00:00.000Z` : now;
    return Object.assign({ id: uuid(kind, n), createdAt: at, updatedAt: at, deletedAt: null, origin: { deviceId: 'bench', name: '测试' } }, fields);
  };
  const startYear = Number(addDays(until, -days).slice(0, 4));
  // Dates come from a table: Date arithmetic per record would dominate the generation time.
  const dates = Array.from({ length: days + 61 }, (_, k) => addDays(until, 60 - k));
  const daysBefore = (k: number) => dates[k + 60];
  const visitDay: number[] = [];

  const topics: Topic[] = Array.from({ length: topicCount }, (_, i) => withMeta(1, i, {
    title: `${pick(COMMUNITIES)}${pick(CATEGORIES)}问题调研（${i + 1}）`,
    keyPoints: ['一是摸清底数', '二是找准问题', '三是提出对策'], lead: { name: `${pick(SURNAMES)}${pick(GIVEN)}`, position: '街道办事处副主任' },
    methods: ['随机走访', '座谈访谈'], startDate: null, endDate: null, places: [pick(COMMUNITIES)],
    status: '调研中' as const, year: startYear + (i % 3), researchDays: int(30), archived: false,
  }));

  const households: Household[] = Array.from({ length: householdCount }, (_, i) => {
    const community = COMMUNITIES[i % COMMUNITIES.length];
    const first17 = `990101${1940 + int(60)}0${1 + int(9)}1${int(10)}${String(i % 1000).padStart(3, '0')}`;
    return withMeta(2, i, {
      name: `${pick(SURNAMES)}${GIVEN.substr(int(GIVEN.length / 2) * 2, 2)}`,
      gender: i % 2 ? '男' : '女', idNumber: first17 + idNumberCheckChar(first17),
      phone: `138${String(i).padStart(8, '0')}`, address: `${community}${1 + (i % 30)}号楼${1 + (i % 4)}单元${101 + (i % 12)}室`,
      street: '建国街道', community, grid: `${community.slice(0, 2)}第${1 + (i % 5)}网格`,
      building: `${1 + (i % 30)}号楼`, unit: `${1 + (i % 4)}单元`, room: `${101 + (i % 12)}`,
      careTags: i % 7 === 0 ? [CARE_TAGS[i % 4]] : [], notes: '',
    });
  });

  const visits: Visit[] = Array.from({ length: visitCount }, (_, i) => {
    const household = households[int(households.length)];
    visitDay[i] = int(days);
    const date = daysBefore(visitDay[i]);
    return withMeta(3, i, {
      date, type: VISIT_TYPES[i % VISIT_TYPES.length], topicIds: [topics[int(topics.length)].id],
      householdIds: [household.id], place: household.address, street: household.street,
      community: household.community, grid: household.grid, companions: i % 4 ? [] : ['网格员 孙丽'],
      content: `${household.name}反映：${pick(HEARD)}。另外提到${pick(HEARD)}。`, actions: pick(DONE),
      followUpDate: null, draft: false,
    }, date);
  });

  const byId = new Map(households.map((h) => [h.id, h]));
  const issues: IssueItem[] = Array.from({ length: issueCount }, (_, i) => {
    const visit = visits[i % visits.length];
    const household = byId.get(visit.householdIds[0]) ?? households[0];
    const heard = pick(HEARD);
    const status = ISSUE_STATUSES[i % ISSUE_STATUSES.length];
    const closed = status === '已销号';
    return withMeta(4, i, {
      title: heard.slice(0, 16), description: heard, category: pick(CATEGORIES), source: '走访',
      raisedBy: { householdId: household.id, name: household.name, phone: household.phone },
      place: visit.place, street: visit.street, community: visit.community, grid: visit.grid,
      visitId: visit.id, topicIds: visit.topicIds, handlingLevel: null, ownerUnit: `${visit.community}居委会`,
      owner: `${pick(SURNAMES)}${pick(GIVEN)}`, deadline: daysBefore(visitDay[i % visits.length] - 30), measures: status === '待办' ? '' : '明确责任人，限期整改',
      status, statusHistory: [{ at: `${visit.date}T08:00:00.000Z`, by: '测试', from: null, to: status, note: '' }],
      feedback: closed ? { date: daysBefore(visitDay[i % visits.length] - 20), way: '电话', content: '已告知办理结果' } : null,
      explanation: status === '无法解决-已解释' ? '已向当事人解释政策' : '', closedDate: closed ? daysBefore(visitDay[i % visits.length] - 20) : null,
    }, visit.date);
  });

  return { topics, households, visits, issues };
}
