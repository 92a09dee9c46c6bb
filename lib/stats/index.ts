// lib/stats: the figures of the dashboard (首页统计), counted from the records.
export {
  buildDashboard, issueFigures, monthRange, formatRate,
  type Dashboard, type DashboardInput, type IssueFigures, type TopicFigures,
} from './dashboard';
export { loadDashboard } from './load';
