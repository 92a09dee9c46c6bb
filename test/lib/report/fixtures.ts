// Small records with known counts, built through the zod schemas so defaults are filled in.
import {
  Household, HouseholdInput, IssueItem, IssueItemInput, Topic, TopicInput, Visit, VisitInput,
} from '@/lib/schema';
import type { ReportData } from '@/lib/report';

let next = 1;
const meta = () => {
  const n = next++;
  return {
    id: `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
    createdAt: '2023-06-05T08:00:00.000Z', updatedAt: '2023-06-05T08:00:00.000Z', deletedAt: null,
  };
};

export const topic = (input: Partial<TopicInput> = {}): Topic =>
  Topic.parse({ ...meta(), ...TopicInput.parse({ title: '老旧小区改造', year: 2023, ...input }) });
export const household = (input: Partial<HouseholdInput> = {}): Household =>
  Household.parse({ ...meta(), ...HouseholdInput.parse({ name: '王桂兰', ...input }) });
export const visit = (input: Partial<VisitInput> & { date: string }): Visit =>
  Visit.parse({ ...meta(), ...VisitInput.parse(input) });
export const issue = (input: Partial<IssueItemInput> & { title: string }, createdAt?: string): IssueItem =>
  IssueItem.parse({ ...meta(), ...(createdAt ? { createdAt, updatedAt: createdAt } : {}), ...IssueItemInput.parse(input) });

/**
 * One topic in two communities: 5 visits (1 座谈会), 3 households reached (2 needing care), 6 issues
 * (2 solved, 1 explained, 3 open of which 2 overdue on 2023-06-20), plus records outside the topic.
 */
export function smallData(): ReportData & { topic: Topic } {
  const t = topic({ methods: ['蹲点式调研', '座谈访谈'], places: ['解放社区', '建国社区'], lead: { name: '刘东', position: '街道办事处主任' } });
  const other = topic({ title: '别的课题' });
  const a = household({ name: '王桂兰', community: '解放社区', grid: '解放第一网格', careTags: ['独居老人'] });
  const b = household({ name: '李建国', community: '解放社区', grid: '解放第二网格', careTags: ['低保户', '残疾人'] });
  const c = household({ name: '张淑芬', community: '建国社区', grid: '建国第一网格' });
  const d = household({ name: '不在范围', community: '建国社区' });
  const on = { topicIds: [t.id] };
  const visits = [
    visit({ ...on, date: '2023-06-02', householdIds: [a.id], community: '解放社区', grid: '解放第一网格', content: '楼道灯坏了', actions: '已联系物业报修。' }),
    visit({ ...on, date: '2023-06-03', householdIds: [a.id, b.id], community: '解放社区', grid: '解放第二网格', content: '垃圾清运', actions: '已联系物业报修' }),
    visit({ ...on, date: '2023-06-05', type: '座谈会', community: '建国社区', content: '居民座谈' }),
    visit({ ...on, date: '2023-06-07', type: '个别谈心', householdIds: [c.id], community: '建国社区', grid: '建国第一网格', actions: '现场讲解低保政策' }),
    visit({ ...on, date: '2023-06-09', householdIds: [c.id], community: '建国社区' }),
    visit({ topicIds: [other.id], date: '2023-06-04', householdIds: [d.id], community: '建国社区' }),
    { ...visit({ ...on, date: '2023-06-06', householdIds: [d.id] }), deletedAt: '2023-06-07T00:00:00.000Z' },
  ];
  const onIssue = { topicIds: [t.id] };
  const issues = [
    issue({ ...onIssue, title: '楼道灯不亮', category: '基础设施', community: '解放社区', status: '已销号', measures: '更换灯泡', feedback: { date: '2023-06-06', way: '电话', content: '已告知' } }),
    issue({ ...onIssue, title: '垃圾清运不及时', category: '环境卫生', community: '解放社区', status: '已办结' }),
    issue({ ...onIssue, title: '加装电梯', category: '基础设施', community: '解放社区', status: '无法解决-已解释', explanation: '楼体结构不允许' }),
    issue({ ...onIssue, title: '路面积水', category: '基础设施', community: '建国社区', status: '待办', deadline: '2023-06-10' }),
    issue({ ...onIssue, title: '路面积水', category: '基础设施', community: '建国社区', status: '办理中', deadline: '2023-06-15' }),
    issue({ ...onIssue, title: '希望多办老年活动', category: '民生服务', community: '建国社区', status: '办理中', deadline: '2023-07-01' }),
    issue({ topicIds: [other.id], title: '别的课题的问题', status: '待办' }),
  ];
  return { topic: t, topics: [t, other], households: [a, b, c, d], visits, issues };
}
