import { Alert, App, Button, Card, Checkbox, Collapse, Flex, Input, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import {
  chineseDate, editSection, loadReportData, localIsoDate, regenerateDraft, resetSection, staleFigures,
} from '@/lib/report';
import { ValidationError, type ReportDraft, type ReportFigure, type ReportSection } from '@/lib/schema';
import { useStore } from '../app/AppProvider';
import type { useDocxExport } from './useDocxExport';
import { useReportContext } from './useReportContext';

type Exporter = ReturnType<typeof useDocxExport>;

/** Edits one draft: every section is text; generated parts can be refreshed without losing edits. */
export function ReportComposer({ id, exporter, onBack }: { id: string; exporter: Exporter; onBack: () => void }) {
  const store = useStore();
  const { message } = App.useApp();
  const { fonts } = useReportContext();
  const [draft, setDraft] = useState<ReportDraft | null | undefined>(undefined);
  const [saveState, setSaveState] = useState<string>('');
  const loaded = useRef(false);

  useEffect(() => {
    loaded.current = false;
    store.getReportDraft(id).then(setDraft, () => setDraft(null));
  }, [store, id]);

  // Saves each change shortly after typing stops; a draft that does not validate is kept on screen.
  useEffect(() => {
    if (!draft) return;
    if (!loaded.current) { loaded.current = true; return; }
    setSaveState('正在保存…');
    const timer = setTimeout(() => {
      store.saveReportDraft(draft).then(
        () => setSaveState('已自动保存'),
        (error: unknown) => setSaveState(error instanceof ValidationError ? `未保存：${error.message}` : '保存失败，请重试'),
      );
    }, 600);
    return () => clearTimeout(timer);
  }, [store, draft]);

  if (draft === undefined) return null;
  if (draft === null) return <Alert type="warning" title="找不到这份草稿，可能已被删除" action={<Button onClick={onBack}>返回</Button>} />;

  async function regenerate(base: ReportDraft) {
    const data = await loadReportData(store);
    const { draft: next } = regenerateDraft(base, data, { asOf: localIsoDate() });
    setDraft(next);
    message.success('已用最新记录更新自动生成的部分，您修改过的章节保持不变');
  }

  const stale = staleFigures(draft);
  const figures = new Map(draft.figures.map((f) => [f.key, f]));
  const update = (patch: Partial<ReportDraft>) => setDraft({ ...draft, ...patch });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 960 }} data-testid="report-composer">
      <Flex gap={8} wrap align="center">
        <Button onClick={onBack}>返回列表</Button>
        <Button onClick={() => regenerate(draft)} data-testid="regenerate">用最新记录重新生成</Button>
        <Button
          type="primary" loading={!!exporter.exporting} data-testid="export-draft"
          onClick={() => exporter.run('调研报告', draft.title, { kind: 'report', draft, fonts })}
        >
          导出 Word
        </Button>
        <Typography.Text type="secondary" data-testid="save-state">{saveState}</Typography.Text>
      </Flex>
      {stale.length > 0 && (
        <Alert
          type="warning" showIcon data-testid="stale-figures"
          title="您修改过的章节中有数字与最新记录不一致"
          description={stale.map((s) => `${s.section}：${s.label}原为${s.was}，记录中现为${s.now}`).join('；')}
        />
      )}
      <Card size="small" title="标题与落款">
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Input
            addonBefore="标题" value={draft.title} data-testid="report-title" status={draft.title.trim() ? undefined : 'error'}
            onChange={(e) => update({ title: e.target.value, titleEdited: true })}
          />
          <Input addonBefore="落款单位" value={draft.signatureUnit} onChange={(e) => update({ signatureUnit: e.target.value })} />
        </Space>
      </Card>
      {draft.sections.map((section) => (
        <SectionEditor
          key={section.key} section={section} figures={figures}
          onChange={(patch) => setDraft(editSection(draft, section.key, patch))}
          onReset={() => regenerate(resetSection(draft, section.key))}
        />
      ))}
      <Card size="small" title="附件">
        <Space orientation="vertical">
          {draft.appendices.map((a, k) => (
            <Checkbox
              key={a.key} checked={a.include}
              onChange={(e) => update({ appendices: draft.appendices.map((x) => (x.key === a.key ? { ...x, include: e.target.checked } : x)) })}
            >
              附件{k + 1}：{a.title}（{a.rows.length}行）
            </Checkbox>
          ))}
        </Space>
      </Card>
      <FigureSources figures={draft.figures} asOf={draft.dataAsOf} />
    </Space>
  );
}

function SectionEditor({ section, figures, onChange, onReset }: {
  section: ReportSection;
  figures: Map<string, ReportFigure>;
  onChange: (patch: Partial<Pick<ReportSection, 'text' | 'heading'>>) => void;
  onReset: () => void;
}) {
  const title = section.key === 'opening'
    ? '开头段'
    : <Input variant="borderless" value={section.heading} onChange={(e) => onChange({ heading: e.target.value })} style={{ fontWeight: 600 }} />;
  const extra = section.edited
    ? <Space><Tag color="orange">已修改</Tag><Button size="small" onClick={onReset}>恢复自动生成</Button></Space>
    : <Tag color="green">自动生成</Tag>;
  return (
    <Card size="small" title={title} extra={extra} data-testid={`section-${section.key}`}>
      {section.prompt && (
        <Alert type="info" style={{ marginBottom: 8, whiteSpace: 'pre-wrap' }} title="请针对以下问题写明对策建议" description={section.prompt} />
      )}
      <Input.TextArea
        value={section.text} autoSize={{ minRows: 3 }} onChange={(e) => onChange({ text: e.target.value })}
        placeholder="每段一行；以（一）、1.、（1）开头的行按相应层级的标题排版"
      />
      {Object.keys(section.figures).length > 0 && (
        <Flex gap={4} wrap style={{ marginTop: 8 }} data-testid="section-figures">
          <Typography.Text type="secondary">数字来源：</Typography.Text>
          {Object.entries(section.figures).map(([key, stated]) => {
            const f = figures.get(key);
            const changed = f !== undefined && f.value !== stated;
            return (
              <Tooltip key={key} title={f?.source ?? '该数字已不在最新统计中'}>
                <Tag color={changed ? 'warning' : undefined}>
                  {f?.label ?? key} {stated}{f?.unit}{changed ? `（现为${f.value}）` : ''}
                </Tag>
              </Tooltip>
            );
          })}
        </Flex>
      )}
    </Card>
  );
}

function FigureSources({ figures, asOf }: { figures: ReportFigure[]; asOf: string }) {
  return (
    <Collapse
      size="small"
      items={[{
        key: 'sources',
        label: `全部数字及其来源（统计日期 ${chineseDate(asOf)}）`,
        children: (
          <Table
            size="small" rowKey="key" pagination={false} dataSource={figures}
            columns={[
              { title: '项目', dataIndex: 'label', width: 180 },
              { title: '数值', render: (_, f) => `${f.value}${f.unit}`, width: 100 },
              { title: '统计口径', dataIndex: 'source' },
            ]}
          />
        ),
      }]}
    />
  );
}
