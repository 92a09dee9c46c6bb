import { Alert, Button, Card, DatePicker, Input, Select, Space, Table, Tag, type TableColumnType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { CARE_TAGS, VISIT_TYPES, type Visit } from '@/lib/schema';
import { distinctOf, filterVisits, type VisitFilter } from '@/lib/visits';
import { useStore } from '../app/AppProvider';
import { formatDate } from '../issues/format';
import { useWorkspaceIndex } from '../search/useWorkspaceIndex';
import { useUndoMessage } from '../trash/undo';
import { finishedRecentVisits, forgetRecentVisits, liveRecentVisits, recentVisits } from './recentVisits';

/** 走访记录: filters over every visit, one virtualised table (smooth at 100,000 rows), drafts first. */
export function VisitList() {
  const store = useStore();
  const undo = useUndoMessage();
  // With 100,000 visits the full load takes seconds: the newest 50 are shown first, then it starts.
  const [firstShown, setFirstShown] = useState(false);
  const { index, version, loaded } = useWorkspaceIndex(firstShown);
  const [filter, setFilter] = useState<VisitFilter>({});
  const [query, setQuery] = useState('');
  const set = (patch: Partial<VisitFilter>) => setFilter((f) => ({ ...f, ...patch }));

  const all = index.list('visit');
  const household = (id: string) => index.get('household', id);
  const drafts = useMemo(() => all.filter((v) => v.draft), [all]);
  const choices = useMemo(() => ({
    communities: distinctOf(all, (v) => v.community), grids: distinctOf(all, (v) => v.grid),
  }), [all]);
  const filtered = useMemo(() => {
    const ids = query.trim() ? new Set(index.search(query, { kinds: ['visit'], limit: Infinity }).visit.hits.map((h) => h.id)) : undefined;
    return filterVisits(all, { ...filter, ids }, household);
  }, [all, index, version, filter, query]); // eslint-disable-line react-hooks/exhaustive-deps
  // The newest visits read while this code loaded, then kept current by a live query until every
  // visit is loaded. (Not suspended on: React reveals suspended content up to 300 ms late.)
  const [first, setFirst] = useState(() => finishedRecentVisits(store));
  useEffect(() => { if (!first) void recentVisits(store).then(setFirst); }, []); // eslint-disable-line react-hooks/exhaustive-deps
  const recent = useLiveQuery(() => (loaded ? [] : liveRecentVisits(store)), [store, loaded]);
  const rows = loaded ? filtered : recent ?? first ?? [];
  // The newest visits are on screen: the full load may start. Marks for the benchmark: when the
  // first rows are on screen, and when all visits are.
  const waiting = !loaded && !recent && !first;
  useEffect(() => {
    if (waiting) return;
    setFirstShown(true);
    if (recent !== undefined) forgetRecentVisits(store);
    if (rows.length) performance.mark(loaded ? 'footsteps:visit-list-complete' : 'footsteps:visit-list-shown');
  }, [loaded, waiting, recent !== undefined, rows.length > 0]); // eslint-disable-line react-hooks/exhaustive-deps

  async function remove(v: Visit) {
    await store.visits.remove(v.id);
    undo(`已删除${formatDate(v.date)}的走访记录`, () => store.visits.restore(v.id));
  }

  const columns: TableColumnType<Visit>[] = [
    { title: '日期', width: 125, render: (_, v) => <a href={`#/visits?id=${v.id}`}>{formatDate(v.date)}</a> },
    { title: '方式', width: 90, render: (_, v) => <>{v.type}{v.draft && <Tag color="gold" style={{ marginLeft: 4 }}>草稿</Tag>}</> },
    { title: '走访对象', width: 110, ellipsis: true, render: (_, v) => v.householdIds.map((id) => household(id)?.name).filter(Boolean).join('、') || '—' },
    { title: '社区 / 网格', width: 170, ellipsis: true, render: (_, v) => [v.community, v.grid].filter(Boolean).join(' / ') || '—' },
    { title: '听到了什么', width: 300, ellipsis: true, render: (_, v) => v.content || '—' },
    { title: '课题', width: 110, ellipsis: true, render: (_, v) => v.topicIds.map((id) => index.get('topic', id)?.title).filter(Boolean).join('；') || '—' },
    { title: '', width: 95, render: (_, v) => <Space size={4}><a href={`#/visits?edit=${v.id}`}>{v.draft ? '完善' : '编辑'}</a><Button type="link" size="small" danger onClick={() => remove(v)}>删除</Button></Space> },
  ];

  const topics = index.list('topic');
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {drafts.length > 0 && (
        <Alert
          type="warning" data-testid="drafts"
          title={<Space wrap>待完善的草稿{drafts.length}条：{drafts.slice(0, 5).map((d) => (
            <a key={d.id} href={`#/visits?edit=${d.id}`}>{formatDate(d.date)} {d.content.slice(0, 12) || '（无内容）'}</a>
          ))}{drafts.length > 5 && <a onClick={() => set({ draft: true })}>全部</a>}</Space>}
        />
      )}
      <Card
        title={loaded ? <span data-testid="visit-count">走访记录（{rows.length}条）</span> : '走访记录（最近的记录；全部载入中…）'}
        extra={<Space><Button href="#/visits?quick=1">快速记一笔</Button><Button type="primary" href="#/visits?new=1" data-testid="new-visit">记走访</Button></Space>}
      >
        <Space wrap style={{ marginBottom: 12 }}>
          <Input.Search allowClear placeholder="内容、姓名、地点" style={{ width: 200 }} onChange={(e) => setQuery(e.target.value)} />
          <DatePicker.RangePicker
            onChange={(range: [Dayjs | null, Dayjs | null] | null) => set({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
          />
          <Select allowClear placeholder="走访方式" style={{ width: 120 }} onChange={(type) => set({ type })} options={VISIT_TYPES.map((value) => ({ value }))} />
          <Select allowClear placeholder="课题" style={{ width: 200 }} onChange={(topicId) => set({ topicId })} optionFilterProp="label" showSearch
            options={topics.map((t) => ({ value: t.id, label: t.title }))} />
          <Select allowClear placeholder="社区/村" style={{ width: 130 }} onChange={(community) => set({ community })} options={choices.communities.map((value) => ({ value }))} />
          <Select allowClear placeholder="网格" style={{ width: 140 }} onChange={(grid) => set({ grid })} options={choices.grids.map((value) => ({ value }))} />
          <Select allowClear placeholder="人员类别" style={{ width: 120 }} onChange={(careTag) => set({ careTag })} options={CARE_TAGS.map((value) => ({ value }))} />
          <Select allowClear placeholder="草稿" style={{ width: 110 }} value={filter.draft} onChange={(draft) => set({ draft })}
            options={[{ value: true, label: '只看草稿' }, { value: false, label: '已完善' }]} />
        </Space>
        <Table<Visit>
          rowKey="id" size="small" virtual pagination={false} columns={columns} dataSource={rows}
          scroll={{ x: 1000, y: 560 }} data-testid="visit-table" loading={waiting}
        />
      </Card>
    </Space>
  );
}
