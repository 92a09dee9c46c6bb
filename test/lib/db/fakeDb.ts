import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openStore, type Clock, type StoreOptions } from '@/lib/db';

/** A fresh in-memory IndexedDB for each test. */
export const freshIndexedDb = () => ({ indexedDB: new IDBFactory(), IDBKeyRange });

/** A clock whose time and ids are predictable. */
export function fixedClock(start = '2023-06-08T08:00:00.000Z'): Clock {
  let tick = 0;
  let id = 0;
  return {
    now: () => new Date(Date.parse(start) + tick++ * 1000).toISOString(),
    newId: () => `00000000-0000-4000-8000-${(++id).toString(16).padStart(12, '0')}`,
    origin: () => ({ deviceId: 'test-device', name: '测试' }),
  };
}

export function openTestStore(options: StoreOptions = {}) {
  return openStore({ name: 'test', dexie: freshIndexedDb(), clock: fixedClock(), ...options });
}
