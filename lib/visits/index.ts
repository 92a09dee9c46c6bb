// lib/visits: 走访记录 — the list's filters and splitting what was heard into sentences.
export { filterVisits, distinctOf, sentencesOf, type VisitFilter } from './filter';
