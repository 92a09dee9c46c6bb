import { Card, Col, Row, Statistic, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import dayjs from 'dayjs';
import { useEffect, useState, type ReactNode } from 'react';
import { countIssuesByTopic, formatRate, loadDashboard, readCachedDashboard, saveCachedDashboard, type TopicFigures } from '@/lib/stats';
import { useStore } from '../app/AppProvider';
import { todayIso } from '../issues/format';
import { useReminderBadge } from '../extension/useReminderBadge';
import { Totals } from './Totals';

/** A figure that opens the list behind it. */
function Figure({ title, value, href, suffix, danger, testId }: {
  title: string; value: ReactNode; href: string; suffix?: string; danger?: boolean; testId: string;
}) {
  return (
    <Col xs={12} md={6} xl={3}>
      <a href={href} data-testid={testId}>
        <Card hoverable size="small">
          <Statistic title={title} value={value as number} suffix={suffix} styles={{ content: danger ? { color: '#cf1322' } : undefined }} />
        </Card>
      </a>
    </Col>
  );
}

const topicLink = (topicId: string, view: string, value: number) =>
  <a href={`#/issues?view=${view}&topic=${topicId}`}>{value}</a>;

const TOPIC_COLUMNS = [
  { title: '调研课题', dataIndex: 'title', render: (title: string, t: TopicFigures) => <a href={`#/topics?id=${t.topicId}`}>{title}</a> },
  { title: '本月走访', dataIndex: 'visitsThisMonth', width: 100 },
  { title: '本月走访户数', dataIndex: 'householdsThisMonth', width: 120 },
  { title: '问题', dataIndex: 'issues', width: 90, render: (n: number, t: TopicFigures) => topicLink(t.topicId, 'all', n) },
];

/** 首页: this month's work and the state of the issue list; every number opens its list. */
export function Dashboard() {
  const store = useStore();
  const today = todayIso();
  // Headline figures first; each topic's issues are counted after them (the slowest count), and the
  // totals below after that, so the figures a user opens 首页 for are never queued behind them.
  const fresh = useLiveQuery(() => loadDashboard(store, today, { topicIssues: false }), [store, today]);
  const topicIssues = useLiveQuery(
    async () => fresh && countIssuesByTopic(store, fresh.topics.map((t) => t.topicId)),
    [store, fresh],
  );
  // The figures counted last time show at once (counting 150,000 records takes seconds), marked
  // 更新中 until the database has counted them again.
  const [cached] = useState(() => readCachedDashboard(localStorage, store.database.name, today));
  const dashboard = fresh ?? cached;
  useEffect(() => { if (fresh) saveCachedDashboard(localStorage, store.database.name, today, fresh); }, [fresh, store, today]);
  // Marks for the benchmark: figures on screen, and figures freshly counted.
  useEffect(() => { if (dashboard) performance.mark(fresh ? 'footsteps:dashboard-fresh' : 'footsteps:dashboard-shown'); }, [!!dashboard, !!fresh]); // eslint-disable-line react-hooks/exhaustive-deps
  useReminderBadge(fresh?.issues);
  if (!dashboard) return null;
  const { issues } = dashboard;
  const month = dayjs(today).format('YYYY年M月');

  return (
    <div data-testid="dashboard">
      <Typography.Title level={4}>
        {month}工作概况{!fresh && <Tag style={{ marginLeft: 8, fontWeight: 'normal' }} data-testid="dashboard-updating">更新中</Tag>}
      </Typography.Title>
      <Row gutter={[12, 12]} data-testid="dashboard-figures">
        <Figure title="本月走访" suffix="次" value={dashboard.visitsThisMonth} href="#/visits" testId="fig-visits" />
        <Figure title="本月走访户数" suffix="户" value={dashboard.householdsThisMonth} href="#/households" testId="fig-households" />
        <Figure title="本月新增问题" suffix="个" value={dashboard.issuesRaisedThisMonth} href="#/issues" testId="fig-raised" />
        <Figure title="未销号问题" suffix="个" value={issues.open} href="#/issues?view=open" testId="fig-open" />
        <Figure title="已超期" suffix="个" value={issues.overdue} href="#/issues?view=overdue" danger={issues.overdue > 0} testId="fig-overdue" />
        <Figure title="7天内到期" suffix="个" value={issues.dueSoon} href="#/issues?view=dueSoon" testId="fig-due-soon" />
        <Figure title="已销号" suffix="个" value={issues.closed} href="#/issues?view=closed" testId="fig-closed" />
        <Figure title="销号率" value={formatRate(issues.closureRate)} href="#/issues?view=closed" testId="fig-rate" />
      </Row>
      <Card title="各课题情况" size="small" style={{ marginTop: 16 }}>
        <Table
          rowKey="topicId"
          size="small"
          pagination={false}
          columns={TOPIC_COLUMNS}
          dataSource={fresh && topicIssues ? fresh.topics.map((t) => ({ ...t, issues: topicIssues.get(t.topicId) ?? 0 })) : []}
          loading={!topicIssues}
          locale={{ emptyText: '还没有调研课题' }}
        />
      </Card>
      {topicIssues && <Totals />}
    </div>
  );
}
