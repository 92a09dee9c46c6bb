import { Button, Card, Descriptions, Empty, Space, Tag, Timeline, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type ReactNode } from 'react';
import { maskIdNumber, maskPhone } from '@/lib/privacy';
import { useStore } from '../app/AppProvider';
import { useHashRoute } from '../app/useHashRoute';
import { formatDate } from '../issues/format';
import { StatusTag } from '../issues/StatusTag';
import { useWorkspaceIndex } from '../search/useWorkspaceIndex';
import { useUndoMessage } from '../trash/undo';
import { HouseholdFormModal } from './HouseholdForm';

/** 民情台账: one family — its record (phone and ID in full only on request) and every visit and issue. */
export function HouseholdDetail({ id }: { id: string }) {
  const store = useStore();
  const { navigate } = useHashRoute();
  const undo = useUndoMessage();
  const { index, version } = useWorkspaceIndex();
  const household = useLiveQuery(() => store.households.get(id), [store, id]);
  const [revealed, setRevealed] = useState(false);
  const [editing, setEditing] = useState(false);

  const timeline = useMemo((): { date: string; key: string; color?: string; node: ReactNode }[] => {
    const visits = index.list('visit').filter((v) => v.householdIds.includes(id));
    const issues = index.list('issue').filter((i) => i.raisedBy.householdId === id || visits.some((v) => v.id === i.visitId));
    return [
      ...visits.map((v) => ({ date: v.date, key: v.id, node: (
        <div data-testid="timeline-visit">
          <Space><b>{formatDate(v.date)}</b><Tag>{v.type}</Tag>{v.draft && <Tag color="gold">草稿</Tag>}<a href={`#/visits?id=${v.id}`}>查看走访</a></Space>
          <Typography.Paragraph style={{ margin: '4px 0 0' }} ellipsis={{ rows: 3, expandable: true, symbol: '展开' }}>{v.content || '（未填写内容）'}</Typography.Paragraph>
          {v.actions && <Typography.Text type="secondary">现场处置：{v.actions}</Typography.Text>}
        </div>
      ) })),
      ...issues.map((i) => ({ date: i.createdAt.slice(0, 10), key: i.id, color: 'red', node: (
        <div data-testid="timeline-issue">
          <Space><b>{formatDate(i.createdAt.slice(0, 10))}</b><Tag color="red">问题</Tag><a href={`#/issues?id=${i.id}`}>{i.title}</a><StatusTag status={i.status} /></Space>
        </div>
      ) })),
    ].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  }, [index, version, id]); // eslint-disable-line react-hooks/exhaustive-deps

  if (household === undefined) return null;
  if (!household) return <Empty description="联系户不存在或已删除" />;

  async function remove() {
    await store.households.remove(id);
    navigate('/households');
    undo(`已删除联系户：${household!.name}`, () => store.households.restore(id));
  }

  const secret = (value: string, mask: (v: string) => string) => (value ? (revealed ? value : mask(value)) : '—');
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={<Space><a href="#/households">联系户</a>/<span>{household.name}</span>{household.careTags.map((t) => <Tag color="orange" key={t}>{t}</Tag>)}</Space>}
        extra={<Space>
          <Button type="primary" href={`#/visits?new=1&household=${id}`}>记一次走访</Button>
          <Button onClick={() => setEditing(true)}>编辑</Button>
          <Button danger onClick={remove}>删除</Button>
        </Space>}
      >
        <Descriptions column={3} size="small">
          <Descriptions.Item label="性别">{household.gender || '—'}</Descriptions.Item>
          <Descriptions.Item label="联系电话">
            <span data-testid="household-phone">{secret(household.phone, maskPhone)}</span>
          </Descriptions.Item>
          <Descriptions.Item label="身份证号">
            <Space>{secret(household.idNumber, maskIdNumber)}
              {(household.phone || household.idNumber) && <Button size="small" type="link" onClick={() => setRevealed(!revealed)}>{revealed ? '隐藏' : '显示完整'}</Button>}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label="住址">{household.address || '—'}</Descriptions.Item>
          <Descriptions.Item label="社区 / 网格">{[household.street, household.community, household.grid].filter(Boolean).join(' / ') || '—'}</Descriptions.Item>
          <Descriptions.Item label="楼栋单元户">{[household.building, household.unit, household.room].filter(Boolean).join(' ') || '—'}</Descriptions.Item>
          {household.notes && <Descriptions.Item label="备注" span={3}>{household.notes}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card title={`民情台账（走访${timeline.filter((t) => !t.color).length}次，问题${timeline.filter((t) => t.color).length}条）`}>
        {timeline.length
          ? <Timeline items={timeline.map((t) => ({ key: t.key, color: t.color, content: t.node }))} />
          : <Empty description="还没有走访记录" />}
      </Card>
      {editing && <HouseholdFormModal household={household} onClose={() => setEditing(false)} />}
    </Space>
  );
}
