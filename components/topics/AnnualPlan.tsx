import { Button, Card, Empty, Progress, Select, Space, Switch, Table, Tag, Tooltip, type TableColumnType } from 'antd';
import { useMemo, useState } from 'react';
import type { Topic } from '@/lib/schema';
import { MIN_RESEARCH_DAYS, progressByTopic, researchDaysByLead, type TopicProgress } from '@/lib/topics';
import { useStore } from '../app/AppProvider';
import { useHashRoute } from '../app/useHashRoute';
import { formatDate } from '../issues/format';
import { useWorkspaceIndex } from '../search/useWorkspaceIndex';
import { useUndoMessage } from '../trash/undo';
import { TopicFormModal } from './TopicForm';

const STATUS_COLORS: Record<string, string> = { 计划中: 'default', 调研中: 'processing', 报告撰写: 'purple', 已完成: 'success', 成果转化: 'gold' };

/** 年度调研计划: the year's topics with lead, methods, dates, places, status and progress. */
export function AnnualPlan() {
  const store = useStore();
  const undo = useUndoMessage();
  const { index, version } = useWorkspaceIndex();
  const all = index.list('topic');
  const years = useMemo(() => [...new Set([new Date().getFullYear(), ...all.map((t) => t.year)])].sort((a, b) => b - a), [all]);
  const { params, navigate } = useHashRoute();
  const year = Number(params.get('year')) || undefined;
  const setYear = (y: number) => navigate(`/topics?year=${y}`);
  const shownYear = year ?? (all.length ? Math.max(...all.map((t) => t.year)) : new Date().getFullYear());
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Topic | 'new' | null>(null);

  const topics = all.filter((t) => t.year === shownYear && (showArchived || !t.archived))
    .sort((a, b) => (a.startDate ?? '').localeCompare(b.startDate ?? '') || a.createdAt.localeCompare(b.createdAt));
  const { progress, leads } = useMemo(() => ({
    progress: progressByTopic(all, index.list('visit'), index.list('issue')),
    leads: researchDaysByLead(all, index.list('visit'), shownYear),
  }), [all, index, version, shownYear]); // eslint-disable-line react-hooks/exhaustive-deps

  async function archive(t: Topic) {
    await store.topics.update(t.id, { archived: !t.archived });
    if (!t.archived) undo(`已归档课题：${t.title}`, () => store.topics.update(t.id, { archived: false }));
  }
  async function remove(t: Topic) {
    await store.topics.remove(t.id);
    undo(`已删除课题：${t.title}`, () => store.topics.restore(t.id));
  }

  const p = (t: Topic) => progress.get(t.id) as TopicProgress;
  const columns: TableColumnType<Topic>[] = [
    { title: '课题', width: 210, render: (_, t) => <Space orientation="vertical" size={0}><a href={`#/topics?id=${t.id}`}>{t.title}</a>{t.archived && <Tag>已归档</Tag>}</Space> },
    { title: '责任人', width: 160, render: (_, t) => <Space orientation="vertical" size={0}>{t.lead.name || '—'}<span style={{ color: '#888', fontSize: 12 }}>{t.lead.position}</span></Space> },
    { title: '方式方法', width: 120, render: (_, t) => t.methods.join('、') || '—' },
    { title: '时间', width: 120, render: (_, t) => [formatDate(t.startDate), formatDate(t.endDate)].filter(Boolean).join(' 至 ') || '—' },
    { title: '地点', width: 90, render: (_, t) => t.places.join('、') || '—' },
    { title: '状态', width: 80, render: (_, t) => <Tag color={STATUS_COLORS[t.status]}>{t.status}</Tag> },
    { title: '进度', width: 140, render: (_, t) => (
      <Space orientation="vertical" size={0} style={{ fontSize: 12 }} data-testid="topic-progress">
        <span>走访{p(t).visits}次 · {p(t).households}户</span>
        <span>问题{p(t).issuesRaised}个 · 销号{p(t).issuesClosed}个</span>
        <span>调研{p(t).researchDays}天</span>
      </Space>
    ) },
    { title: '', width: 70, render: (_, t) => (
      <Space orientation="vertical" size={0}>
        <Button type="link" size="small" onClick={() => setEditing(t)}>编辑</Button>
        <Button type="link" size="small" onClick={() => archive(t)}>{t.archived ? '取消归档' : '归档'}</Button>
        <Button type="link" size="small" danger onClick={() => remove(t)}>删除</Button>
      </Space>
    ) },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={<Space>年度调研计划<Select value={shownYear} onChange={setYear} style={{ width: 110 }} options={years.map((y) => ({ value: y, label: `${y}年` }))} /></Space>}
        extra={<Space>
          <span>显示已归档</span><Switch size="small" checked={showArchived} onChange={setShowArchived} />
          <Button type="primary" onClick={() => setEditing('new')} data-testid="new-topic">新建课题</Button>
        </Space>}
      >
        <Table<Topic> rowKey="id" size="small" pagination={false} columns={columns} dataSource={topics} scroll={{ x: 990 }}
          locale={{ emptyText: <Empty description={`${shownYear}年还没有调研课题`} /> }} data-testid="topic-table" />
      </Card>
      {leads.length > 0 && (
        <Card title={`领导干部调研天数（每年不少于${MIN_RESEARCH_DAYS}天）`} size="small">
          <Space wrap size="large">
            {leads.map((l) => (
              <Tooltip key={l.lead} title={`${l.position}；牵头课题${l.topics}个`}>
                <Space orientation="vertical" size={0} style={{ width: 180 }}>
                  <span>{l.lead}：{l.days}天{l.shortfall ? `，还差${l.shortfall}天` : '，已达标'}</span>
                  <Progress percent={Math.min(100, Math.round((l.days / MIN_RESEARCH_DAYS) * 100))} size="small" status={l.shortfall ? 'active' : 'success'} />
                </Space>
              </Tooltip>
            ))}
          </Space>
        </Card>
      )}
      {editing && <TopicFormModal topic={editing === 'new' ? undefined : editing} year={shownYear} onClose={() => setEditing(null)} />}
    </Space>
  );
}
