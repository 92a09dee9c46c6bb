import { describe, expect, it } from 'vitest';
import { classifyLabel, FIELD_KEYS, FieldKey, normalizeLabel } from '../../../lib/autofill';
import { classifyName } from '../../../lib/autofill/classify';
import { keyOf, none } from './page';

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
