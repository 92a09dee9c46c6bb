import { describe, expect, it } from 'vitest';
import { createBackup, databaseHash } from '@/lib/backup';
import type { Clock, Store } from '@/lib/db';
import { deviceOrigin, exportPackage, importPackages, keepCurrent, listConflicts, adoptVersion, type PackageFile } from '@/lib/merge';
import { newStore, records } from '../backup/helpers';

const MERGED = ['topics', 'households', 'visits', 'issues', 'conflicts'];
const BASE = records(40);

/** Deterministic pseudo-random numbers for one seed. */
function seeded(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

/** A member's clock: every member's changes happen at the same moments, so ties are common. */
function memberClock(member: number): Clock {
  let tick = 0;
  let id = 0;
  return {
    now: () => new Date(Date.parse('2026-12-01T00:00:00.000Z') + tick++ * 1000).toISOString(),
    newId: () => `00000000-0000-4000-8${member.toString(16).padStart(3, '0')}-${(++id).toString(16).padStart(12, '0')}`,
    origin: () => ({ deviceId: `member-${member}`, name: `成员${member}` }),
  };
}

async function leaderWithBase(): Promise<Store> {
  const leader = newStore(memberClock(999));
  await leader.bulkImport(BASE);
  return leader;
}

/** A member edits, deletes and adds records at random, then exports a package. */
async function memberPackage(member: number, rand: (n: number) => number, deleted: Set<string>): Promise<PackageFile> {
  const store = newStore(memberClock(member));
  await store.bulkImport(BASE);
  for (let op = 0; op < 12; op++) {
    const households = await store.households.list();
    const visits = await store.visits.list();
    const which = rand(5);
    if (which === 0 && households.length) {
      const h = households[rand(households.length)];
      await store.households.update(h.id, { notes: `成员${member}第${op}次修改` });
    } else if (which === 1 && visits.length) {
      const v = visits[rand(visits.length)];
      await store.visits.update(v.id, { content: `成员${member}补充的走访内容 ${op}` });
    } else if (which === 2 && visits.length) {
      const v = visits[rand(visits.length)];
      await store.visits.remove(v.id);
      deleted.add(v.id);
    } else {
      await store.households.create({ name: `成员${member}新登记${op}`, community: '解放社区' });
    }
  }
  const text = (await exportPackage(store)).text;
  store.close();
  return { name: `成员${member}.json`, data: text };
}

function shuffled<T>(list: readonly T[], rand: (n: number) => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rand(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('team consolidation (汇总)', () => {
  for (const seed of [1, 2, 3]) {
    it(`converges in any order, re-import changes nothing, deletions stay (seed ${seed})`, async () => {
      const rand = seeded(seed);
      const members = 5 + rand(16);
      const deleted = new Set<string>();
      const packages: PackageFile[] = [];
      for (let m = 1; m <= members; m++) packages.push(await memberPackage(m, rand, deleted));
      const withDuplicates = [...packages, ...packages.filter(() => rand(3) === 0)];

      const inOneGo = await leaderWithBase();
      const results = await importPackages(inOneGo, packages);
      expect(results.every((r) => !r.error && r.summary)).toBe(true);
      const expected = await databaseHash(inOneGo, MERGED);

      const oneByOne = await leaderWithBase();
      for (const file of shuffled(withDuplicates, rand)) await importPackages(oneByOne, [file]);
      expect(await databaseHash(oneByOne, MERGED)).toBe(expected);

      const reversed = await leaderWithBase();
      await importPackages(reversed, [...withDuplicates].reverse().slice(0, 3));
      await importPackages(reversed, [...withDuplicates].reverse().slice(3));
      expect(await databaseHash(reversed, MERGED)).toBe(expected);

      const again = await importPackages(inOneGo, shuffled(packages, rand));
      expect(again.every((r) => r.summary!.added === 0 && r.summary!.updated === 0 && r.summary!.kept === 0)).toBe(true);
      expect(await databaseHash(inOneGo, MERGED)).toBe(expected);

      expect(deleted.size).toBeGreaterThan(0);
      for (const id of deleted) {
        expect((await inOneGo.visits.get(id, { includeDeleted: true }))?.deletedAt).toBeTruthy();
        expect(await inOneGo.visits.get(id)).toBeUndefined();
      }
      const newOnes = (await inOneGo.households.list()).filter((h) => h.name.includes('新登记'));
      expect(newOnes.every((h) => h.origin?.deviceId.startsWith('member-'))).toBe(true);
      for (const s of [inOneGo, oneByOne, reversed]) s.close();
    }, 120_000);
  }

  it('keeps the losing side of a real conflict for a person to decide', async () => {
    const leader = await leaderWithBase();
    const member = newStore(memberClock(7));
    await member.bulkImport(BASE);
    const target = BASE.households[0];
    await member.households.update(target.id, { notes: '成员7：老人已搬去女儿家住' });
    await leader.households.update(target.id, { notes: '组长：本周已上门看望' });
    const pkg = { name: '成员7.json', data: (await exportPackage(member)).text };

    const [result] = await importPackages(leader, [pkg]);
    expect(result).toMatchObject({ name: '成员7.json', summary: { kept: 2 } });
    const conflicts = await listConflicts(leader);
    expect(conflicts).toHaveLength(1);
    // Same moment on both devices: the higher device id wins; the other version is kept.
    const winner = conflicts[0].current;
    const loser = conflicts[0].others[0].version;
    expect([winner.notes, loser.notes].sort()).toEqual(['成员7：老人已搬去女儿家住', '组长：本周已上门看望']);

    await adoptVersion(leader, conflicts[0].others[0].key);
    expect((await leader.households.get(target.id))?.notes).toBe(loser.notes);
    expect(await listConflicts(leader)).toEqual([]);
    await importPackages(leader, [pkg]);
    expect(await listConflicts(leader)).toEqual([]);
    expect((await leader.households.get(target.id))?.notes).toBe(loser.notes);
  });

  it('does not call a plain update a conflict, and can keep the current version', async () => {
    const leader = await leaderWithBase();
    const member = newStore(memberClock(8));
    await member.bulkImport(BASE);
    const [a, b] = BASE.visits;
    await member.visits.update(a.id, { content: '成员8更新的内容' });
    await importPackages(leader, [{ name: 'p1', data: (await exportPackage(member)).text }]);
    expect((await leader.visits.get(a.id))?.content).toBe('成员8更新的内容');
    expect(await listConflicts(leader)).toEqual([]);

    await member.visits.update(b.id, { content: '成员8的版本' });
    await leader.visits.update(b.id, { content: '组长的版本' });
    await importPackages(leader, [{ name: 'p2', data: (await exportPackage(member)).text }]);
    const [conflict] = await listConflicts(leader);
    await keepCurrent(leader, conflict.others[0].key);
    expect(await listConflicts(leader)).toEqual([]);
  });

  it('stamps the member as origin on records that had none, and reports bad packages', async () => {
    const member = newStore(memberClock(3));
    await member.saveSettings({ deviceId: 'member-3-device' });
    await member.saveProfile({ name: '李四', unit: '解放社区居委会' });
    await member.bulkImport({ households: BASE.households.slice(0, 2).map(({ origin: _o, ...h }) => h) });
    const pkg = await exportPackage(member);
    expect(pkg.manifest.exporter).toEqual({ deviceId: 'member-3-device', name: '李四' });
    const leader = newStore();
    const results = await importPackages(leader, [
      { name: 'good.json', data: pkg.text },
      { name: 'bad.json', data: pkg.text.slice(0, 100) },
    ]);
    expect(results[0]).toMatchObject({ from: '李四', summary: { added: 2 } });
    expect(results[1].error).toContain('不完整');
    expect((await leader.households.list()).map((h) => h.origin)).toEqual([
      { deviceId: 'member-3-device', name: '李四' }, { deviceId: 'member-3-device', name: '李四' },
    ]);
    // The leader's own settings and profile are never taken from a package.
    expect(await leader.getProfile()).toBeNull();
    expect((await createBackup(member)).manifest.counts.households).toBe(2);
  });

  it('gives this device a random id on first use and keeps it', async () => {
    const store = newStore();
    const first = await deviceOrigin(store);
    expect(first.deviceId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await deviceOrigin(store)).deviceId).toBe(first.deviceId);
  });
});
