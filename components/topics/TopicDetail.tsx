import { Button, Card, Col, Descriptions, Empty, Row, Space, Statistic, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import type { IssueItem, Visit } from '@/lib/schema';
import { MIN_RESEARCH_DAYS, chineseNumber, linkedRecords, topicProgress } from '@/lib/topics';
import { formatDate } from '../issues/format';
import { StatusTag } from '../issues/StatusTag';
import { useWorkspaceIndex } from '../search/useWorkspaceIndex';
import { TopicFormModal } from './TopicForm';

/** 课题页: the plan of one topic, its figures, and every visit and issue linked to it. */
export function TopicDetail({ id }: { id: string }) {
  const { index, version, loaded } = useWorkspaceIndex();
  const [editing, setEditing] = useState(false);
  const topic = index.get('topic', id);
  const records = useMemo(() => linkedRecords(id, index.list('visit'), index.list('issue')), [index, version, id]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!loaded) return null;
  if (!topic) return <Empty description="课题不存在或已删除" />;
  const progress = topicProgress(topic, records);
  const names = (v: Visit) => v.householdIds.map((h) => index.get('household', h)?.name).filter(Boolean).join('、');

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={<Space><a href="#/topics">调研课题</a>/<span>{topic.title}</span><Tag>{topic.status}</Tag>{topic.archived && <Tag>已归档</Tag>}</Space>}
        extra={<Space>
          <Button type="primary" href={`#/visits?new=1&topic=${id}`}>记一次走访</Button>
          <Button href={`#/issues?topic=${id}`}>问题清单</Button>
          <Button onClick={() => setEditing(true)}>编辑</Button>
        </Space>}
      >
        <Descriptions column={2} size="small">
          <Descriptions.Item label="责任人">{[topic.lead.position, topic.lead.name].filter(Boolean).join('，') || '—'}</Descriptions.Item>
          <Descriptions.Item label="年度">{topic.year}年</Descriptions.Item>
          <Descriptions.Item label="方式方法">{topic.methods.join('、') || '—'}</Descriptions.Item>
          <Descriptions.Item label="时间">{[formatDate(topic.startDate), formatDate(topic.endDate)].filter(Boolean).join(' 至 ') || '—'}</Descriptions.Item>
          <Descriptions.Item label="地点" span={2}>{topic.places.join('、') || '—'}</Descriptions.Item>
        </Descriptions>
        {topic.keyPoints.length > 0 && (
          <ol style={{ listStyle: 'none', paddingLeft: 0, margin: '12px 0 0' }} data-testid="key-points">
            {topic.keyPoints.map((p, i) => <li key={i}>{chineseNumber(i + 1)}是{p}。</li>)}
          </ol>
        )}
      </Card>
      <Row gutter={16} data-testid="topic-figures">
        <Col span={4}><Card><Statistic title="走访次数" value={progress.visits} /></Card></Col>
        <Col span={4}><Card><Statistic title="走访户数" value={progress.households} /></Card></Col>
        <Col span={4}><Card><Statistic title="发现问题" value={progress.issuesRaised} /></Card></Col>
        <Col span={4}><Card><Statistic title="已销号" value={progress.issuesClosed} /></Card></Col>
        <Col span={8}><Card><Statistic title={`调研天数（领导每年不少于${MIN_RESEARCH_DAYS}天）`} value={progress.researchDays} suffix="天" /></Card></Col>
      </Row>
      <Card title={`走访记录（${records.visits.length}）`}>
        <Table<Visit> rowKey="id" size="small" virtual pagination={false} scroll={{ y: 360, x: 900 }} dataSource={[...records.visits].sort((a, b) => b.date.localeCompare(a.date))} columns={[
          { title: '日期', width: 130, render: (_, v) => <a href={`#/visits?id=${v.id}`}>{formatDate(v.date)}</a> },
          { title: '方式', width: 100, dataIndex: 'type' },
          { title: '走访对象', width: 150, render: (_, v) => names(v) || '—' },
          { title: '听到了什么', width: 520, ellipsis: true, dataIndex: 'content' },
        ]} />
      </Card>
      <Card title={`问题（${records.issues.length}）`}>
        <Table<IssueItem> rowKey="id" size="small" virtual pagination={false} scroll={{ y: 360, x: 900 }} dataSource={records.issues} columns={[
          { title: '问题', width: 360, render: (_, i) => <a href={`#/issues?id=${i.id}`}>{i.title}</a> },
          { title: '类别', width: 120, dataIndex: 'category' },
          { title: '责任人', width: 140, render: (_, i) => i.owner || '—' },
          { title: '完成时限', width: 140, render: (_, i) => formatDate(i.deadline) || '—' },
          { title: '状态', width: 140, render: (_, i) => <StatusTag status={i.status} /> },
        ]} />
      </Card>
      {editing && <TopicFormModal topic={topic} year={topic.year} onClose={() => setEditing(false)} />}
    </Space>
  );
}
