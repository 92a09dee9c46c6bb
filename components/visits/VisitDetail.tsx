import { Button, Card, Descriptions, Empty, List, Space, Tag, Tooltip } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { sentencesOf } from '@/lib/visits';
import { useStore } from '../app/AppProvider';
import { useHashRoute } from '../app/useHashRoute';
import { formatDate } from '../issues/format';
import { StatusTag } from '../issues/StatusTag';
import { useWorkspaceIndex } from '../search/useWorkspaceIndex';
import { useUndoMessage } from '../trash/undo';
import { RaiseIssueModal } from './RaiseIssue';

/** One visit: what was heard, sentence by sentence, each one a click away from the issue list. */
export function VisitDetail({ id }: { id: string }) {
  const store = useStore();
  const { navigate } = useHashRoute();
  const undo = useUndoMessage();
  const { index, version } = useWorkspaceIndex();
  const visit = useLiveQuery(() => store.visits.get(id), [store, id]);
  const issues = useLiveQuery(() => store.issues.where('visitId', id), [store, id]) ?? [];
  const [raising, setRaising] = useState<string | null>(null);
  void version;

  if (visit === undefined) return null;
  if (!visit) return <Empty description="走访记录不存在或已删除" />;
  const households = visit.householdIds.map((h) => index.get('household', h)).filter((h) => !!h);
  const topics = visit.topicIds.map((t) => index.get('topic', t)).filter((t) => !!t);

  async function remove() {
    await store.visits.remove(id);
    navigate('/visits');
    undo('已删除走访记录', () => store.visits.restore(id));
  }
  /** The text the user selected in the content, when there is one. */
  const selected = () => window.getSelection()?.toString().trim() ?? '';

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={<Space><a href="#/visits">走访记录</a>/<span>{formatDate(visit.date)} {visit.type}</span>{visit.draft && <Tag color="gold">草稿</Tag>}</Space>}
        extra={<Space>
          <Button type="primary" href={`#/visits?edit=${id}`}>{visit.draft ? '完善草稿' : '编辑'}</Button>
          <Button danger onClick={remove}>删除</Button>
        </Space>}
      >
        <Descriptions column={2} size="small">
          <Descriptions.Item label="走访对象">
            {households.length ? households.map((h) => <a key={h.id} href={`#/households?id=${h.id}`} style={{ marginRight: 8 }}>{h.name}</a>) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label="地点">{[visit.community, visit.grid, visit.place].filter(Boolean).join(' / ') || '—'}</Descriptions.Item>
          <Descriptions.Item label="关联课题">
            {topics.length ? topics.map((t) => <a key={t.id} href={`#/topics?id=${t.id}`} style={{ marginRight: 8 }}>{t.title}</a>) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label="陪同人员">{visit.companions.join('、') || '—'}</Descriptions.Item>
          {visit.actions && <Descriptions.Item label="现场处置" span={2}>{visit.actions}</Descriptions.Item>}
          {visit.followUpDate && <Descriptions.Item label="回访日期">{formatDate(visit.followUpDate)}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card
        title="听到了什么"
        extra={<Tooltip title="先在下面选中一段文字">
          <Button onMouseDown={(e) => e.preventDefault()} onClick={() => { const text = selected(); if (text) setRaising(text); }}>选中文字转为问题</Button>
        </Tooltip>}
      >
        {visit.content ? (
          <List
            size="small"
            dataSource={sentencesOf(visit.content)}
            renderItem={(sentence, i) => (
              <List.Item data-testid="visit-sentence" actions={[<Button key="raise" size="small" onClick={() => setRaising(sentence)} data-testid={`raise-${i}`}>转为问题</Button>]}>
                {sentence}
              </List.Item>
            )}
          />
        ) : <Empty description="还没有填写内容" />}
      </Card>
      <Card title={`由这次走访登记的问题（${issues.length}）`}>
        <List size="small" dataSource={issues} locale={{ emptyText: '还没有' }} renderItem={(issue) => (
          <List.Item><Space><a href={`#/issues?id=${issue.id}`}>{issue.title}</a><StatusTag status={issue.status} /></Space></List.Item>
        )} />
      </Card>
      {raising !== null && <RaiseIssueModal visit={visit} sentence={raising} household={households[0]} onClose={() => setRaising(null)} />}
    </Space>
  );
}
