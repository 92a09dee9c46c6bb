import { describe, expect, it } from 'vitest';
import {
  HouseholdInput, IssueItemInput, ProfileInput, Settings, TopicInput, VisitInput, ValidationError, parseOrThrow,
} from '@/lib/schema';

const HAN = /[\u4e00-\u9fff]/;

/** Every message a schema gives for bad input is Chinese. */
function messagesOf(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } } }, value: unknown) {
  const result = schema.safeParse(value);
  expect(result.success).toBe(false);
  const messages = result.error!.issues.map((i) => i.message);
  for (const m of messages) expect(m).toMatch(HAN);
  return messages;
}

describe('schemas reject bad input with Chinese messages', () => {
  it('Topic', () => {
    expect(messagesOf(TopicInput, { title: '', year: 2023 })).toContain('请填写课题名称');
    expect(messagesOf(TopicInput, { title: '课题', year: 1800 })).toContain('年度无效');
    expect(messagesOf(TopicInput, { title: '课题', year: 2023, status: '进行中' })).toContain('课题状态无效');
    expect(messagesOf(TopicInput, { title: '课题', year: 2023, startDate: '2023-06-08', endDate: '2023-06-01' }))
      .toContain('结束日期不能早于开始日期');
    expect(messagesOf(TopicInput, { title: '课题', year: 2023, startDate: '2023-02-30' })).toContain('日期不存在');
    expect(messagesOf(TopicInput, { title: '课题', year: '二〇二三' }).length).toBeGreaterThan(0);
  });

  it('Household', () => {
    expect(messagesOf(HouseholdInput, { name: '' })).toContain('请填写姓名');
    expect(messagesOf(HouseholdInput, { name: '张三', idNumber: '110105194912310021' })).toContain('身份证号校验码不正确，请核对');
    expect(messagesOf(HouseholdInput, { name: '张三', phone: '12' })[0]).toMatch(/电话号码格式不正确/);
    expect(messagesOf(HouseholdInput, { name: '张三', careTags: ['五保户'] })).toContain('人员类别无效');
    expect(messagesOf(HouseholdInput, { name: '张三', gender: 'M' })).toContain('性别只能是男或女');
  });

  it('Visit', () => {
    expect(messagesOf(VisitInput, {})).toContain('请填写日期');
    expect(messagesOf(VisitInput, { date: '2023/6/8' })).toContain('日期格式应为 YYYY-MM-DD');
    expect(messagesOf(VisitInput, { date: '2023-06-08', type: '上门' })).toContain('走访方式无效');
    expect(messagesOf(VisitInput, { date: '2023-06-08', topicIds: ['abc'] })).toContain('编号格式不正确');
  });

  it('IssueItem', () => {
    expect(messagesOf(IssueItemInput, { title: ' ' })).toContain('请填写问题标题');
    expect(messagesOf(IssueItemInput, { title: '路灯', status: '完成' })).toContain('办理状态无效');
    expect(messagesOf(IssueItemInput, { title: '路灯', source: '网络' })).toContain('问题来源无效');
    expect(messagesOf(IssueItemInput, { title: '路灯', handlingLevel: '街道' })).toContain('办理层级无效');
    expect(messagesOf(IssueItemInput, { title: '路灯', feedback: { date: '2023-06-08', way: '', content: '' } }))
      .toEqual(expect.arrayContaining(['请填写反馈方式', '请填写反馈内容']));
  });

  it('Profile', () => {
    expect(messagesOf(ProfileInput, {})).toEqual(expect.arrayContaining(['请填写姓名', '请填写单位']));
  });

  it('parseOrThrow joins the messages into one Chinese ValidationError', () => {
    expect(() => parseOrThrow(ProfileInput, { name: '', unit: '' })).toThrow(ValidationError);
    expect(() => parseOrThrow(ProfileInput, { name: '', unit: '' })).toThrow('请填写姓名；请填写单位');
  });
});

describe('schemas accept good input and fill defaults', () => {
  it('fills defaults so a few fields are enough', () => {
    const visit = VisitInput.parse({ date: '2023-06-08' });
    expect(visit).toMatchObject({ type: '入户走访', topicIds: [], householdIds: [], content: '', draft: false });
    const issue = IssueItemInput.parse({ title: '楼道灯不亮' });
    expect(issue).toMatchObject({ status: '待办', source: '走访', statusHistory: [], feedback: null });
    expect(Settings.parse({})).toMatchObject({ reportFonts: { body: '仿宋_GB2312', title: '方正小标宋简体' } });
  });

  it('normalises ID numbers and trims text', () => {
    const h = HouseholdInput.parse({ name: ' 张三 ', idNumber: '11010519491231002x', phone: '13800001234' });
    expect(h.name).toBe('张三');
    expect(h.idNumber).toBe('11010519491231002X');
  });
});
