// The Chinese name of every field key (FIELDS.md, defined by lib/autofill), for the side panel's
// key select, the fill report and captured fields.
import { FIELD_KEYS, type FieldKey } from '../autofill';

export { FIELD_KEYS, type FieldKey };

/** 字段键 → 中文名 */
export const FIELD_KEY_NAMES: Record<FieldKey, string> = {
  'officer.name': '填报人姓名',
  'officer.unit': '填报人单位',
  'officer.position': '填报人职务',
  'officer.phone': '填报人电话',
  'resident.name': '居民姓名',
  'resident.gender': '居民性别',
  'resident.idNumber': '居民身份证号',
  'resident.phone': '居民联系电话',
  'resident.address': '居民住址',
  'resident.tags': '人员类别',
  'place.street': '所属街道',
  'place.community': '所属社区（村）',
  'place.grid': '所属网格',
  'visit.date': '走访日期',
  'visit.type': '走访方式',
  'visit.location': '走访地点',
  'visit.companions': '陪同人员',
  'visit.content': '走访内容',
  'issue.title': '问题标题',
  'issue.description': '问题描述',
  'issue.category': '问题类别',
  'issue.source': '问题来源',
  'issue.ownerUnit': '责任单位',
  'issue.owner': '责任人',
  'issue.deadline': '完成时限',
  'issue.measures': '整改措施',
  'issue.result': '办理结果',
  'issue.feedback': '反馈情况',
  'issue.status': '办理状态',
  'topic.title': '调研课题',
  'topic.lead': '课题负责人',
  'topic.method': '调研方式',
  'topic.location': '调研地点',
  'topic.summary': '调研内容',
  'report.title': '报告标题',
  'report.body': '报告正文',
  'topic.startDate': '调研开始日期',
  'topic.endDate': '调研结束日期',
};
