import { Button, Card, Empty, Steps } from 'antd';
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
  return <Dashboard />;
}
