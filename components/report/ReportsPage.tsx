import { Alert, App, Button, Card, DatePicker, Empty, Flex, List, Popconfirm, Progress, Radio, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { buildReportDraft, chineseDate, loadReportData, localIsoDate, selectScope } from '@/lib/report';
import type { ReportScope } from '@/lib/schema';
import { useStore } from '../app/AppProvider';
import { useHashRoute } from '../app/useHashRoute';
import { ReportComposer } from './ReportComposer';
import { ReportFontsCard } from './ReportFontsCard';
import { useDocxExport, type ExportState } from './useDocxExport';
import { useReportContext } from './useReportContext';

type Exporter = ReturnType<typeof useDocxExport>;

/**
 * 调研报告: `#/reports` lists drafts and ledgers, `#/reports?draft=<id>` opens the composer, and
 * `#/reports?export=<topicId>` (or `?exportDraft=<id>`, from the popup) downloads the .docx at once.
 */
export function ReportsPage() {
  const { params, navigate } = useHashRoute();
  const exporter = useDocxExport();
  const draftId = params.get('draft');
  useExportFromPopup(exporter);
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {exporter.exporting && <ExportProgress state={exporter.exporting} />}
      {draftId
        ? <ReportComposer id={draftId} exporter={exporter} onBack={() => navigate('/reports')} />
        : (
          <>
            <NewReport />
            <Drafts exporter={exporter} />
            <Ledgers exporter={exporter} />
            <ReportFontsCard />
          </>
        )}
    </Space>
  );
}

function ExportProgress({ state }: { state: ExportState }) {
  return (
    <Alert
      type="info" data-testid="export-progress"
      title={<Flex gap={12} align="center"><span>正在生成{state.label}…</span><Progress percent={state.percent} size="small" style={{ width: 240, margin: 0 }} /></Flex>}
    />
  );
}

/** The popup hands a one-click export over to this page: build, download, and clear the request. */
function useExportFromPopup(exporter: Exporter) {
  const store = useStore();
  const { params, navigate } = useHashRoute();
  const { message } = App.useApp();
  const topicId = params.get('export');
  const draftId = params.get('exportDraft');
  useEffect(() => {
    if (!topicId && !draftId) return;
    // Clearing the request at once lets the same topic be exported again with another click.
    navigate('/reports');
    void (async () => {
      const [settings, profile] = await Promise.all([store.getSettings(), store.getProfile()]);
      // The newest saved draft of the topic, as the user left it; a fresh draft if there is none.
      const saved = draftId
        ? await store.getReportDraft(draftId)
        : (await store.listReportDrafts()).find((d) => d.topicId === topicId) ?? null;
      let draft = saved;
      if (!draft && topicId) {
        try {
          draft = buildReportDraft(await loadReportData(store), { kind: 'topic', topicId }, { asOf: localIsoDate(), signatureUnit: profile?.unit });
        } catch (error) {
          message.error(error instanceof Error ? error.message : String(error));
          return;
        }
      }
      if (!draft) { message.error('找不到这份草稿，可能已被删除'); return; }
      await exporter.run('调研报告', draft.title, { kind: 'report', draft, fonts: settings.reportFonts });
    })();
  }, [topicId, draftId]); // eslint-disable-line react-hooks/exhaustive-deps
}

/** Pick a topic or a date range; the draft opens in the composer. */
function NewReport() {
  const store = useStore();
  const { message } = App.useApp();
  const { navigate } = useHashRoute();
  const { unit } = useReportContext();
  const topics = useLiveQuery(() => store.topics.list(), [store]) ?? [];
  const [by, setBy] = useState<'topic' | 'range'>('topic');
  const [topicId, setTopicId] = useState<string>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);

  async function create() {
    let scope: ReportScope;
    if (by === 'topic') {
      if (!topicId) { message.warning('请选择调研课题'); return; }
      scope = { kind: 'topic', topicId };
    } else {
      if (!range?.[0] || !range[1]) { message.warning('请选择起止日期'); return; }
      scope = { kind: 'range', from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') };
    }
    const draft = buildReportDraft(await loadReportData(store), scope, { asOf: localIsoDate(), signatureUnit: unit });
    await store.saveReportDraft(draft);
    navigate(`/reports?draft=${draft.id}`);
  }

  return (
    <Card title="新建调研报告">
      <Flex gap={12} wrap align="center">
        <Radio.Group value={by} onChange={(e) => setBy(e.target.value)} optionType="button"
          options={[{ value: 'topic', label: '按调研课题' }, { value: 'range', label: '按时间段' }]} />
        {by === 'topic'
          ? <Select
              style={{ minWidth: 360 }} placeholder="选择调研课题" value={topicId} onChange={setTopicId} data-testid="new-report-topic"
              options={topics.map((t) => ({ value: t.id, label: t.title }))} showSearch={{ optionFilterProp: 'label' }}
              notFoundContent="还没有调研课题"
            />
          : <DatePicker.RangePicker value={range} onChange={(v) => setRange(v)} />}
        <Button type="primary" onClick={create} data-testid="create-draft">生成草稿</Button>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
        草稿按“关于……的调研报告”的结构生成：开头段、一、基本情况（数字均来自走访记录和问题清单）、二、主要做法及成效、三、存在的问题、四、对策建议，并附问题清单台账和走访台账。
      </Typography.Paragraph>
    </Card>
  );
}

function Drafts({ exporter }: { exporter: Exporter }) {
  const store = useStore();
  const { fonts } = useReportContext();
  const drafts = useLiveQuery(() => store.listReportDrafts(), [store]);
  return (
    <Card title="报告草稿">
      {drafts && drafts.length === 0
        ? <Empty description="还没有报告草稿" />
        : (
          <List
            dataSource={drafts ?? []} data-testid="draft-list"
            renderItem={(d) => (
              <List.Item
                actions={[
                  <Button key="export" size="small" onClick={() => exporter.run('调研报告', d.title, { kind: 'report', draft: d, fonts })}>导出 Word</Button>,
                  <Popconfirm key="remove" title="删除这份草稿？" okText="删除" cancelText="取消" onConfirm={() => store.removeReportDraft(d.id)}>
                    <Button size="small" danger>删除</Button>
                  </Popconfirm>,
                ]}
              >
                <List.Item.Meta
                  title={<a href={`#/reports?draft=${d.id}`}>{d.title}</a>}
                  description={`${d.scope.kind === 'topic' ? '按课题' : `${chineseDate(d.scope.from)}至${chineseDate(d.scope.to)}`} · 修改于${chineseDate(d.updatedAt)}`}
                />
              </List.Item>
            )}
          />
        )}
    </Card>
  );
}

/** Ledgers on their own: of one topic, or of everything. */
function Ledgers({ exporter }: { exporter: Exporter }) {
  const store = useStore();
  const { fonts, unit } = useReportContext();
  const topics = useLiveQuery(() => store.topics.list(), [store]) ?? [];
  const households = useLiveQuery(() => store.households.list(), [store]) ?? [];
  const [topicId, setTopicId] = useState<string>();
  const [householdId, setHouseholdId] = useState<string>();
  const years = [...new Set(topics.map((t) => t.year))].sort((a, b) => b - a);
  const [year, setYear] = useState<number>();
  const about = { date: localIsoDate(), unit };
  const topic = topics.find((t) => t.id === topicId);

  async function scoped() {
    const data = await loadReportData(store);
    return { data, records: topicId ? selectScope(data, { kind: 'topic', topicId }) : data };
  }
  const prefix = topic ? topic.title : '';

  return (
    <Card title="台账导出">
      <Space orientation="vertical" size="middle">
        <Flex gap={8} wrap align="center">
          <Select
            allowClear style={{ minWidth: 300 }} placeholder="全部课题" value={topicId} onChange={setTopicId}
            options={topics.map((t) => ({ value: t.id, label: t.title }))}
          />
          <Button onClick={async () => {
            const { records } = await scoped();
            await exporter.run('问题清单台账', `${prefix}问题清单台账`, { kind: 'issueLedger', issues: records.issues, about, fonts });
          }}>问题清单台账</Button>
          <Button onClick={async () => {
            const { data, records } = await scoped();
            await exporter.run('走访台账', `${prefix}走访台账`, { kind: 'visitLedger', visits: records.visits, households: data.households, about, fonts });
          }}>走访台账</Button>
        </Flex>
        <Flex gap={8} wrap align="center">
          <Select style={{ width: 140 }} placeholder="年度" value={year ?? years[0]} onChange={setYear} options={years.map((y) => ({ value: y, label: `${y}年` }))} />
          <Button disabled={!years.length} onClick={() => {
            const y = year ?? years[0];
            return exporter.run('年度调研计划表', `${y}年度调研计划表`, { kind: 'topicPlan', topics: topics.filter((t) => t.year === y), about: { ...about, year: y }, fonts });
          }}>年度调研计划表</Button>
        </Flex>
        <Flex gap={8} wrap align="center">
          <Select
            showSearch={{ optionFilterProp: 'label' }} style={{ minWidth: 300 }} placeholder="选择联系户" value={householdId} onChange={setHouseholdId}
            options={households.map((h) => ({ value: h.id, label: `${h.name}（${h.community || '未填写社区'}）` }))}
          />
          <Button disabled={!householdId} onClick={async () => {
            const { data } = await scoped();
            const household = data.households.find((h) => h.id === householdId);
            if (household) await exporter.run('民情台账', `${household.name}民情台账`, { kind: 'householdLedger', household, visits: data.visits, issues: data.issues, about, fonts });
          }}>民情台账</Button>
        </Flex>
      </Space>
    </Card>
  );
}
