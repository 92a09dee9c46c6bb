import { describe, expect, it } from 'vitest';
import { normalizeLabel } from '../../../lib/autofill/text';
import { keyOf } from './page';

describe('normalizeLabel', () => {
  it('drops a question\'s number: letters with numbers, sub-numbers, Chinese numerals, brackets', () => {
    expect(normalizeLabel('Q3-1.家庭住址')).toBe('家庭住址');
    expect(normalizeLabel('B12、联系电话：')).toBe('联系电话');
    expect(normalizeLabel('2.3.民族')).toBe('民族');
    expect(normalizeLabel('三、走访日期')).toBe('走访日期');
    expect(normalizeLabel('（4）本人手机')).toBe('本人手机');
    expect(normalizeLabel('5）户籍地址')).toBe('户籍地址');
    expect(normalizeLabel('第3题：联系电话')).toBe('联系电话');
    expect(normalizeLabel('第十二项 走访日期')).toBe('走访日期');
  });
  it('keeps letters and numerals that are words of the label', () => {
    expect(normalizeLabel('QQ号码')).toBe('qq号码');
    expect(normalizeLabel('十分满意')).toBe('十分满意');
    expect(normalizeLabel('一级残疾')).toBe('一级残疾');
    expect(normalizeLabel('A4纸张数')).toBe('a4纸张数');
    expect(normalizeLabel('第一书记')).toBe('第一书记');
  });
});

describe('normalizeLabel: what stands around a label', () => {
  it('drops arrows and bullets that point at the box, before or after the words', () => {
    expect(normalizeLabel('→ 入户日期')).toBe('入户日期');
    expect(normalizeLabel('▶户主姓名')).toBe('户主姓名');
    expect(normalizeLabel('● 联系电话 ⇐')).toBe('联系电话');
    expect(normalizeLabel('※ 住址')).toBe('住址');
    expect(normalizeLabel('--请选择性别--')).toBe('性别');
    expect(normalizeLabel('—— 联系电话 ——')).toBe('联系电话');
  });
  it('drops brackets around the whole label and a question number in brackets', () => {
    expect(normalizeLabel('【走访日期】')).toBe('走访日期');
    expect(normalizeLabel('「户主姓名」：')).toBe('户主姓名');
    expect(normalizeLabel('[联系电话](必填)')).toBe('联系电话');
    expect(normalizeLabel('〔三〕家庭住址')).toBe('家庭住址');
    expect(normalizeLabel('【重要】联系电话')).toBe('【重要】联系电话');
  });
  it('drops an example or format after the label, but not one inside its brackets', () => {
    expect(normalizeLabel('整改期限 例：2024/06/30')).toBe('整改期限');
    expect(normalizeLabel('工作单位全称，如：××镇人民政府')).toBe('工作单位全称');
    expect(normalizeLabel('联系电话  如：13800000000')).toBe('联系电话');
    expect(normalizeLabel('走访时间 格式:yyyy-mm-dd')).toBe('走访时间');
    expect(normalizeLabel('其他（如：低保）')).toBe('其他(如:低保)');
  });
  it('reads a diary\'s "她的…/他的…" as the visited person\'s field, but not 他人', () => {
    expect(normalizeLabel('他的联系电话')).toBe('对象联系电话');
    expect(keyOf('他的联系电话')).toBe('resident.phone');
    expect(keyOf('他的工作单位')).toBeNull();
    expect(normalizeLabel('他人联系电话')).toBe('他人联系电话');
  });
});

describe('normalizeLabel: a plain question is the field it asks for', () => {
  it('reads where, when and with whom the user went', () => {
    expect(normalizeLabel('今天到过哪些地方？')).toBe('走访地点');
    expect(normalizeLabel('何时上门的')).toBe('走访时间');
    expect(normalizeLabel('哪一天')).toBe('时间');
    expect(normalizeLabel('去过哪儿（村组、场所）')).toBe('走访地点(村组、场所)');
    expect(normalizeLabel('同谁一块去的')).toBe('同行人员');
    expect(normalizeLabel('谁陪同的？')).toBe('同行人员');
  });
  it('reads who was visited, their name and home, and who wrote it down', () => {
    expect(normalizeLabel('本次走访了哪户')).toBe('走访对象');
    expect(normalizeLabel('老人叫什么名字')).toBe('姓名');
    expect(normalizeLabel('他住在哪儿')).toBe('住址');
    expect(normalizeLabel('包联干部是谁')).toBe('包联干部');
    expect(normalizeLabel('谁填写的')).toBe('填写人');
  });
  it('reads what was said, seen and needed, and how to help', () => {
    expect(normalizeLabel('群众提了哪些困难')).toBe('反映问题');
    expect(normalizeLabel('居民谈了哪些难题、心愿')).toBe('反映问题');
    // A talk asked bare is the talk's record; what the resident said or raised in it stays their matter.
    expect(normalizeLabel('和老人唠了啥')).toBe('谈话内容');
    expect(normalizeLabel('交流了哪些话题')).toBe('谈话内容');
    expect(normalizeLabel('他说了些什么')).toBe('反映问题');
    expect(normalizeLabel('谈了什么困难')).toBe('反映问题');
    expect(normalizeLabel('孩子讲的')).toBe('反映问题');
    expect(normalizeLabel('我们干了哪些事')).toBe('解决措施');
    expect(normalizeLabel('我是如何回应的')).toBe('解决措施');
    expect(normalizeLabel('了解到些什么情况')).toBe('了解到的情况');
    expect(normalizeLabel('发现了哪些隐患')).toBe('发现的问题');
    expect(normalizeLabel('需要帮忙解决什么')).toBe('需要解决的问题');
    expect(normalizeLabel('怎样帮扶他')).toBe('解决措施');
    expect(normalizeLabel('接下来怎么做？')).toBe('下一步措施');
    expect(normalizeLabel('家里遇到了哪些难处')).toBe('家里遇到了哪些难处');
    expect(normalizeLabel('遇到了哪些难处')).toBe('反映问题');
  });
  it('reads a field named and asked after as that field, and who handles a matter by when', () => {
    expect(normalizeLabel('手机号是多少？')).toBe('手机号');
    expect(normalizeLabel('身份证号码是什么')).toBe('身份证号码');
    expect(normalizeLabel('由谁跟进')).toBe('责任人');
    expect(normalizeLabel('由哪个单位负责')).toBe('责任单位');
    expect(normalizeLabel('何时前解决')).toBe('完成时限');
  });
  it('leaves questions about something else as they are', () => {
    expect(normalizeLabel('跟谁同住')).toBe('跟谁同住');
    expect(normalizeLabel('在哪里发生的')).toBe('在哪里发生的');
    expect(normalizeLabel('小区叫什么名字')).toBe('小区叫什么名字');
    expect(normalizeLabel('孩子姓名')).toBe('孩子姓名');
  });
});

describe('normalizeLabel: a date\'s format after its label', () => {
  it('is no word of the label (登记日期 YYYY-MM-DD, 来津日期 如2024-03-01), in the words the engine reads', () => {
    expect(normalizeLabel('登记日期 YYYY-MM-DD')).toBe('登记日期');
    expect(normalizeLabel('来津日期 如2024-03-01')).toBe('来津日期');
    expect(normalizeLabel('走访日期 2024年1月1日')).toBe('走访日期');
    expect(normalizeLabel('门牌号 2024')).toBe('门牌号2024');
  });
});

describe('a label in Chinese with a minority\'s script beside it', () => {
  it('reads only the Chinese (宣讲日期 چېسلا, 姓名 성명, 村（社区）كەنت (مەھەللە))', () => {
    expect(normalizeLabel('宣讲日期چېسلا')).toBe('宣讲日期');
    expect(normalizeLabel('姓名 성명')).toBe('姓名');
    expect(normalizeLabel('村（社区）كەنت (مەھەللە)')).toBe('村(社区)');
    // Without Chinese, nothing is dropped.
    expect(normalizeLabel('성명')).toBe('성명');
  });
});
