import { Layout, Menu, Typography } from 'antd';
import { Suspense, lazy, type ComponentType, type ReactNode } from 'react';
import { useHashRoute } from '../app/useHashRoute';
import { Home } from './Home';
import { Welcome } from './Welcome';
import { BackupReminderBanner } from '../safety/BackupReminderBanner';
import { GlobalSearch } from '../search/GlobalSearch';

// Sections other than 首页 load with their code when first opened: the page's script is then a
// fraction of its size, which is most of the time to the first screen on a busy two-core machine.
const section = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));
const SettingsPage = section(() => import('./SettingsPage'), 'SettingsPage');
const IssuesPage = section(() => import('../issues/IssuesPage'), 'IssuesPage');
const ImportPage = section(() => import('../import/ImportPage'), 'ImportPage');
const TrashPage = section(() => import('../trash/TrashPage'), 'TrashPage');
const PrivacyPage = section(() => import('../safety/PrivacyPage'), 'PrivacyPage');
const SafetyPage = section(() => import('../safety/SafetyPage'), 'SafetyPage');
const ReportsPage = section(() => import('../report/ReportsPage'), 'ReportsPage');
const TopicsPage = section(() => import('../topics/TopicsPage'), 'TopicsPage');
const VisitsPage = section(() => import('../visits/VisitsPage'), 'VisitsPage');
const HouseholdsPage = section(() => import('../households/HouseholdsPage'), 'HouseholdsPage');

/** 工作台 navigation: each entry is a route in the URL's hash. */
const SECTIONS: { path: string; label: string; render: () => ReactNode }[] = [
  { path: '/', label: '首页', render: () => <Home /> },
  { path: '/topics', label: '调研课题', render: () => <TopicsPage /> },
  { path: '/visits', label: '走访记录', render: () => <VisitsPage /> },
  { path: '/households', label: '联系户', render: () => <HouseholdsPage /> },
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
  const current = SECTIONS.find((s) => s.path === path) ?? SECTIONS[0];
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider theme="light" width={180} style={{ borderRight: '1px solid #f0f0f0' }}>
        <Typography.Title level={4} style={{ padding: '16px 24px', margin: 0, color: '#c0392b' }}>脚步 · 工作台</Typography.Title>
        <Menu
          mode="inline"
          selectedKeys={[current.path]}
          items={SECTIONS.map((s) => ({ key: s.path, label: <a href={`#${s.path}`}>{s.label}</a> }))}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', borderBottom: '1px solid #f0f0f0', padding: '0 24px', height: 56, lineHeight: 'normal', display: 'flex', alignItems: 'center' }}>
          <GlobalSearch />
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}><BackupReminderBanner /><Suspense fallback={null}>{current.render()}</Suspense></Layout.Content>
      </Layout>
    </Layout>
  );
}
