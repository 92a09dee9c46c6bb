import { Button, Card, Checkbox, Input, Select, Space, Table, Tabs, Typography, type TableColumnType } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type ReactNode } from 'react';
import {
  GROUPINGS, ISSUE_VIEWS, countReminders, distinctValues, filterIssues, groupIssues, issueViewById, sortByDeadline,
  type IssueColumn, type IssueFilter, type IssueGrouping,
} from '@/lib/issues';
import { maskPhone } from '@/lib/privacy';
import { ISSUE_SOURCES, ISSUE_STATUSES, type IssueItem } from '@/lib/schema';
import { useStore } from '../app/AppProvider';
import { useReminderBadge } from '../extension/useReminderBadge';
import { useHashRoute } from '../app/useHashRoute';
import { formatDate, todayIso } from './format';
import { IssueFormModal } from './IssueForm';
import { DueTag, StatusTag } from './StatusTag';

/** A row of the table: an issue, or the heading of a group (责任人/类别). */
type Row = IssueItem | { groupKey: string; count: number; id: string };
const isGroup = (row: Row): row is Extract<Row, { groupKey: string }> => 'groupKey' in row;

function columnFor(key: IssueColumn, today: string): TableColumnType<IssueItem> {
  const text = (title: string, width: number, value: (i: IssueItem) => string) => ({ title, width, render: (_: unknown, i: IssueItem) => value(i) || '—' });
  switch (key) {
    case 'title': return { title: '问题', width: 260, render: (_, i) => <a href={`#/issues?id=${i.id}`}>{i.title}</a> };
    case 'category': return text('类别', 100, (i) => i.category);
    case 'source': return text('来源', 90, (i) => i.source);
    case 'raisedBy': return text('反映人', 150, (i) => [i.raisedBy.name, i.raisedBy.phone && maskPhone(i.raisedBy.phone)].filter(Boolean).join(' '));
    case 'community': return text('社区', 110, (i) => i.community);
    case 'ownerUnit': return text('责任单位', 140, (i) => i.ownerUnit);
    case 'owner': return text('责任人', 110, (i) => i.owner);
    case 'measures': return { ...text('整改措施', 220, (i) => i.measures), ellipsis: true };
    case 'closedDate': return text('销号日期', 130, (i) => formatDate(i.closedDate));
    case 'deadline': return { title: '完成时限', width: 195, render: (_, i) => <Space size={4}>{formatDate(i.deadline) || '—'}<DueTag issue={i} today={today} /></Space> };
    case 'status': return { title: '状态', width: 130, render: (_, i) => <StatusTag status={i.status} /> };
  }
}

/** 问题清单 and its views (需求清单, 责任清单, 整改台账 …): one virtualised table of the same items. */
export function IssueList() {
  const store = useStore();
  const { params, navigate } = useHashRoute();
  const view = issueViewById(params.get('view'));
  /** `&topic=<id>`: the dashboard's per-topic figures open the issues of that topic. */
  const topicId = params.get('topic');
  const issues = useLiveQuery(() => store.issues.list(), [store]);
  const [filter, setFilter] = useState<IssueFilter>({});
  const [grouping, setGrouping] = useState<{ view: string; by: IssueGrouping | undefined }>({ view: view.id, by: view.groupBy });
  const [creating, setCreating] = useState(false);
  const groupBy = grouping.view === view.id ? grouping.by : view.groupBy;
  const today = todayIso();

  const shown = useMemo(() => {
    if (!issues) return [];
    const inView = filterIssues(issues, { ...view.filter, topicId: topicId ?? undefined }, today);
    return sortByDeadline(filterIssues(inView, filter, today));
  }, [issues, view, topicId, filter, today]);
  useReminderBadge(useMemo(() => (issues ? countReminders(issues, today) : undefined), [issues, today]));
  const rows: Row[] = useMemo(() => (groupBy
    ? groupIssues(shown, groupBy).flatMap((g) => [{ groupKey: g.key, count: g.issues.length, id: `group:${g.key}` }, ...g.issues])
    : shown), [shown, groupBy]);

  const columns = view.columns.map((key, index): TableColumnType<Row> => {
    const column = columnFor(key, today);
    return {
      ...(column as TableColumnType<Row>),
      key,
      render: (value, row, i) => (isGroup(row)
        ? (index === 0 ? <Typography.Text strong>{row.groupKey}（{row.count}）</Typography.Text> : null)
        : column.render?.(value, row, i) as ReactNode),
      onCell: (row) => (isGroup(row) ? { colSpan: index === 0 ? view.columns.length : 0, style: { background: '#fafafa' } } : {}),
    };
  });

  const categories = issues ? distinctValues(issues, 'category') : [];
  const owners = issues ? distinctValues(issues, 'owner') : [];
  const set = (patch: Partial<IssueFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const options = (values: readonly string[]) => values.map((value) => ({ value }));

  return (
    <Card
      title={view.label}
      extra={<Button type="primary" onClick={() => setCreating(true)} data-testid="new-issue">登记问题</Button>}
      data-testid="issue-list"
    >
      <Tabs activeKey={view.id} onChange={(id) => navigate(`/issues?view=${id}`)} items={ISSUE_VIEWS.map((v) => ({ key: v.id, label: v.label }))} />
      <Typography.Paragraph type="secondary">{view.description}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search allowClear placeholder="搜索标题、反映人、责任人" style={{ width: 220 }} onSearch={(text) => set({ text })} />
        <Select mode="multiple" allowClear placeholder="状态" style={{ minWidth: 120 }} options={options(ISSUE_STATUSES)} onChange={(status) => set({ status })} />
        <Select mode="multiple" allowClear placeholder="类别" style={{ minWidth: 120 }} options={options(categories)} onChange={(category) => set({ category })} />
        <Select mode="multiple" allowClear placeholder="责任人" style={{ minWidth: 120 }} options={options(owners)} onChange={(owner) => set({ owner })} />
        <Select mode="multiple" allowClear placeholder="来源" style={{ minWidth: 120 }} options={options(ISSUE_SOURCES)} onChange={(source) => set({ source })} />
        <Checkbox onChange={(e) => set({ overdue: e.target.checked })}>已超期</Checkbox>
        <Checkbox onChange={(e) => set({ dueSoon: e.target.checked })}>7天内到期</Checkbox>
        <Select
          value={groupBy ?? 'none'}
          style={{ width: 120 }}
          onChange={(by) => setGrouping({ view: view.id, by: by === 'none' ? undefined : by as IssueGrouping })}
          options={[{ value: 'none', label: '不分组' }, ...Object.entries(GROUPINGS).map(([value, g]) => ({ value, label: g.label }))]}
        />
        <Typography.Text type="secondary" data-testid="issue-count">共 {shown.length} 条</Typography.Text>
      </Space>
      <Table<Row>
        virtual
        rowKey="id"
        size="small"
        loading={!issues}
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: columns.reduce((sum, c) => sum + Number(c.width ?? 120), 0), y: 560 }}
        locale={{ emptyText: '没有符合条件的问题' }}
      />
      {creating && <IssueFormModal categories={categories} onClose={() => setCreating(false)} onSaved={(i) => navigate(`/issues?id=${i.id}`)} />}
    </Card>
  );
}
