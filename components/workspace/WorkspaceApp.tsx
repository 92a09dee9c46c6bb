import { Layout, Menu, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useHashRoute } from '../app/useHashRoute';
import { Home } from './Home';
import { SettingsPage } from './SettingsPage';
import { Welcome } from './Welcome';
import { ComingSoon } from './ComingSoon';
import { IssuesPage } from '../issues/IssuesPage';
import { ImportPage } from '../import/ImportPage';
import { TrashPage } from '../trash/TrashPage';
import { PrivacyPage } from '../safety/PrivacyPage';
import { SafetyPage } from '../safety/SafetyPage';
import { ReportsPage } from '../report/ReportsPage';

/** 工作台 navigation: each entry is a route in the URL's hash. */
const SECTIONS: { path: string; label: string; render: () => ReactNode }[] = [
  { path: '/', label: '首页', render: () => <Home /> },
  { path: '/topics', label: '调研课题', render: () => <ComingSoon what="年度调研计划与课题" /> },
  { path: '/visits', label: '走访记录', render: () => <ComingSoon what="走访记录（民情日记）" /> },
  { path: '/households', label: '联系户', render: () => <ComingSoon what="联系户与民情台账" /> },
  { path: '/issues', label: '问题清单', render: () => <IssuesPage /> },
  { path: '/reports', label: '调研报告', render: () => <ReportsPage /> },
  { path: '/import', label: '导入台账', render: () => <ImportPage /> },
  { path: '/trash', label: '回收站', render: () => <TrashPage /> },
  { path: '/settings', label: '设置', render: () => <SettingsPage /> },
  { path: '/safety', label: '数据安全', render: () => <SafetyPage /> },
  { path: '/privacy', label: '隐私说明', render: () => <PrivacyPage /> },
];

export function WorkspaceApp() {
  const { path } = useHashRoute();
  if (path === '/welcome') return <Welcome />;
  const section = SECTIONS.find((s) => s.path === path) ?? SECTIONS[0];
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider theme="light" width={180} style={{ borderRight: '1px solid #f0f0f0' }}>
        <Typography.Title level={4} style={{ padding: '16px 24px', margin: 0, color: '#c0392b' }}>脚步 · 工作台</Typography.Title>
        <Menu
          mode="inline"
          selectedKeys={[section.path]}
          items={SECTIONS.map((s) => ({ key: s.path, label: <a href={`#${s.path}`}>{s.label}</a> }))}
        />
      </Layout.Sider>
      <Layout.Content style={{ padding: 24 }}>{section.render()}</Layout.Content>
    </Layout>
  );
}
