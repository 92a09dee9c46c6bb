// lib/cadence: who is due a contact or a visit (五个一, 每周联系, 每月走访, 联系10户), from the
// records and a `today` passed in.
export { addDays, addMonths, daysBetween, festivalsOf, weekStart } from './dates';
export {
  CONTACT_EVERY_DAYS, FESTIVAL_LEAD_DAYS, IN_PERSON_TYPES, MIN_HOUSEHOLDS_PER_MEMBER,
  careReasons, lastContacts, memberCoverage, memberRoutine, needsCare, nextVisits,
  type CadenceRule, type CoverageGap, type DueHousehold, type DueReason, type HouseholdContact,
  type MemberRoutine, type NextVisitsOptions,
} from './rules';
