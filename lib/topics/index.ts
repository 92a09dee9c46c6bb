// lib/topics: 调研课题 — progress figures of each topic and lead, and their 一是…二是… key points.
export {
  MIN_RESEARCH_DAYS, linkedRecords, topicProgress, progressByTopic, researchDaysByLead,
  type TopicProgress, type TopicRecords, type LeadResearchDays,
} from './progress';
export { chineseNumber, formatKeyPoints, parseKeyPoints } from './keyPoints';
