// lib/search: one search box over every record (Chinese text, pinyin initials, phone tail,
// address), from an in-memory bigram index kept in step with the store.
export { normalizeText, pinyinInitials, queryTerms, snippet } from './text';
export {
  householdDocument, issueDocument, topicDocument, visitDocument,
  type SearchDocument, type SearchKind, type SearchRecords,
} from './documents';
export { SearchIndex, type SearchHit, type SearchResult } from './searchIndex';
export { WorkspaceIndex, SEARCH_KINDS } from './workspaceIndex';
export { createIndexSync } from './sync';
