import { describe, expect, it } from 'vitest';
import { normalizeLabel } from '../../../lib/autofill';
import { plainLabel } from '../../../lib/autofill/questions';
import { keyOf } from './page';

const plain = (question: string) => plainLabel(normalizeLabel(question));

describe('plainLabel: a question is a label in other clothes', () => {
  it('reads the frame around the ask: whose name, who came along, which place, how', () => {
    expect(plain('户主叫啥名字？')).toBe('户主姓名');
    expect(plain('您贵姓')).toBe('姓名');
    expect(plain('2. 您的联系电话是？')).toBe('联系电话');
    expect(plain('谁和你一起去的？')).toBe('同行人员');
    expect(plain('去了哪个村（居）')).toBe('村(居)');
    expect(plain('3. 您家住在哪个小区、几号楼、几单元、几号？')).toBe('住址');
    expect(plain('怎么走访的')).toBe('走访方式');
    expect(plain('怎么联系的')).toBe('走访方式');
  });

  it('reads what the resident raises, whoever of theirs and on whatever topic, and the help asked or done', () => {
    for (const question of ['群众有啥盼头', '亲戚家有啥难处？', '还有什么困难需要帮助？', '走访时群众最关心什么？',
      '11. 您现在供暖上还有什么问题、想让我们帮着解决的？']) expect(plain(question)).toBe('反映问题');
    expect(plain('帮亲戚办了哪些实事？')).toBe('帮扶措施');
    expect(plain('帮着解决了什么')).toBe('帮扶措施');
    expect(plain('这次和亲戚一起做了什么？')).toBe('走访内容');
  });

  it('reads how the resident\'s life goes as what the visit saw, not one side of it nor a matter\'s progress', () => {
    expect(plain('搬迁后生活怎么样')).toBe('近况');
    expect(keyOf('搬迁后生活怎么样')).toBe('visit.content');
    for (const question of ['身体怎么样', '孩子生活怎么样', '上次结亲时亲戚提的事办得怎样了', '效果怎么样']) expect(keyOf(question)).toBeNull();
  });

  it('reads what the day\'s visit saw and heard (今天看到、听到了什么) as the visit\'s record', () => {
    expect(keyOf('今天看到、听到了什么？')).toBe('visit.content');
  });

  it('leaves the occasion off so the question itself can be read (这次去和群众聊了些什么 → 和群众聊了些什么)', () => {
    expect(plain('这次去和群众聊了些什么？')).toBe('和群众聊了些什么');
    expect(plain('具体去了哪儿，如：田间地头、村委会、群众家中')).toBe('去了哪儿');
    expect(plain('户主姓名')).toBeNull();
  });
});

describe('classifyLabel: questions read as their labels', () => {
  it('keys the questions of a diary or a questionnaire', () => {
    expect(['户主叫啥名字？', '谁和你一起去的？', '走访时群众最关心什么？', '亲戚家有啥难处？', '帮亲戚办了哪些实事？',
      '这次去和群众聊了些什么？', '去了哪个村（居）', '怎么走访的', '具体去了哪儿，如：田间地头、村委会、群众家中',
      '3. 您家住在哪个小区、几号楼、几单元、几号？'].map((label) => keyOf(label)))
      .toEqual(['resident.name', 'visit.companions', 'issue.description', 'issue.description', 'issue.measures',
        'visit.content', 'place.community', 'visit.type', 'visit.location', 'resident.address']);
  });

  it('leaves unkeyed what asks something we hold no value for, or is somebody else\'s', () => {
    for (const question of ['您家里有几口人？', '您对今年供暖满意吗？', '上个采暖期您反映过什么问题吗？', '您贵庚',
      '孩子叫什么名字', '邻居家有啥难处', '对我们的工作有什么意见建议？', '去了哪个部门',
      '工作中还有什么困难？']) expect(keyOf(question)).toBeNull();
    expect(keyOf('您家在哪个社区')).toBe('place.community');
    expect(keyOf('生活上还有什么困难？')).toBe('issue.description');
  });
});
