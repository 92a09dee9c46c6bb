import { describe, expect, it } from 'vitest';
import { buildReportDraft, editSection, parseBlocks, regenerateDraft, resetSection, staleFigures } from '@/lib/report';
import { ReportDraft } from '@/lib/schema';
import { issue, smallData, visit } from './fixtures';

const asOf = '2023-06-20';
const now = '2023-06-20T08:00:00.000Z';
const draftOf = (data = smallData()) => buildReportDraft(data, { kind: 'topic', topicId: data.topic.id }, { asOf, now, signatureUnit: '建国街道办事处' });

/** Numbers in a text, leaving out dates (2023年6月8日) and sub-heading numbers. */
const numbersIn = (text: string) =>
  text.replace(/\d{4}年\d{1,2}月\d{1,2}日/g, '').match(/\d+(\.\d+)?/g)?.map(Number) ?? [];

describe('report drafts (调研报告草稿)', () => {
  it('follows the seeds’ structure: title, opening, 一、…四、 and two appendices', () => {
    const data = smallData();
    const draft = draftOf(data);
    expect(ReportDraft.parse(draft)).toEqual(draft);
    expect(draft.title).toBe('关于老旧小区改造的调研报告');
    expect(draft.sections.map((s) => s.heading)).toEqual(['', '一、基本情况', '二、主要做法及成效', '三、存在的问题', '四、对策建议']);
    expect(draft.appendices.map((a) => [a.title, a.rows.length])).toEqual([['问题清单台账', 6], ['走访台账', 5]]);
    expect(draft.topicId).toBe(data.topic.id);
  });

  it('writes the opening from the topic’s methods and the visit types actually recorded', () => {
    const opening = draftOf().sections[0].text;
    expect(opening).toContain('“老旧小区改造”课题');
    expect(opening).toContain('由街道办事处主任刘东牵头');
    expect(opening).toContain('于2023年6月2日至2023年6月9日');
    expect(opening).toContain('按照“蹲点式调研、座谈访谈”的方式方法');
    expect(opening).toContain('采取入户走访、座谈会、个别谈心等形式');
    expect(opening).toContain('深入解放社区、建国社区开展调研。现将有关情况报告如下：');
  });

  it('states the counted figures in 基本情况', () => {
    const basics = draftOf().sections[1].text;
    expect(basics).toContain('共开展走访5次，其中入户走访3次、座谈会1次、个别谈心1次；走访联系户3户，其中需关爱对象2户（独居老人1户、低保户1户、残疾人1户）。');
    expect(basics).toContain('共收集群众反映问题6个，已解决2个，办结率33.3%；无法解决、已向群众解释说明1个；正在办理3个，其中超过完成时限2个。');
    expect(basics).toContain('建国社区（建国第一网格）走访3次、联系1户、收集问题3个、已解决0个');
  });

  it('never invents a figure: every number in the generated text is a figure with a source', () => {
    const draft = draftOf();
    const byKey = new Map(draft.figures.map((f) => [f.key, f]));
    for (const section of draft.sections) {
      for (const [key, value] of Object.entries(section.figures)) {
        expect(byKey.get(key)?.value, key).toBe(value);
        expect(byKey.get(key)?.source, key).not.toBe('');
      }
      const stated = new Set(Object.values(section.figures));
      for (const n of numbersIn(section.text)) expect(stated.has(n), `${section.heading}: ${n}`).toBe(true);
    }
  });

  it('groups open issues by category as （一）（二） in 三、存在的问题, and prompts 四、对策建议 per group', () => {
    const draft = draftOf();
    const blocks = parseBlocks(draft.sections[3].text);
    expect(blocks.map((b) => [b.level, b.lead])).toEqual([[2, '（一）基础设施方面的问题。'], [2, '（二）民生服务方面的问题。']]);
    expect(blocks[0].text).toBe('目前尚有2个问题正在办理，其中2个已超过完成时限，主要是：路面积水（建国社区，2个）。');
    const advice = draft.sections[4];
    expect(advice.text.split('\n')).toEqual(['（一）针对基础设施方面问题的建议。', '（二）针对民生服务方面问题的建议。']);
    expect(advice.prompt).toContain('基础设施：路面积水（建国社区，2个）');
  });

  it('describes what was done from visit actions and closed issues', () => {
    const practices = draftOf().sections[2].text;
    expect(practices).toContain('3次走访作了现场处置，主要有：已联系物业报修；现场讲解低保政策。');
    expect(practices).toContain('已解决2个，已向反映人反馈办理结果1个');
    expect(practices).toContain('基础设施方面1个，如楼道灯不亮（更换灯泡）');
  });

  it('regenerates generated sections from fresh data and keeps the user’s edits', () => {
    const data = smallData();
    let draft = draftOf(data);
    draft = editSection(draft, 'basics', { text: '调研期间，共开展走访5次。我们的补充说明。' });
    draft = editSection(draft, 'suggestions', { text: '（一）加快道路维修。由城建办负责，7月底前完成。' });
    const more = {
      ...data,
      visits: [...data.visits, visit({ topicIds: [data.topic.id], date: '2023-06-12', type: '座谈会', community: '解放社区' })],
      issues: [...data.issues, issue({ topicIds: [data.topic.id], title: '噪音扰民', category: '矛盾纠纷', status: '待办' })],
    };
    const { draft: next, stale } = regenerateDraft(draft, more, { asOf, now });
    expect(next.sections[1].text).toBe('调研期间，共开展走访5次。我们的补充说明。');
    expect(next.sections[4].text).toBe('（一）加快道路维修。由城建办负责，7月底前完成。');
    expect(next.sections[3].text).toContain('矛盾纠纷方面的问题');
    expect(next.sections[0].text).toContain('于2023年6月2日至2023年6月12日');
    expect(next.appendices[0].rows).toHaveLength(7);
    expect(next.figures.find((f) => f.key === 'visits')?.value).toBe(6);
    // The edited 基本情况 stated 5 visits; the composer warns that the records now say 6.
    expect(stale).toContainEqual({ section: '一、基本情况', key: 'visits', label: '走访次数', was: 5, now: 6 });
    expect(staleFigures(resetSection(next, 'basics'))).not.toContainEqual(expect.objectContaining({ section: '一、基本情况' }));
    expect(regenerateDraft(resetSection(next, 'basics'), more, { asOf, now }).draft.sections[1].text).toContain('共开展走访6次');
  });

  it('keeps an edited title and the choice of appendices', () => {
    const data = smallData();
    const draft = { ...draftOf(data), title: '关于改造的专题报告', titleEdited: true };
    draft.appendices[1] = { ...draft.appendices[1], include: false };
    const { draft: next } = regenerateDraft(draft, data, { asOf, now });
    expect(next.title).toBe('关于改造的专题报告');
    expect(next.appendices.map((a) => a.include)).toEqual([true, false]);
  });

  it('drafts a date-range report with no topic', () => {
    const data = smallData();
    const draft = buildReportDraft(data, { kind: 'range', from: '2023-06-01', to: '2023-06-30' }, { asOf, now });
    expect(draft.title).toBe('关于2023年6月1日至2023年6月30日走访调研情况的调研报告');
    expect(draft.topicId).toBeNull();
    expect(draft.sections[1].text).toContain('共开展走访6次');
  });

  it('says plainly when there is nothing to count', () => {
    const data = { ...smallData(), visits: [], issues: [] };
    const draft = draftOf(data);
    expect(draft.sections[1].text).toBe('截至2023年6月20日，该范围内尚无走访记录。\n调研中暂未收集到群众反映的问题。');
    expect(draft.sections[3].text).toContain('暂无尚未解决的问题');
  });
});

describe('section text blocks', () => {
  it('reads GB/T 9704 heading numbers and run-in headings', () => {
    expect(parseBlocks('一、总体情况\n（一）强基固本，破思想坚冰\n（二）当好“主心骨”。在基层…\n1. 建强组织。打造阵地。\n（1）小标题\n正文。\n\n')).toEqual([
      { level: 1, lead: '', text: '一、总体情况' },
      { level: 2, lead: '', text: '（一）强基固本，破思想坚冰' },
      { level: 2, lead: '（二）当好“主心骨”。', text: '在基层…' },
      { level: 3, lead: '1. 建强组织。', text: '打造阵地。' },
      { level: 4, lead: '', text: '（1）小标题' },
      { level: 0, lead: '', text: '正文。' },
    ]);
  });
});
