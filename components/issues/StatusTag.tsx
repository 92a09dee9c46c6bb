import { Tag } from 'antd';
import type { IssueItem } from '@/lib/schema';
import { isDueSoon, isOverdue } from '@/lib/issues';

const COLORS: Record<IssueItem['status'], string> = {
  待办: 'default', 办理中: 'processing', 已办结: 'cyan', 已销号: 'success', '无法解决-已解释': 'warning',
};

export const StatusTag = ({ status }: Pick<IssueItem, 'status'>) => <Tag color={COLORS[status]}>{status}</Tag>;

/** 已超期 / 即将到期 beside a deadline. */
export function DueTag({ issue, today }: { issue: IssueItem; today: string }) {
  if (isOverdue(issue, today)) return <Tag color="error">已超期</Tag>;
  if (isDueSoon(issue, today)) return <Tag color="orange">即将到期</Tag>;
  return null;
}
