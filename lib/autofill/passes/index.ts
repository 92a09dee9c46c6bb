import type { FoundField, PageFacts } from '../field';
import { resolveAddressParts } from './address-parts';
import { resolveGenericLabels, resolveStudyConversions, resolveStudyQuestions, resolveStudyTallies, resolveStudyTripDays } from './generic-labels';
import { resolveCallbackOpinions, resolvePeoplesWord, resolveRaisedMatters, resolveResidentOpinions, resolveServiceCallbacks } from './heard';
import { resolveHandlers, resolveHandlingAccounts, resolveHandlingOpinions, resolveMatterAddresses, resolveMatterNames, resolveOwningBodyPersons } from './matter';
import { resolveCallAccounts, resolveMatterAccounts } from './matter-account';
import { resolveFellowRoles, resolveLaterFollowUps, resolveLaterSections, resolveNarratives, resolvePageActs, resolveTeamMembers } from './page-act';
import { resolveRemarkRoles, resolveRowPersons, resolveShortenedRoles, resolveUnknownPersons, resolveUserBlocks, resolveUserSections } from './neighbours';
import { resolveFilingBodies, resolveOrganisations, resolveRaisingBusinesses, resolveRequestApplicants, resolveUnitParts, resolveVisitedBusinesses } from './organisations';
import { resolveRepeats } from './repeats';
import { resolveHeadlineDoer, resolveOneEach, resolveOnePlace, resolveOneVisitDay, resolveOneUser, resolveOtherRoles, resolveSessionRoles } from './one-each';
import { resolveHouseholdMembers, resolveMetIfAny, resolveSecondResidents, resolveVisitedMembers } from './second-persons';
import { resolveSides } from './sides';
import { resolveUnnamedPersons } from './unnamed-parties';
import { resolvePlaceSpots, resolveVisitedAddresses } from './visited-place';
import { resolveAgencyClients, resolveChildAndParents, resolveContacts, resolveFormerHomes, resolveGuessedResidents, resolveHomeAddresses, resolveHousesChecked, resolveOpinionSignatures, resolveProblemOwners, resolveRentalParties, resolveSecondUsers, resolveUnsure, resolveVisitedPeopleSections } from './whose-form';

/**
 * Form-level passes (整张表单的判断): each field was first classified alone, by its label and section; these read the
 * form as a whole and change keys where the other fields decide what a label means. A pass changes a field's key
 * or clears it (with a reason in Chinese); template keys are the user's word and no pass touches them.
 */
export type FormPass = (fields: FoundField[], page: PageFacts) => void;

/** In order: what the form is about first, then whose each field is; later passes see the keys earlier ones set. */
export const FORM_PASSES: readonly FormPass[] = [
  resolvePageActs, // 调处日期, 调处人 on a 调处登记: the page's own act is the user's
  resolveTeamMembers, // 组员 beside the user's 检查组长: went along
  resolveGenericLabels, // 标题, 内容, 日期: the form's own matter decides
  resolveStudyConversions, // 转化措施 on a report: the study put into practice, not a matter's handling
  resolveStudyQuestions, // 研究的主要问题和内容 on a study's own page: the study's content
  resolveStudyTallies, // 走访群众 among a study's 调研天数 and 召开座谈会: a tally, not a resident
  resolveStudyTripDays, // 调研日期 beside 参加人员 on a study trip's record: the visit's day
  resolveRepeats, // the same label twice in a section: only the first is ours
  resolveOpinionSignatures, // 经办人, 日期 under 村（居）委会意见 in its cell: the opinion's signature
  resolveHouseholdMembers, // 接待人 [ ] 与户主关系 [ ]: one of the household, not the user
  resolveVisitedMembers, // 党员姓名 beside 性别, 身份证号 on a 慰问困难党员: the member visited, not the user
  resolveSides, // 甲方（管理方） | 乙方: the side naming the user is the user's, the other the resident's
  resolveFilingBodies, // 申报单位: 单位名称, 联系人, 联系电话: the user's own body and the user
  resolveRequestApplicants, // 申请人: 姓名, 电话 on the page of a 销号申请: the user
  resolveOrganisations, // a section naming an organisation: its contacts are not ours
  resolveVisitedBusinesses, // a visit to a business: its contact is the resident
  resolveRaisingBusinesses, // 诉求企业 … 企业联系人 on a business's ticket: the contact is the resident
  resolveVisitedAddresses, // a visit to a business: its address is where the user went
  resolvePlaceSpots, // 具体位置 after 街道/社区/网格: the spot where the user went
  resolveMatterAddresses, // a bare 地址 among the matter's fields: where it happened
  resolveHandlers, // 承办人: the matter's owner, or the user handling the case himself
  resolveOwningBodyPersons, // 部门经办人 right after 转办部门: the matter's owner
  resolveSecondUsers, // 接待代表 or 包保责任人 beside the form's 填表人: somebody else
  resolveProblemOwners, // 包片责任人 among a problem's 整改要求/限期, the user named elsewhere: its owner
  resolveHandlingAccounts, // 处置情况 beside 处置结果: the measures
  resolveHandlingOpinions, // 处理意见 on a 信访事项办理答复: the result
  resolveMatterNames, // a one-line 诉求事项 before its details: the title
  resolveResidentOpinions, // 群众意见建议: the matter raised, or on a callback the feedback
  resolvePeoplesWord, // 民情内容: the visit's account beside the matter raised, else the matter
  resolveCallbackOpinions, // 处理意见 on a callback: what to do next, not the measures taken
  resolveServiceCallbacks, // 回访记录 on a 助餐回访 naming no matter handled: the visit's account
  resolveMatterAccounts, // 情况说明 right after the matter's title: its description
  resolveCallAccounts, // 情况说明 in a long box under 调查记录: the visit's account
  resolveRaisedMatters, // 纳税人提出的涉税诉求 in a long box: the matter raised, when nothing else describes it
  resolveNarratives, // 房屋使用情况 on a visit record asking no 走访情况: the visit's account
  resolveLaterSections, // 复查情况 under 复查（复查时填写）: filled at the re-check
  resolveLaterFollowUps, // 回访日期 on the record of a mediation (调解日期, 调解地点, 调解经过): a later day
  resolveAddressParts, // 楼栋门牌 after 小区: a part, not the whole address
  resolveRowPersons, // 单位/职务/电话 right after a person on one line: theirs
  resolveShortenedRoles, // 申请人电话 after 销号申请人: the same person's
  resolveRemarkRoles, // 船长手机 after 现场负责人（船长）: the same person's
  resolveUnsure, // a bare 工作单位 on a form about a resident: nobody's we know
  resolveHomeAddresses, // a 房屋地址 on a form naming no resident: nobody's we know
  resolveHousesChecked, // 房屋坐落 beside its tenant or the owner's own home: where the user went
  resolveFormerHomes, // 原住址 of a resident moved, the form asking no other address: their home
  resolveContacts, // 联系人电话 beside 本人电话: a contact's, not the resident's
  resolveSecondResidents, // 承租人信息 after 户主信息, both bare 姓名/电话: a second person's, not the resident's
  resolveGuessedResidents, // a bare 联系电话 on the user's own written work: the user's
  resolveUnnamedPersons, // 客户姓名, 安检员, 对接人: by the noun's shape or the party the form lacks
  resolveRowPersons, // again: the row of a person the noun's shape named just now (安检员 [ ] 电话 [ ])
  resolveUserSections, // 勘察人员: 勘察人 (the user) … 所在单位: the user's section, once its person is known
  resolveUnknownPersons, // 村干部姓名 [ ] 联系电话 [ ]: the number of a person still nobody of ours is theirs
  resolveUserBlocks, // 我（联户党员）: 党员姓名, 手机号: a section whose only person is the user is the user's
  resolveFellowRoles, // 其他检查员 beside the user's 检查员: went along, once the user's role is known
  resolveSessionRoles, // 调解员 … 记录人: a clerk; 座谈会 主持人 … 记录人: a leader, the recorder the user
  resolveOneUser, // 帮扶责任人 … 走访人 in two sections: the doer of the user's act is the user, the other somebody else
  resolveOtherRoles, // 监测员电话 on a page whose user is its 排查人: another person's
  resolveUnitParts, // 工作单位 … 所在科室: the unit whole once, not its department again
  resolveAgencyClients, // 委托人 on a 代办登记: the one whose business the user handles
  resolveRentalParties, // 房东 … 承租人 on a rental's register: the landlord is the one dealt with, the tenant somebody else
  resolveChildAndParents, // 学生 … 学生家长 on a pupil's page: the pupil is the resident, the parent somebody else
  resolveVisitedPeopleSections, // 返乡人员信息 on a 返乡人员走访登记: the people the headline says the user visits
  resolveMetIfAny, // 现场涉及村民（如有）: somebody a round met, not the record's resident
  resolveOnePlace, // 迁出地: 乡（镇） … 安置地: 街道（镇）: each level of the record's place once, under the record's heading
  resolveOneVisitDay, // 助残服务回访: 服务日期 … 回访日期: the day of the act the headline names last
  resolveHeadlineDoer, // 宣传入户登记 … 护林员 … 宣传人: the doer of the headline's act is the user, the other role not
  resolveOneEach, // 户主姓名 … 当事人, 走访记录 … 核实情况: each fact in one field, the others ask of somebody else
];

export function resolveForm(fields: FoundField[], page: PageFacts): void {
  for (const pass of FORM_PASSES) pass(fields, page);
}
