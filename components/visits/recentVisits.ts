import type { Store } from '@/lib/db';
import type { Visit } from '@/lib/schema';

/** How many of the newest visits 走访记录 shows while all of them load. */
const RECENT = 50;
const reads = new WeakMap<Store, Promise<Visit[]>>();
const done = new WeakMap<Store, Visit[]>();

/**
 * The newest visits, read once and shared: the workspace starts the read while the section's code
 * is still loading, so the list's first paint already has its rows. A later read (after a write)
 * is the list's own live query; `forgetRecentVisits` drops this one then.
 */
export function recentVisits(store: Store): Promise<Visit[]> {
  let read = reads.get(store);
  if (!read) {
    reads.set(store, (read = store.visits.latest('date', RECENT)));
    void read.then((visits) => { if (reads.get(store) === read) done.set(store, visits); }, () => reads.delete(store));
  }
  return read;
}

/** The shared read's visits if it has finished, so a list can render them in its first paint. */
export function finishedRecentVisits(store: Store): Visit[] | undefined {
  return done.get(store);
}

export function forgetRecentVisits(store: Store): void {
  reads.delete(store);
  done.delete(store);
}

export function liveRecentVisits(store: Store): Promise<Visit[]> {
  return store.visits.latest('date', RECENT);
}
