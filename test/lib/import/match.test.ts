import { describe, expect, it } from 'vitest';
import { commitImport, linkIssuesToHouseholds, matchHouseholds, planImport, resolveHouseholds, type ColumnMapping } from '@/lib/import';
import { fixedClock, openTestStore } from '../db/fakeDb';

const options = { clock: fixedClock(), by: '王小明' };
const HOUSEHOLD_COLUMNS: ColumnMapping = ['name', 'idNumber', 'phone', 'address'];
const ID = '11010519491231002X'; // a valid GB 11643 number
const sheet = (...rows: string[][]) => rows.map((cells, i) => ({ rowNumber: i + 2, cells }));
const plan = (...rows: string[][]) => planImport('households', sheet(...rows), HOUSEHOLD_COLUMNS, options);

describe('importing households without twins', () => {
  it('marks each row 新增, 更新 (with the fields that change) or 重复 of an earlier row', async () => {
    const store = openTestStore();
    await commitImport(store, plan(['王桂兰', ID, '', '解放路1号'], ['李建国', '', '13800001234', '']));
    const again = plan(
      ['王桂兰', ID, '13900005678', '解放路1号'], // same ID: gains a phone
      ['李建国', '', '13800001234', ''], // same name + phone, nothing new
      ['张秀英', '', '13700001111', ''], // new
      ['张秀英', '', '13700001111', '和平街2号'], // the row above again
    );
    const outcomes = matchHouseholds(again, await store.households.list());
    expect(outcomes.map((o) => o.kind)).toEqual(['更新', '更新', '新增', '重复']);
    expect(outcomes[0]).toMatchObject({ changes: ['联系电话'] });
    expect(outcomes[1]).toMatchObject({ changes: [] });
    expect(outcomes[3]).toEqual({ kind: '重复', sameAsRow: 4 });
  });

  it('re-importing the same sheet adds nothing; updating keeps the record and fills only the given cells', async () => {
    const store = openTestStore();
    const first = plan(['王桂兰', ID, '', '解放路1号'], ['李建国', '', '13800001234', '']);
    await commitImport(store, first);
    const same = resolveHouseholds(first, matchHouseholds(first, await store.households.list()), true);
    expect(same.households).toEqual([]);

    const newer = plan(['王桂兰', ID, '13900005678', '']);
    const outcomes = matchHouseholds(newer, await store.households.list());
    expect(resolveHouseholds(newer, outcomes, false).households).toEqual([]); // 跳过已有的
    await commitImport(store, resolveHouseholds(newer, outcomes, true));
    const [wang] = (await store.households.list()).filter((h) => h.name === '王桂兰');
    expect(await store.households.count()).toBe(2);
    expect(wang).toMatchObject({ id: first.households[0].id, phone: '13900005678', address: '解放路1号' });
  });

  it('never matches two different ID numbers by name and phone', async () => {
    const first = plan(['王桂兰', ID, '13900005678', '']);
    const other = plan(['王桂兰', '110105195001010012', '13900005678', '']);
    expect(matchHouseholds(other, first.households).map((o) => o.kind)).toEqual(['新增']);
  });

  it('links an imported issue to the household its 诉求人 (name + phone) names', () => {
    const households = plan(['李建国', '', '13800001234', '']).households;
    const issues = planImport('issues', sheet(['楼道灯坏了', '李建国', '13800001234'], ['路面破损', '李建国', '']),
      ['title', 'raisedBy.name', 'raisedBy.phone'], options);
    const linked = linkIssuesToHouseholds(issues, households);
    expect(linked.issues.map((i) => i.raisedBy.householdId)).toEqual([households[0].id, null]);
  });
});
