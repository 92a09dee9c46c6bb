import type { Household, IssueItem, Topic, Visit } from '../schema';
import { idNumberCheckChar, CARE_TAGS, VISIT_TYPES, ISSUE_STATUSES } from '../schema';
import { DEMO_TOPICS } from './topics';

export interface DemoData {
  topics: Topic[];
  households: Household[];
  visits: Visit[];
  issues: IssueItem[];
}

// Obviously fictional people: made-up names, region code 990101 (no such region), 1380000xxxx phones.
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗';
const GIVEN = ['桂兰', '秀英', '建国', '淑芬', '志强', '玉珍', '德明', '凤霞', '长海', '春梅', '国庆', '丽华'];
const COMMUNITIES = [
  { community: '解放社区', grids: ['解放第一网格', '解放第二网格'] },
  { community: '建国社区', grids: ['建国第一网格', '建国第二网格'] },
  { community: '台兴村', grids: ['台兴第一网格'] },
];
const HEARD = [
  ['楼道灯坏了两个月，晚上上下楼不方便', '基础设施', '已联系物业当场登记报修'],
  ['小区垃圾清运不及时，夏天气味大', '环境卫生', '与环卫所沟通增加清运频次'],
  ['独居老人希望有人定期上门看看', '民生服务', '纳入网格员每周联系名单'],
  ['希望了解低保年审需要准备的材料', '政策咨询', '现场讲解政策并留下办事指南'],
  ['邻里之间因占用楼道堆放杂物发生争执', '矛盾纠纷', '现场调解，双方同意清理'],
  ['草莓大棚销路不畅，希望帮助联系销售渠道', '产业发展', '对接党建联盟单位帮助销售'],
  ['村道路面破损，雨天积水严重', '基础设施', '拍照记录并上报街道城建办'],
  ['希望社区多组织老年人文体活动', '民生服务', '记录需求，提交社区党委会研究'],
];

/** A deterministic pseudo-random sequence, so the demo looks the same every time. */
function sequence(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);

function fictionalIdNumber(n: number, birth: string): string {
  const first17 = `990101${birth.replaceAll('-', '')}${String(100 + n).slice(-3)}`;
  return first17 + idNumberCheckChar(first17);
}

/** The six topics of seed 000 with fictional households, visits and issues around them. */
export function buildDemoData(now = new Date().toISOString()): DemoData {
  const rand = sequence(20230608);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const meta = (n: number) => ({ id: uuid(n), createdAt: now, updatedAt: now, deletedAt: null, origin: { deviceId: 'demo', name: '演示数据' } });

  const topics: Topic[] = DEMO_TOPICS.map((t, i) => ({
    ...meta(1 + i), ...t, keyPoints: [...t.keyPoints], places: [...t.places],
    methods: ['深入实地采取对策调研', '跟踪调研'], endDate: '2023-12-31',
    status: i < 2 ? '调研中' : '计划中', year: 2023, researchDays: 8 + i * 3, archived: false,
  }));

  const households: Household[] = Array.from({ length: 24 }, (_, i) => {
    const place = COMMUNITIES[i % COMMUNITIES.length];
    const birth = `19${40 + Math.floor(rand() * 50)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`;
    return {
      ...meta(100 + i),
      name: SURNAMES[i % SURNAMES.length] + pick(GIVEN),
      gender: i % 2 ? '男' : '女',
      idNumber: fictionalIdNumber(i, birth),
      phone: `1380000${String(1000 + i * 37).slice(-4)}`,
      address: `${place.community}${1 + (i % 6)}号楼${1 + (i % 3)}单元${101 + (i % 5)}室`,
      street: '建国街道', community: place.community, grid: pick(place.grids),
      building: `${1 + (i % 6)}号楼`, unit: `${1 + (i % 3)}单元`, room: `${101 + (i % 5)}`,
      careTags: i % 4 === 0 ? [CARE_TAGS[i % 4]] : i % 5 === 0 ? ['低保户', '残疾人'] : [],
      notes: '',
    };
  });

  const visits: Visit[] = [];
  const issues: IssueItem[] = [];
  for (let i = 0; i < 40; i++) {
    const topic = topics[i % topics.length];
    const household = households[(i * 7) % households.length];
    const [heard, category, action] = HEARD[i % HEARD.length];
    const date = addDays('2023-06-02', i * 4);
    const visit: Visit = {
      ...meta(200 + i), date, type: i % 6 === 5 ? '座谈会' : VISIT_TYPES[i % 3],
      topicIds: [topic.id], householdIds: [household.id], place: household.address,
      street: '建国街道', community: household.community, grid: household.grid,
      companions: i % 3 === 0 ? ['网格员 孙丽'] : [], content: `${household.name}反映：${heard}。`,
      actions: action, followUpDate: addDays(date, 14), draft: false,
    };
    visits.push(visit);
    if (i % 2 === 0) issues.push(demoIssue(meta(300 + i), visit, household, topic, category, heard, i));
  }
  return { topics, households, visits, issues };
}

function demoIssue(
  meta: Pick<IssueItem, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'origin'>,
  visit: Visit, household: Household, topic: Topic, category: string, heard: string, i: number,
): IssueItem {
  const status = ISSUE_STATUSES[i % 4 === 0 ? 3 : (i / 2) % 3];
  const closed = status === '已销号';
  return {
    ...meta, title: heard.slice(0, 20), description: heard, category, source: '走访',
    raisedBy: { householdId: household.id, name: household.name, phone: household.phone },
    place: visit.place, street: visit.street, community: visit.community, grid: visit.grid,
    visitId: visit.id, topicIds: [topic.id], handlingLevel: closed ? '现场解决' : '社区党委会议题',
    ownerUnit: `${visit.community}居委会`, owner: '网格员 孙丽', deadline: visit.followUpDate,
    measures: status === '待办' ? '' : '明确责任人，限期整改', status,
    statusHistory: [{ at: meta.createdAt, by: '演示数据', from: null, to: status, note: '' }],
    feedback: closed ? { date: visit.followUpDate ?? visit.date, way: '电话', content: '已将办理结果告知反映人，对方表示满意' } : null,
    explanation: '', closedDate: closed ? visit.followUpDate : null,
  };
}
