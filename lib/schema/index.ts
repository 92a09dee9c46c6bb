// The data model: zod schemas are the single source of truth; types are inferred from them.
export { Id, IsoDate, Timestamp, Phone, RecordMeta, Origin, META_KEYS } from './common';
export { idNumberCheckChar, idNumberProblem, isValidIdNumber } from './idNumber';
export { Topic, TopicInput, TopicStatus, TOPIC_METHODS, TOPIC_STATUSES } from './topic';
export { Household, HouseholdInput, CareTag, CARE_TAGS, IdNumber } from './household';
export { Visit, VisitInput, VisitType, VISIT_TYPES } from './visit';
export {
  IssueItem, IssueItemInput, IssueStatus, StatusChange, Feedback,
  ISSUE_SOURCES, ISSUE_STATUSES, HANDLING_LEVELS,
} from './issue';
export { Profile, ProfileInput, Settings } from './profile';
export { ReportDraft, ReportScope, ReportSection, ReportFigure, ReportAppendix, type ReportDraftInput } from './reportDraft';
export { formatZodError, parseOrThrow, ValidationError } from './errors';
