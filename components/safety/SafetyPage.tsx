import { Card, Tabs } from 'antd';
import { useHashRoute } from '../app/useHashRoute';
import { BackupPanel } from './BackupPanel';
import { LockPanel } from './LockPanel';
import { TeamPanel } from './TeamPanel';

/** 数据安全: 备份与恢复, 团队汇总, 应用锁 (tab from `?tab=`). */
export function SafetyPage() {
  const { params, navigate } = useHashRoute();
  return (
    <Card title="数据安全">
      <Tabs
        activeKey={params.get('tab') ?? 'backup'}
        onChange={(tab) => navigate(`/safety?tab=${tab}`)}
        items={[
          { key: 'backup', label: '备份与恢复', children: <BackupPanel /> },
          { key: 'team', label: '团队汇总', children: <TeamPanel /> },
          { key: 'lock', label: '应用锁', children: <LockPanel /> },
        ]}
      />
    </Card>
  );
}
