import { SelectOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Space, Spin, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { toFillValues, type FieldKey, type RecordRef } from '@/lib/autofill-values';
import { parseMessage, type AgentField, type AgentFillReport } from '@/lib/messages';
import { newTemplate, planFill, withRule, type FillPlan } from '@/lib/templates';
import { useStore } from '../app/AppProvider';
import {
  NoSiteAccess, cancelPicking, fillTab, hasSiteAccess, inspectTab, locateField, pickField, requestSiteAccess, undoTab, type TabPage,
} from '../extension/injectAutofill';
import { holdPickingPort } from '../extension/pickingPort';
import { BlockedFrames } from './BlockedFrames';
import { sendMessage } from '../extension/sendMessage';
import { CaptureCard } from './CaptureCard';
import { FieldPreview } from './FieldPreview';
import { FillReportView } from './FillReportView';
import { PickedFieldCard } from './PickedFieldCard';
import { RecordPicker } from './RecordPicker';
import { TemplateCard } from './TemplateCard';
import { useTargetTab } from './useTargetTab';

interface Loaded {
  page: TabPage;
  plan: FillPlan;
  siteEnabled: boolean;
}

/** Merges the frames' last fills into one report (the page keeps them, so undo works after a reopen). */
function lastFillOf(page: TabPage): AgentFillReport | null {
  const fills = page.frames.map((f) => f.page.lastFill).filter((r) => r !== null);
  return fills.length ? { filled: fills.flatMap((r) => r.filled), skipped: fills.flatMap((r) => r.skipped) } : null;
}

/** The side panel beside a government system: pick a record, preview, fill, undo, capture. */
export function SidePanelApp() {
  const store = useStore();
  const { message } = App.useApp();
  const { tabId, version } = useTargetTab();
  const settings = useLiveQuery(() => store.getSettings(), [store]);
  const templates = useLiveQuery(() => store.formTemplates.list(), [store]);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [problem, setProblem] = useState<{ text: string; noAccess: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [refresh, setRefresh] = useState(0);
  // The report of this panel's last fill (it also lists the values the page had no field for).
  const [fillReport, setFillReport] = useState<AgentFillReport | null>(null);
  // 在页面上选取字段: a pick in progress, and the field picked (shown with its key chooser).
  const [picking, setPicking] = useState(false);
  const [picked, setPicked] = useState<AgentField | null>(null);
  const ref = settings?.autofillRecord ?? null;
  useEffect(() => { setFillReport(null); setPicked(null); }, [tabId, version]);

  // Look at the page again whenever the tab, the record, the templates or a fill elsewhere change.
  useEffect(() => {
    if (tabId === null || !settings || !templates) return;
    let live = true;
    (async () => {
      const tab = await browser.tabs.get(tabId);
      if (!tab.url) throw new NoSiteAccess();
      const plan = await planFill(store, tab.url, ref);
      const page = await inspectTab(tabId, plan.overrides);
      const siteEnabled = await hasSiteAccess(tab.url);
      if (live) { setLoaded({ page, plan, siteEnabled }); setProblem(null); }
    })().catch((error: Error) => {
      if (live) { setLoaded(null); setProblem({ text: error.message, noAccess: error instanceof NoSiteAccess }); }
    });
    return () => { live = false; };
  }, [store, tabId, version, refresh, ref, settings, templates]);

  // A fill from the popup, the menu or the shortcut: show its report here too.
  useEffect(() => {
    const listener = (raw: unknown) => {
      const parsed = parseMessage(raw);
      if ('message' in parsed && parsed.message.type === 'autofillChanged' && parsed.message.tabId === tabId) { setFillReport(null); setRefresh((n) => n + 1); }
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [tabId]);

  const act = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    try { await work(); } catch (error) { message.error((error as Error).message); } finally { setBusy(false); setRefresh((n) => n + 1); }
  }, [message]);

  const chooseRecord = (next: RecordRef | null) => act(async () => { await store.saveSettings({ autofillRecord: next }); });
  const correct = (field: AgentField, key: FieldKey | null) => act(async () => {
    const now = new Date().toISOString();
    const base = loaded!.plan.template ?? newTemplate(loaded!.page.url, crypto.randomUUID(), now);
    await store.formTemplates.save(withRule(base, field.selector, key, now));
    message.success('已保存到本站模板');
  });
  const fill = () => act(async () => {
    const report = await fillTab(tabId!, toFillValues(loaded!.plan.values), loaded!.plan.overrides);
    setFillReport(report);
    // Never a silent partial fill: the forms of sites not enabled are named (their warnings stay below).
    if (report.blockedFrames.length) message.warning(`已填写 ${report.filled.length} 项；${report.blockedFrames.join('、')} 的表单需要授权，未填写`);
    else message.success(`已填写 ${report.filled.length} 项`);
  });
  const undo = () => act(async () => {
    const restored = await undoTab(tabId!);
    setFillReport(null);
    message.success(`已撤销，还原了 ${restored} 项`);
  });
  const pickOnPage = async () => {
    setPicking(true);
    setPicked(null);
    const release = holdPickingPort(tabId!);
    try {
      const field = await pickField(tabId!, loaded!.page.frames.map((f) => f.frameId), loaded!.plan.overrides);
      setPicked(field);
    } catch {
      message.error('选取已中断：页面已刷新、跳转或关闭');
    } finally {
      release();
      setPicking(false);
      setRefresh((n) => n + 1);
    }
  };
  const locate = (field: AgentField) => locateField(tabId!, field.ref).catch(() => undefined);
  const enableSite = () => act(async () => {
    const url = loaded?.page.url;
    if (url && !(await requestSiteAccess(url))) throw new Error('没有获得本站的访问权限');
  });
  const enableFrameSite = (origin: string) => act(async () => {
    if (!(await requestSiteAccess(origin))) throw new Error(`没有获得 ${origin} 的访问权限，嵌入的表单仍不会填写`);
    message.success(`已启用 ${origin}，请再点“填写”`);
  });

  const fields = loaded?.page.frames.flatMap((f) => f.page.fields.map((field) => ({ ...field, ref: `${f.frameId}:${field.ref}` }))) ?? [];
  const lastFill = loaded && (fillReport ?? lastFillOf(loaded.page));
  // The picked field as the page describes it now (after a correction: its new key), else as picked.
  const pickedNow = picked && (fields.find((f) => f.ref === picked.ref) ?? picked);

  return (
    <div style={{ padding: 12 }}>
      <Typography.Title level={5} style={{ color: '#c0392b', marginTop: 0 }}>脚步 · 填表助手</Typography.Title>
      {problem && (
        <Alert type="warning" showIcon title={problem.text} style={{ marginBottom: 12 }} data-testid="panel-problem" />
      )}
      {tabId === null && !problem && (
        <Card size="small">
          <Typography.Paragraph>打开需要填写的政务系统页面，在这里选择一条记录，即可把信息填入表单。</Typography.Paragraph>
          <Button block onClick={() => sendMessage({ type: 'openWorkspace', route: '/' })}>打开工作台</Button>
        </Card>
      )}
      {loaded && (
        <>
          <Card size="small" data-testid="target-page">
            <Typography.Text strong ellipsis style={{ display: 'block' }}>{loaded.page.title || loaded.page.url}</Typography.Text>
            <Space style={{ marginTop: 4 }}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{new URL(loaded.page.url).host}</Typography.Text>
              {loaded.siteEnabled
                ? <Typography.Text type="success" style={{ fontSize: 12 }}>已启用本站</Typography.Text>
                : <Button size="small" type="link" onClick={enableSite} data-testid="enable-site">启用本站</Button>}
            </Space>
          </Card>
          <BlockedFrames origins={loaded.page.blockedFrames} onEnable={enableFrameSite} />
          <div style={{ margin: '12px 0' }}>
            <RecordPicker value={ref} onChange={chooseRecord} />
          </div>
          <Space style={{ marginBottom: 8 }}>
            <Button type="primary" onClick={fill} loading={busy} data-testid="fill">填写</Button>
            <Button onClick={undo} disabled={!lastFill || busy} data-testid="undo">撤销</Button>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>共识别 {fields.filter((f) => f.key).length} 个字段</Typography.Text>
          </Space>
          {lastFill && <FillReportView report={lastFill} blocked={loaded.page.blockedFrames} />}
          <div style={{ margin: '8px 0' }}>
            {picking ? (
              <Alert
                type="info"
                showIcon
                data-testid="picking"
                title="在页面上把鼠标移到要更正的字段，点击选取；按 Esc 取消。"
                action={<Button size="small" onClick={() => cancelPicking(tabId!).catch(() => undefined)} data-testid="cancel-pick">取消</Button>}
              />
            ) : (
              <Button block icon={<SelectOutlined />} onClick={pickOnPage} disabled={busy} data-testid="pick-field">在页面上选取字段</Button>
            )}
          </div>
          {pickedNow && (
            <PickedFieldCard field={pickedNow} values={loaded.plan.values} onCorrect={correct} onLocate={locate} onClose={() => setPicked(null)} />
          )}
          <Card size="small" title="填写预览" style={{ marginTop: 12 }} data-testid="preview">
            <FieldPreview fields={fields} values={loaded.plan.values} onCorrect={correct} onLocate={locate} selectedRef={pickedNow?.ref} />
          </Card>
          {tabId !== null && <CaptureCard tabId={tabId} />}
          <TemplateCard url={loaded.page.url} template={loaded.plan.template} all={templates ?? []} />
        </>
      )}
      {!loaded && !problem && tabId !== null && <Spin style={{ display: 'block', marginTop: 24 }} />}
    </div>
  );
}
