// lib/db: the only path to storage. UI code and other lib/ code call these, never Dexie tables.
export { openStore, type Store, type StoreOptions } from './store';
export { systemClock, type Clock } from './clock';
export { FootstepsDatabase, DEFAULT_DB_NAME } from './database';
export { SCHEMA_VERSIONS, CURRENT_SCHEMA_VERSION, type SchemaVersion } from './versions';
export type { ListOptions, Repository } from './repository';
