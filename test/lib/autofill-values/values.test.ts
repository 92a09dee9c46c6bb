import { afterEach, describe, expect, it } from 'vitest';
import { buildDemoData } from '@/lib/demo';
import {
  FIELD_KEYS, FIELD_KEY_NAMES, buildFillValues, loadChosenRecord, searchRecords, toFillValues, withFixedValues,
} from '@/lib/autofill-values';
import type { Profile } from '@/lib/schema';
import { openTestStore } from '../db/fakeDb';

const profile: Profile = {
  id: 'me', updatedAt: '2023-06-01T00:00:00.000Z', name: '王小明', unit: '建国街道办事处', position: '网格员',
  phone: '13800001234', street: '建国街道', community: '解放社区', grid: '解放第一网格',
};
const demo = buildDemoData('2023-06-01T00:00:00.000Z');
const visit = demo.visits[0];
const household = demo.households.find((h) => h.id === visit.householdIds[0])!;

describe('buildFillValues: records as form values with their sources', () => {
  it('takes the officer from the profile, each value with where it came from', () => {
    const values = buildFillValues(profile);
    expect(values['officer.name']).toEqual({ value: '王小明', source: '我的信息·姓名' });
    expect(values['officer.phone']).toEqual({ value: '13800001234', source: '我的信息·电话' });
    expect(values['place.grid']).toEqual({ value: '解放第一网格', source: '我的信息·所属网格' });
    expect(values['resident.name']).toBeUndefined();
  });

  it('fills a visit with its household; the more specific record wins over the profile', () => {
    const values = buildFillValues(profile, { visit, household });
    expect(values['visit.date']).toEqual({ value: visit.date, source: '走访记录 2023年6月2日·走访日期' });
    expect(values['visit.content']?.value).toBe(`${visit.content}\n现场处置：${visit.actions}`);
    expect(values['resident.idNumber']).toEqual({ value: household.idNumber, source: `联系户 ${household.name}·身份证号` });
    expect(values['place.community']).toEqual({ value: visit.community, source: '走访记录 2023年6月2日·社区' });
    expect(values['officer.name']?.source).toBe('我的信息·姓名');
  });

  it('gives lists as arrays and never puts an empty value over a real one', () => {
    const tagged = { ...household, careTags: ['独居老人', '低保户'] as ('独居老人' | '低保户')[] };
    const values = buildFillValues(profile, { household: { ...tagged, grid: '' } });
    expect(values['resident.tags']?.value).toEqual(['独居老人', '低保户']);
    expect(values['place.grid']?.value).toBe('解放第一网格');
    expect(buildFillValues(profile, { household: { ...household, careTags: [] } })['resident.tags']).toBeUndefined();
  });

  it('fills an issue: title, owner, deadline (ISO), who raised it', () => {
    const issue = demo.issues[0];
    const values = buildFillValues(null, { issue });
    expect(values['issue.title']?.value).toBe(issue.title);
    expect(values['issue.deadline']?.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(values['resident.name']?.source).toMatch(/^问题 .+·反映人$/);
    expect(values['issue.status']?.value).toBe(issue.status);
  });

  it('lets fixed values of a template win, and drops sources for the engine', () => {
    const values = withFixedValues(buildFillValues(profile, { visit }), { 'visit.type': '入户走访' }, '模板 网格平台');
    expect(values['visit.type']).toEqual({ value: '入户走访', source: '模板 网格平台·固定值' });
    expect(toFillValues(values)).toMatchObject({ 'visit.type': '入户走访', 'officer.name': '王小明' });
  });

  it('names every field key in Chinese', () => {
    for (const key of FIELD_KEYS) expect(FIELD_KEY_NAMES[key]).toMatch(/[\u4e00-\u9fa5]/);
  });
});

describe('records to fill from, through lib/db', () => {
  let store = openTestStore();
  afterEach(() => { store.close(); store = openTestStore(); });

  it('loads a visit with its household and topic, an issue with its visit', async () => {
    await store.bulkImport(demo);
    const chosen = await loadChosenRecord(store, { kind: 'visit', id: visit.id });
    expect(chosen?.household?.id).toBe(household.id);
    expect(chosen?.topic?.id).toBe(visit.topicIds[0]);
    const issue = demo.issues[0];
    const fromIssue = await loadChosenRecord(store, { kind: 'issue', id: issue.id });
    expect(fromIssue?.visit?.id).toBe(issue.visitId);
    expect(await loadChosenRecord(store, { kind: 'household', id: '00000000-0000-4000-8000-ffffffffffff' })).toBeNull();
  });

  it('searches by every word, newest first', async () => {
    await store.bulkImport(demo);
    const found = await searchRecords(store, `${household.name} 2023年6月2日`);
    expect(found[0]).toMatchObject({ ref: { kind: 'visit', id: visit.id }, title: '走访记录 2023年6月2日' });
    const all = await searchRecords(store, '', 100);
    const visitDates = all.filter((o) => o.ref.kind === 'visit').map((o) => o.sortKey);
    expect(visitDates).toEqual([...visitDates].sort().reverse());
    expect(await searchRecords(store, '没有这个人')).toEqual([]);
  });
});
