// lib/stats: the figures of the dashboard (首页统计), counted from the records.
export {
  buildDashboard, assembleDashboard, issueCounts, figuresOf, issueFigures, monthRange, formatRate,
  type Dashboard, type DashboardInput, type IssueFigures, type TopicFigures, type IssueCounts,
} from './dashboard';
export { loadDashboard, loadIssueFigures, countIssuesByTopic } from './load';
export { readCachedDashboard, saveCachedDashboard, type DashboardCacheStorage } from './cache';
