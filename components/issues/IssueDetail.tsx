import { Button, Card, Descriptions, Empty, Popconfirm, Space, Timeline, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { ISSUE_ACTIONS, allowedActions, missingAssignment, restoreIssueState, type IssueAction } from '@/lib/issues';
import { maskPhone } from '@/lib/privacy';
import { useStore } from '../app/AppProvider';
import { useHashRoute } from '../app/useHashRoute';
import { useUndoMessage } from '../trash/undo';
import { ActionDialog } from './ActionDialog';
import { formatDate, formatMoment, todayIso } from './format';
import { IssueFormModal } from './IssueForm';
import { DueTag, StatusTag } from './StatusTag';

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
        <Descriptions column={3} bordered size="small">
          <Descriptions.Item label="问题描述" span={3}>{issue.description || '—'}</Descriptions.Item>
          <Descriptions.Item label="问题类别">{issue.category || '—'}</Descriptions.Item>
          <Descriptions.Item label="问题来源">{issue.source}</Descriptions.Item>
          <Descriptions.Item label="办理层级">{issue.handlingLevel ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="反映人">{issue.raisedBy.name || '—'}</Descriptions.Item>
          <Descriptions.Item label="反映人电话">
            {phone ? <Space>{showPhone ? phone : maskPhone(phone)}<a onClick={() => setShowPhone(!showPhone)}>{showPhone ? '隐藏' : '显示完整号码'}</a></Space> : '—'}
          </Descriptions.Item>
          <Descriptions.Item label="地点">{[issue.community, issue.grid, issue.place].filter(Boolean).join(' ') || '—'}</Descriptions.Item>
          <Descriptions.Item label="责任单位">{issue.ownerUnit || '—'}</Descriptions.Item>
          <Descriptions.Item label="责任人">{issue.owner || '—'}</Descriptions.Item>
          <Descriptions.Item label="完成时限">{formatDate(issue.deadline) || '—'}</Descriptions.Item>
          <Descriptions.Item label="整改措施" span={3}>{issue.measures || '—'}</Descriptions.Item>
          <Descriptions.Item label="反馈当事人" span={3}>
            {issue.feedback ? `${formatDate(issue.feedback.date)} 通过${issue.feedback.way}：${issue.feedback.content}` : '—'}
          </Descriptions.Item>
          {issue.explanation && <Descriptions.Item label="解释说明" span={3}>{issue.explanation}</Descriptions.Item>}
          <Descriptions.Item label="销号日期">{formatDate(issue.closedDate) || '—'}</Descriptions.Item>
          <Descriptions.Item label="关联课题" span={2}>{topicTitles.join('；') || '—'}</Descriptions.Item>
          {issue.visitId && <Descriptions.Item label="来源走访" span={3}><a href={`#/visits?id=${issue.visitId}`}>查看走访记录</a></Descriptions.Item>}
        </Descriptions>
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
