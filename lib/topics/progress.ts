import { isClosed } from '../issues';
import type { IssueItem, Topic, Visit } from '../schema';

/** 每年调研不少于60天 (`004`). */
export const MIN_RESEARCH_DAYS = 60;

/** 课题进度: what has been done under a topic, counted from its linked records. */
export interface TopicProgress {
  visits: number;
  /** Distinct households reached by its visits. */
  households: number;
  issuesRaised: number;
  /** 已销号 (and 无法解决-已解释), as the issue list counts it. */
  issuesClosed: number;
  /** Distinct dates of its visits. */
  visitDays: number;
  /** 调研天数: the days logged on the topic, or the visit days when more. */
  researchDays: number;
}

export interface TopicRecords {
  visits: Visit[];
  issues: IssueItem[];
}

/** Everything linked to a topic: its visits, and issues linked to it or raised on one of them. */
export function linkedRecords(topicId: string, visits: readonly Visit[], issues: readonly IssueItem[]): TopicRecords {
  const linkedVisits = visits.filter((v) => !v.deletedAt && v.topicIds.includes(topicId));
  const visitIds = new Set(linkedVisits.map((v) => v.id));
  const linkedIssues = issues.filter((i) => !i.deletedAt && (i.topicIds.includes(topicId) || (!!i.visitId && visitIds.has(i.visitId))));
  return { visits: linkedVisits, issues: linkedIssues };
}

export function topicProgress(topic: Topic, records: TopicRecords): TopicProgress {
  const visitDays = new Set(records.visits.map((v) => v.date)).size;
  return {
    visits: records.visits.length,
    households: new Set(records.visits.flatMap((v) => v.householdIds)).size,
    issuesRaised: records.issues.length,
    issuesClosed: records.issues.filter(isClosed).length,
    visitDays,
    researchDays: Math.max(topic.researchDays, visitDays),
  };
}

/** Progress of many topics in one pass over the records (the annual plan's table). */
export function progressByTopic(topics: readonly Topic[], visits: readonly Visit[], issues: readonly IssueItem[]): Map<string, TopicProgress> {
  const byTopic = new Map<string, TopicRecords>(topics.map((t) => [t.id, { visits: [], issues: [] }]));
  const visitTopics = new Map<string, string[]>();
  for (const v of visits) {
    if (v.deletedAt) continue;
    visitTopics.set(v.id, v.topicIds);
    for (const id of v.topicIds) byTopic.get(id)?.visits.push(v);
  }
  for (const i of issues) {
    if (i.deletedAt) continue;
    const ids = new Set([...i.topicIds, ...((i.visitId && visitTopics.get(i.visitId)) || [])]);
    for (const id of ids) byTopic.get(id)?.issues.push(i);
  }
  return new Map(topics.map((t) => [t.id, topicProgress(t, byTopic.get(t.id)!)]));
}

export interface LeadResearchDays {
  lead: string;
  position: string;
  topics: number;
  days: number;
  /** Days still missing to reach 60 (0 when reached). */
  shortfall: number;
}

/**
 * 每名领导每年调研不少于60天: per lead, the distinct dates of visits under their topics of `year`,
 * or the days logged on those topics when that is more.
 */
export function researchDaysByLead(topics: readonly Topic[], visits: readonly Visit[], year: number): LeadResearchDays[] {
  const leads = new Map<string, { position: string; topicIds: Set<string>; logged: number; dates: Set<string> }>();
  for (const t of topics) {
    if (t.deletedAt || t.year !== year || !t.lead.name) continue;
    const lead = leads.get(t.lead.name) ?? { position: t.lead.position, topicIds: new Set(), logged: 0, dates: new Set() };
    lead.topicIds.add(t.id);
    lead.logged += t.researchDays;
    leads.set(t.lead.name, lead);
  }
  for (const v of visits) {
    if (v.deletedAt) continue;
    for (const lead of leads.values()) if (v.topicIds.some((id) => lead.topicIds.has(id))) lead.dates.add(v.date);
  }
  return [...leads].map(([name, l]) => {
    const days = Math.max(l.logged, l.dates.size);
    return { lead: name, position: l.position, topics: l.topicIds.size, days, shortfall: Math.max(0, MIN_RESEARCH_DAYS - days) };
  });
}
