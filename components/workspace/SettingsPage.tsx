import { App, Button, Card, Popconfirm, Space } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { buildDemoData } from '@/lib/demo';
import { useStore } from '../app/AppProvider';
import { useHashRoute } from '../app/useHashRoute';
import { ProfileForm } from '../profile/ProfileForm';
import { ReminderSetting } from '../issues/ReminderSetting';

export function SettingsPage() {
  const store = useStore();
  const { message } = App.useApp();
  const { params } = useHashRoute();
  const profile = useLiveQuery(() => store.getProfile(), [store]);

  async function loadDemo() {
    await store.bulkImport(buildDemoData());
    message.success('已载入演示数据：6个调研课题及走访、联系户、问题清单');
  }

  // `#/settings?demo=1` (used by `npm start`) loads the demo once into an empty workspace.
  useEffect(() => {
    if (params.get('demo') === '1') store.isEmpty().then((empty) => { if (empty) void loadDemo(); });
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title="我的信息">
        {profile !== undefined && <ProfileForm initial={profile ?? undefined} />}
      </Card>
      <ReminderSetting />
      <Card title="演示数据">
        <p>载入建国街道“脚步丈量”大调研的6个课题，以及虚构的联系户、走访记录和问题清单，便于熟悉各个页面。</p>
        <Popconfirm title="载入演示数据？" description="演示数据会加入现有记录之中。" onConfirm={loadDemo} okText="载入" cancelText="取消">
          <Button data-testid="load-demo">载入演示数据</Button>
        </Popconfirm>
      </Card>
    </Space>
  );
}
