import { Button, Card, Col, Empty, Row, Statistic, Steps } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from '../app/AppProvider';
import { Dashboard } from '../dashboard/Dashboard';

/** 首页: what to do first when empty; the dashboard once there are records. */
export function Home() {
  const store = useStore();
  const empty = useLiveQuery(() => store.isEmpty(), [store]);
  const profile = useLiveQuery(() => store.getProfile(), [store]);
  if (empty === undefined) return null;

  if (empty) {
    return (
      <Card title="欢迎使用脚步" data-testid="empty-state">
        <Empty description="工作台还没有记录。按下面三步开始，数据只保存在本机浏览器中。" />
        <Steps
          direction="vertical"
          current={profile ? 1 : 0}
          items={[
            { title: '填写我的信息', description: '姓名、单位、职务、电话、所属网格：以后自动带入表单和报告。' },
            { title: '建立调研课题', description: '把年度调研计划的课题、要点、责任人录入“调研课题”。' },
            { title: '记录走访、登记问题', description: '每次走访记一笔，发现的问题进入问题清单，办结后销号。' },
          ]}
        />
        <Button href="#/settings">{profile ? '载入演示数据看看' : '去填写我的信息'}</Button>
      </Card>
    );
  }
  return (
    <>
      <Dashboard />
      <Totals />
    </>
  );
}

/** The records kept in all, counted apart so the dashboard never waits for them. */
function Totals() {
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
