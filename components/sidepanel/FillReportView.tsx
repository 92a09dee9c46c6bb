import { Alert, Collapse, Typography } from 'antd';
import { FIELD_KEY_NAMES } from '@/lib/autofill-values';
import type { AgentFillReport } from '@/lib/messages';
import { NOT_ON_PAGE } from '../extension/injectAutofill';
import { plainLabel } from './FieldPreview';

const shown = (value: string | string[]) => (Array.isArray(value) ? value.join('、') : value);

/**
 * After a fill: what went in, what was skipped and why (page fields first, then unused values), and
 * the embedded sites not enabled, whose forms were not filled (`blocked`, their origins).
 */
export function FillReportView({ report, blocked = [] }: { report: AgentFillReport; blocked?: string[] }) {
  const onPage = report.skipped.filter((s) => s.label && s.reason !== NOT_ON_PAGE);
  const unused = report.skipped.filter((s) => !onPage.includes(s));
  return (
    <div data-testid="fill-report">
      <Alert
        type={report.filled.length && !blocked.length ? 'success' : 'warning'}
        showIcon
        title={`已填写 ${report.filled.length} 项，跳过 ${onPage.length} 项${blocked.length ? `；嵌入的 ${blocked.join('、')} 的表单未填写（需要授权）` : ''}`}
        description="页面上已填写的字段以绿色边框标出。请核对后再在页面上提交。"
      />
      <Collapse
        size="small"
        style={{ marginTop: 8 }}
        defaultActiveKey={['skipped']}
        items={[
          {
            key: 'filled', label: `已填写（${report.filled.length}）`,
            children: report.filled.map((f, i) => (
              <div key={i}><Typography.Text strong>{plainLabel(f.label)}</Typography.Text>：{shown(f.value)}</div>
            )),
          },
          {
            key: 'skipped', label: `跳过及原因（${onPage.length}）`,
            children: (
              <>
                {onPage.map((s, i) => (
                  <div key={i} data-testid="skipped-row"><Typography.Text strong>{plainLabel(s.label!)}</Typography.Text>：{s.reason}</div>
                ))}
                {unused.length > 0 && (
                  <Typography.Paragraph type="secondary" style={{ marginTop: 6, marginBottom: 0, fontSize: 12 }}>
                    页面上没有对应字段、未用到的信息：{unused.map((s) => (s.key ? FIELD_KEY_NAMES[s.key] : s.label)).join('、')}
                  </Typography.Paragraph>
                )}
              </>
            ),
          },
        ]}
      />
    </div>
  );
}
