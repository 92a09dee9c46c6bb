// Every schema version the database has had, oldest first. Never edit a shipped entry: add a new
// one (with an upgrade function when rows must change), and a fixture in test/fixtures/db/.

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  /** Rewrites rows written by the previous version; runs inside Dexie's upgrade transaction. */
  upgrade?: (tx: import('dexie').Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      topics: 'id, year, status, updatedAt',
      households: 'id, name, community, grid, *careTags, updatedAt',
      visits: 'id, date, type, *topicIds, *householdIds, community, grid, followUpDate, updatedAt',
      issues: 'id, status, deadline, category, source, owner, visitId, *topicIds, community, grid, updatedAt',
      profile: 'id',
      settings: 'id',
      formTemplates: 'id, site, updatedAt',
      reportDrafts: 'id, topicId, updatedAt',
    },
  },
  {
    // 数据安全 (issue 6): versions kept by team consolidation for a person to decide, safety
    // snapshots (taken before restores and upgrades), and the app lock's wrapped keys.
    version: 2,
    stores: {
      conflicts: 'key, recordId, table',
      snapshots: 'id, takenAt',
      keyring: 'id',
    },
  },
  {
    // 首页 and 回收站 (issue 3): deletedAt indexed (a null is not a key, so the index holds only the
    // deleted rows: live counts without reading every row), and the issue dates the dashboard counts by.
    version: 3,
    stores: {
      topics: 'id, year, status, updatedAt, deletedAt',
      households: 'id, name, community, grid, *careTags, updatedAt, deletedAt',
      visits: 'id, date, type, *topicIds, *householdIds, community, grid, followUpDate, updatedAt, deletedAt',
      issues: 'id, status, deadline, category, source, owner, visitId, *topicIds, community, grid, updatedAt, deletedAt, createdAt, closedDate',
    },
  },
  {
    // 首页 (issue 3): overdue and due-soon issues counted by [status+deadline] without reading keys.
    version: 4,
    stores: {
      issues: 'id, status, deadline, category, source, owner, visitId, *topicIds, community, grid, updatedAt, deletedAt, createdAt, closedDate, [status+deadline]',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;
