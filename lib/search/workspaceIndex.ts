import type { Household, IssueItem, RecordMeta, Topic, Visit } from '../schema';
import {
  householdDocument, issueDocument, topicDocument, visitDocument,
  type SearchDocument, type SearchKind, type SearchRecords,
} from './documents';
import { SearchIndex, type SearchResult } from './searchIndex';

interface RecordOf {
  topic: Topic;
  household: Household;
  visit: Visit;
  issue: IssueItem;
}

export const SEARCH_KINDS: readonly SearchKind[] = ['household', 'topic', 'visit', 'issue'];

/**
 * The workspace's records in memory (live ones, by kind) with a search index per kind. Lists read
 * the records from here; the text index of a kind is built on its first search and then kept in
 * step record by record.
 */
export class WorkspaceIndex {
  private records: { [K in SearchKind]: Map<string, RecordOf[K]> } = {
    topic: new Map(), household: new Map(), visit: new Map(), issue: new Map(),
  };
  private indexes: Partial<Record<SearchKind, SearchIndex>> = {};
  private lists: Partial<{ [K in SearchKind]: RecordOf[K][] }> = {};
  private preparing: Promise<void> | null = null;
  /** Bumped whenever a kind's documents change, so a build in progress knows it is stale. */
  private versions: Record<SearchKind, number> = { topic: 0, household: 0, visit: 0, issue: 0 };

  constructor(records: SearchRecords = {}) {
    this.apply('topic', records.topics ?? []);
    this.apply('household', records.households ?? []);
    this.apply('visit', records.visits ?? []);
    this.apply('issue', records.issues ?? []);
  }

  /** Takes new versions of records (deleted ones leave the index). */
  apply<K extends SearchKind>(kind: K, changed: readonly RecordOf[K][]): void {
    if (!changed.length) return;
    const map = this.records[kind] as Map<string, RecordOf[K]>;
    // Many changes at once (the first load, an import): rebuilding beats adding one by one.
    if (changed.length > 500) this.forgetIndex(kind);
    const index = this.indexes[kind];
    for (const record of changed) {
      if ((record as RecordMeta).deletedAt) {
        map.delete(record.id);
        index?.remove(record.id);
      } else {
        map.set(record.id, record);
        index?.upsert(this.documentOf(kind, record));
      }
    }
    delete this.lists[kind];
    this.versions[kind]++;
    // A renamed household changes how its visits are found: their documents are rebuilt lazily.
    if (kind === 'household') this.forgetIndex('visit');
  }

  private forgetIndex(kind: SearchKind): void {
    delete this.indexes[kind];
    this.versions[kind]++;
  }

  /** Forgets every record of a kind (before a full reload). */
  clear(kind: SearchKind): void {
    this.records[kind].clear();
    this.forgetIndex(kind);
    delete this.lists[kind];
  }

  /**
   * Builds the missing text indexes in small steps with `pause` between them, so that with
   * 100,000 records a search does not wait for a build (call after loads; one build at a time).
   */
  prepare(pause: () => Promise<void>): Promise<void> {
    this.preparing ??= (async () => {
      for (const kind of SEARCH_KINDS) {
        while (!this.indexes[kind]) {
          const version = this.versions[kind];
          const list = this.list(kind);
          const built = await SearchIndex.buildInSteps(list, (r) => this.documentOf(kind, r), pause);
          if (this.versions[kind] === version && !this.indexes[kind]) this.indexes[kind] = built;
        }
      }
    })().finally(() => { this.preparing = null; });
    return this.preparing;
  }

  /** Whether searching a kind is instant (its index is built). */
  isPrepared(kind: SearchKind): boolean {
    return !!this.indexes[kind];
  }

  /** Live records of a kind (the same array until something of that kind changes). */
  list<K extends SearchKind>(kind: K): readonly RecordOf[K][] {
    return (this.lists[kind] ??= [...this.records[kind].values()] as never) as RecordOf[K][];
  }

  get<K extends SearchKind>(kind: K, id: string): RecordOf[K] | undefined {
    return this.records[kind].get(id) as RecordOf[K] | undefined;
  }

  search(query: string, options: { kinds?: readonly SearchKind[]; limit?: number } = {}): Record<SearchKind, SearchResult> {
    const empty: SearchResult = { hits: [], total: 0 };
    const out = { topic: empty, household: empty, visit: empty, issue: empty };
    for (const kind of options.kinds ?? SEARCH_KINDS) out[kind] = this.indexOf(kind).search(query, options.limit);
    return out;
  }

  private indexOf(kind: SearchKind): SearchIndex {
    return (this.indexes[kind] ??= new SearchIndex(this.list(kind).map((r) => this.documentOf(kind, r))));
  }

  private documentOf<K extends SearchKind>(kind: K, record: RecordOf[K]): SearchDocument {
    switch (kind) {
      case 'topic': return topicDocument(record as Topic);
      case 'household': return householdDocument(record as Household);
      case 'visit': return visitDocument(record as Visit, (id) => this.records.household.get(id)?.name);
      default: return issueDocument(record as IssueItem);
    }
  }
}
