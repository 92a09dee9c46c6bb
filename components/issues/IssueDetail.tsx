import { Button, Card, Descriptions, Empty, Popconfirm, Space, Timeline, Typography, type DescriptionsProps } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import type { IssueItem } from '@/lib/schema';
import { ISSUE_ACTIONS, allowedActions, missingAssignment, restoreIssueState, type IssueAction } from '@/lib/issues';
import { maskPhone } from '@/lib/privacy';
import { useStore } from '../app/AppProvider';
import { useHashRoute } from '../app/useHashRoute';
import { useUndoMessage } from '../trash/undo';
import { ActionDialog } from './ActionDialog';
import { formatDate, formatMoment, todayIso } from './format';
import { IssueFormModal } from './IssueForm';
import { DueTag, StatusTag } from './StatusTag';

/** The issue's facts as description rows; a row appears only when it applies. */
function facts(issue: IssueItem, topicTitles: string[], phone: ReactNode): DescriptionsProps['items'] {
  const rows: [string, ReactNode, number?][] = [
    ['问题描述', issue.description, 3],
    ['问题类别', issue.category], ['问题来源', issue.source], ['办理层级', issue.handlingLevel],
    ['反映人', issue.raisedBy.name], ['反映人电话', phone], ['地点', [issue.community, issue.grid, issue.place].filter(Boolean).join(' ')],
    ['责任单位', issue.ownerUnit], ['责任人', issue.owner], ['完成时限', formatDate(issue.deadline)],
    ['整改措施', issue.measures, 3],
    ['反馈当事人', issue.feedback && `${formatDate(issue.feedback.date)} 通过${issue.feedback.way}：${issue.feedback.content}`, 3],
    ...(issue.explanation ? [['解释说明', issue.explanation, 3] as [string, ReactNode, number]] : []),
    ['销号日期', formatDate(issue.closedDate)], ['关联课题', topicTitles.join('；'), 2],
    ...(issue.visitId ? [['来源走访', <a href={`#/visits?id=${issue.visitId}`}>查看走访记录</a>, 3] as [string, ReactNode, number]] : []),
  ];
  return rows.map(([label, value, span]) => ({ key: label, label, children: value || '—', span }));
}

/** 问题详情: the facts, the workflow buttons allowed now, and the status history. */
export function IssueDetail({ id }: { id: string }) {
  const store = useStore();
  const { navigate } = useHashRoute();
  const showUndo = useUndoMessage();
  const issue = useLiveQuery(() => store.issues.get(id).then((i) => i ?? null), [store, id]);
  const topics = useLiveQuery(() => store.topics.list(), [store]) ?? [];
  const [action, setAction] = useState<IssueAction | null>(null);
  const [editing, setEditing] = useState(false);
  const [showPhone, setShowPhone] = useState(false);

  if (issue === undefined) return null;
  if (issue === null) {
    return <Empty description="没有找到这个问题，可能已被删除。"><Button href="#/issues">返回问题清单</Button></Empty>;
  }

  async function remove() {
    await store.issues.remove(id);
    navigate('/issues');
    showUndo(`已删除问题“${issue!.title}”，可在回收站恢复`, () => store.issues.restore(id));
  }

  const today = todayIso();
  const missing = missingAssignment(issue);
  const phone = issue.raisedBy.phone;
  const topicTitles = topics.filter((t) => issue.topicIds.includes(t.id)).map((t) => t.title);
  const phoneCell = phone
    ? <Space>{showPhone ? phone : maskPhone(phone)}<a onClick={() => setShowPhone(!showPhone)}>{showPhone ? '隐藏' : '显示完整号码'}</a></Space>
    : '—';

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="issue-detail">
      <Card
        title={<Space><a href="#/issues">问题清单</a><span>/</span><span>{issue.title}</span><StatusTag status={issue.status} /><DueTag issue={issue} today={today} /></Space>}
        extra={(
          <Space>
            {allowedActions(issue).map((a) => (
              <Button key={a} type={a === 'reopenIssue' || a === 'explainUnsolvable' ? 'default' : 'primary'} onClick={() => setAction(a)} data-testid={`action-${a}`}>
                {ISSUE_ACTIONS[a].label}
              </Button>
            ))}
            <Button onClick={() => setEditing(true)}>编辑</Button>
            <Popconfirm title="删除这个问题？" description="删除后可在回收站恢复。" okText="删除" cancelText="取消" onConfirm={remove}>
              <Button danger>删除</Button>
            </Popconfirm>
          </Space>
        )}
      >
        {issue.status === '待办' && missing.length > 0 && (
          <Typography.Paragraph type="warning">开始办理前还需明确：{missing.join('、')}（定人定事定时定责）</Typography.Paragraph>
        )}
        <Descriptions column={3} bordered size="small" items={facts(issue, topicTitles, phoneCell)} />
      </Card>
      <Card title="办理过程">
        <Timeline
          data-testid="status-history"
          items={[
            { color: 'gray', title: formatMoment(issue.createdAt), content: '登记问题' },
            ...issue.statusHistory.map((s) => ({
              key: s.at + s.to,
              color: s.to === '已销号' ? 'green' : s.to === '无法解决-已解释' ? 'orange' : 'blue',
              title: formatMoment(s.at),
              content: (
                <div>
                  <div>{s.from ? `${s.from} → ${s.to}` : s.to}{s.by && `（${s.by}）`}</div>
                  {s.note && <Typography.Text type="secondary">{s.note}</Typography.Text>}
                </div>
              ),
            })),
          ]}
        />
      </Card>
      {action && (
        <ActionDialog
          issue={issue}
          action={action}
          onClose={() => setAction(null)}
          onDone={(before, after) => showUndo(`已${ISSUE_ACTIONS[action].label}，当前状态：${after.status}`, () => restoreIssueState(store, before))}
        />
      )}
      {editing && <IssueFormModal issue={issue} categories={[]} onClose={() => setEditing(false)} />}
    </Space>
  );
}
