import { Layout, Menu, Typography } from 'antd';
import { Suspense, lazy, useEffect, useState, type ComponentType } from 'react';
import type { Store } from '@/lib/db';
import { useStore } from '../app/AppProvider';
import { currentPath, useHashRoute } from '../app/useHashRoute';
import { recentVisits } from '../visits/recentVisits';
import { Home } from './Home';
import { Welcome } from './Welcome';
import { BackupReminderBanner } from '../safety/BackupReminderBanner';
import { GlobalSearch } from '../search/GlobalSearch';

// Sections other than 首页 load with their code when first opened: the page's script is then a
// fraction of its size, which is most of the time to the first screen on a busy two-core machine.
interface Section {
  path: string;
  label: string;
  Page: ComponentType;
  /** Starts loading the section's code (lazy() shares the same load). */
  start?: () => Promise<unknown>;
  /** Starts reading what the section shows first, while its code loads. */
  preload?: (store: Store) => void;
}

function lazySection<K extends string>(path: string, label: string, load: () => Promise<Record<K, ComponentType>>, name: K): Section {
  let loading: Promise<{ default: ComponentType }> | undefined;
  let loaded: ComponentType | undefined;
  const start = () => (loading ??= load().then((m) => ({ default: (loaded = m[name]) })));
  const Lazy = lazy(start);
  // Code already loaded renders at once, not through lazy(): a suspended section is revealed at
  // most every 300 ms after React showed its fallback, which held the first rows back that long.
  // Chosen once per mount, so a section never remounts (and loses what was typed) mid-use.
  function Page() {
    const [Loaded] = useState(() => loaded);
    return Loaded ? <Loaded /> : <Lazy />;
  }
  return { path, label, Page, start };
}

/** 工作台 navigation: each entry is a route in the URL's hash. */
const SECTIONS: Section[] = [
  { path: '/', label: '首页', Page: Home },
  lazySection('/topics', '调研课题', () => import('../topics/TopicsPage'), 'TopicsPage'),
  { ...lazySection('/visits', '走访记录', () => import('../visits/VisitsPage'), 'VisitsPage'), preload: (store) => void recentVisits(store) },
  lazySection('/households', '联系户', () => import('../households/HouseholdsPage'), 'HouseholdsPage'),
  lazySection('/issues', '问题清单', () => import('../issues/IssuesPage'), 'IssuesPage'),
  lazySection('/reports', '调研报告', () => import('../report/ReportsPage'), 'ReportsPage'),
  lazySection('/import', '导入台账', () => import('../import/ImportPage'), 'ImportPage'),
  lazySection('/trash', '回收站', () => import('../trash/TrashPage'), 'TrashPage'),
  lazySection('/settings', '设置', () => import('./SettingsPage'), 'SettingsPage'),
  lazySection('/safety', '数据安全', () => import('../safety/SafetyPage'), 'SafetyPage'),
  lazySection('/privacy', '隐私说明', () => import('../safety/PrivacyPage'), 'PrivacyPage'),
];

// The section the page opens on starts loading with this script, while the lock is still checked;
// the page waits for it, so the frame and the section appear together without a fallback.
const opening = SECTIONS.find((s) => s.path === currentPath())?.start?.();

function useOpeningSectionLoaded(): boolean {
  const [loaded, setLoaded] = useState(!opening);
  useEffect(() => { if (!loaded) void opening?.finally(() => setLoaded(true)); }, [loaded]);
  return loaded;
}

export function WorkspaceApp() {
  const { path } = useHashRoute();
  const store = useStore();
  const current = SECTIONS.find((s) => s.path === path) ?? SECTIONS[0];
  useEffect(() => { if (path !== '/welcome') current.preload?.(store); }, [path, current, store]);
  const openingLoaded = useOpeningSectionLoaded();
  if (path === '/welcome') return <Welcome />;
  if (!openingLoaded) return null;
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
        <Layout.Content style={{ padding: 24 }}><BackupReminderBanner /><Suspense fallback={null}><current.Page /></Suspense></Layout.Content>
      </Layout>
    </Layout>
  );
}
