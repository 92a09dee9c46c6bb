import { Card, Col, Row, Statistic } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from '../app/AppProvider';

/** The records kept in all (累计), counted after the dashboard's figures so they never wait for them. */
export function Totals() {
  const store = useStore();
  const counts = useLiveQuery(async () => ({
    topics: await store.topics.count(),
    households: await store.households.count(),
    visits: await store.visits.count(),
    issues: await store.issues.count(),
  }), [store]);
  if (!counts) return null;
  return (
    <Row gutter={16} data-testid="home-counts" style={{ marginTop: 16 }}>
      {([['调研课题', counts.topics], ['联系户', counts.households], ['走访记录', counts.visits], ['问题清单', counts.issues]] as const).map(
        ([label, value]) => (
          <Col span={6} key={label}><Card size="small"><Statistic title={`${label}（累计）`} value={value} /></Card></Col>
        ),
      )}
    </Row>
  );
}
