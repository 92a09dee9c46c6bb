import { Button, Card, Input, Select, Space, Table, Tag, type TableColumnType } from 'antd';
import { useMemo, useState } from 'react';
import { lastContacts } from '@/lib/cadence';
import { maskIdNumber, maskPhone } from '@/lib/privacy';
import { CARE_TAGS, type Household } from '@/lib/schema';
import { distinctOf } from '@/lib/visits';
import { formatDate, todayIso } from '../issues/format';
import { useWorkspaceIndex } from '../search/useWorkspaceIndex';
import { HouseholdFormModal } from './HouseholdForm';

/** 联系户名册: searchable, filterable, virtualised; phones and ID numbers masked. */
export function HouseholdList() {
  const { index, version } = useWorkspaceIndex();
  const [query, setQuery] = useState('');
  const [community, setCommunity] = useState<string>();
  const [grid, setGrid] = useState<string>();
  const [careTag, setCareTag] = useState<string>();
  const [creating, setCreating] = useState(false);
  const today = todayIso();

  const all = index.list('household');
  const contacts = useMemo(() => lastContacts(index.list('visit'), today), [index, version, today]); // eslint-disable-line react-hooks/exhaustive-deps
  const rows = useMemo(() => {
    const found = query.trim() ? new Set(index.search(query, { kinds: ['household'], limit: Infinity }).household.hits.map((h) => h.id)) : null;
    return all
      .filter((h) => (!found || found.has(h.id)) && (!community || h.community === community) && (!grid || h.grid === grid)
        && (!careTag || h.careTags.includes(careTag as never)))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  }, [all, index, query, community, grid, careTag]);

  const columns: TableColumnType<Household>[] = [
    { title: '姓名', width: 90, render: (_, h) => <a href={`#/households?id=${h.id}`}>{h.name}</a> },
    { title: '性别', width: 50, dataIndex: 'gender' },
    { title: '联系电话', width: 120, render: (_, h) => (h.phone ? maskPhone(h.phone) : '—') },
    { title: '身份证号', width: 180, render: (_, h) => (h.idNumber ? maskIdNumber(h.idNumber) : '—') },
    { title: '住址', width: 160, ellipsis: true, render: (_, h) => h.address || '—' },
    { title: '社区 / 网格', width: 170, render: (_, h) => [h.community, h.grid].filter(Boolean).join(' / ') || '—' },
    { title: '人员类别', width: 110, render: (_, h) => h.careTags.map((t) => <Tag color="orange" key={t}>{t}</Tag>) },
    { title: '最近联系', width: 120, render: (_, h) => formatDate(contacts.get(h.id)?.lastContact) || <span style={{ color: '#c0392b' }}>从未联系</span> },
  ];

  return (
    <Card
      title={`联系户（${rows.length}户）`}
      extra={<Button type="primary" onClick={() => setCreating(true)} data-testid="new-household">新建联系户</Button>}
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search allowClear placeholder="姓名、拼音首字母、电话后四位、住址" style={{ width: 280 }} onChange={(e) => setQuery(e.target.value)} data-testid="household-search" />
        <Select allowClear placeholder="社区/村" style={{ width: 150 }} value={community} onChange={setCommunity} options={distinctOf(all, (h) => h.community).map((value) => ({ value }))} />
        <Select allowClear placeholder="网格" style={{ width: 150 }} value={grid} onChange={setGrid} options={distinctOf(all, (h) => h.grid).map((value) => ({ value }))} />
        <Select allowClear placeholder="人员类别" style={{ width: 140 }} value={careTag} onChange={setCareTag} options={CARE_TAGS.map((value) => ({ value }))} />
      </Space>
      <Table<Household>
        rowKey="id" size="small" virtual pagination={false} columns={columns} dataSource={rows}
        scroll={{ x: 1000, y: 560 }} data-testid="household-table"
      />
      {creating && <HouseholdFormModal onClose={() => setCreating(false)} />}
    </Card>
  );
}
