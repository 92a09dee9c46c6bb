import { Alert, Button, Card, Space, Table, Tag, type TableColumnType } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { MIN_HOUSEHOLDS_PER_MEMBER, memberCoverage, memberRoutine, nextVisits, type DueHousehold } from '@/lib/cadence';
import { useStore } from '../app/AppProvider';
import { formatDate, todayIso } from '../issues/format';
import { useWorkspaceIndex } from '../search/useWorkspaceIndex';

const dueText = (d: DueHousehold) => (d.overdueDays > 0 ? `逾期${d.overdueDays}天` : d.overdueDays === 0 ? '今天' : `${-d.overdueDays}天后`);

/** 下一步走访谁: 需关爱对象 due by the 五个一 routine, then households for the ≥ 10 rule. */
export function CadenceList() {
  const store = useStore();
  const { index, version } = useWorkspaceIndex();
  const profile = useLiveQuery(() => store.getProfile(), [store]);
  const today = todayIso();
  const self = profile?.name || '本人';

  const { due, routine, coverage } = useMemo(() => {
    const visits = index.list('visit');
    return {
      due: nextVisits(index.list('household'), visits, { today, self }),
      routine: memberRoutine(visits, today),
      coverage: memberCoverage(visits, Number(today.slice(0, 4)), self).find((c) => c.member === self)!,
    };
  }, [index, version, today, self]); // eslint-disable-line react-hooks/exhaustive-deps

  const columns: TableColumnType<DueHousehold>[] = [
    { title: '姓名', width: 100, render: (_, d) => <a href={`#/households?id=${d.household.id}`}>{d.household.name}</a> },
    { title: '人员类别', width: 150, render: (_, d) => d.household.careTags.map((t) => <Tag color="orange" key={t}>{t}</Tag>) },
    { title: '为什么', width: 300, render: (_, d) => <Space orientation="vertical" size={0}>{d.reasons.map((r) => <span key={r.rule}>{r.text}</span>)}</Space> },
    { title: '应办', width: 110, render: (_, d) => <Tag color={d.overdueDays > 0 ? 'red' : d.overdueDays === 0 ? 'orange' : 'blue'}>{dueText(d)}</Tag> },
    { title: '最近联系', width: 120, render: (_, d) => formatDate(d.lastContact) || '从未' },
    { title: '最近上门', width: 120, render: (_, d) => formatDate(d.lastVisit) || '从未' },
    { title: '', width: 90, render: (_, d) => <Button size="small" href={`#/visits?new=1&household=${d.household.id}`}>记走访</Button> },
  ];

  return (
    <Card title={`下一步走访（${due.length}户）`}>
      <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }}>
        <Alert
          type={routine.householdVisitsThisWeek && routine.gridMeetingsThisMonth ? 'success' : 'info'}
          title={`本周入户走访${routine.householdVisitsThisWeek}次${routine.householdVisitsThisWeek ? '' : '（每周至少一次）'}；本月网格座谈会${routine.gridMeetingsThisMonth}次${routine.gridMeetingsThisMonth ? '' : '（每月至少一次）'}；今年已联系${coverage.contacted}户${coverage.shortfall ? `，距每人联系${MIN_HOUSEHOLDS_PER_MEMBER}户还差${coverage.shortfall}户` : ''}。`}
        />
        <span style={{ color: '#888' }}>规则：需关爱对象每周联系一次、每月上门走访一次，春节、端午、中秋、重阳前两周内上门看望（“五个一”）；未来3天内到期的也列出。</span>
      </Space>
      <Table<DueHousehold>
        rowKey={(d) => d.household.id} size="small" virtual pagination={false} columns={columns} dataSource={due}
        scroll={{ x: 990, y: 560 }} data-testid="cadence-table"
      />
    </Card>
  );
}
