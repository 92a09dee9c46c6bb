import { AimOutlined } from '@ant-design/icons';
import { Button, Empty, List, Select, Space, Tag, Typography } from 'antd';
import { DATE_KEYS } from '@/lib/autofill';
import { formatDateZh, type FieldKey, type SourcedValues } from '@/lib/autofill-values';
import type { AgentField } from '@/lib/messages';
import { KEY_GROUPS, searchKeys } from './keyOptions';

const KEY_OPTIONS = [{ label: '不填写', title: '不填写', options: [{ value: '', label: '不填写', search: '不填写' }] }, ...KEY_GROUPS];

/** A value as the user reads it: lists with 、, dates as 2023年6月8日 (the page gets its own format). */
export const shownValue = (key: FieldKey, value: string | string[]) =>
  Array.isArray(value) ? value.join('、') : DATE_KEYS.has(key) ? formatDateZh(value) : value;
/**
 * What a field will get: its key's value, or for a cascader or a date range the values of all the keys it
 * takes, as 建国街道 / 光明社区 / 第一网格 or 2023年6月8日 至 2023年12月31日.
 */
function plannedFor(field: AgentField, values: SourcedValues): { shown: string; source: string } | undefined {
  const keys = field.valueKeys.length > 1 ? field.valueKeys : field.key ? [field.key] : [];
  const found = keys.flatMap((key) => (values[key] ? [{ key, ...values[key] }] : []));
  if (!found.length) return undefined;
  const joiner = found.every((f) => DATE_KEYS.has(f.key)) ? ' 至 ' : ' / ';
  return {
    shown: found.map((f) => shownValue(f.key, f.value)).join(joiner),
    source: [...new Set(found.map((f) => f.source))].join('、'),
  };
}

/** "*户主姓名：" and "填 报 人：" as a person says them: 户主姓名, 填报人. */
export const plainLabel = (label: string) => label.replace(/[\s\u3000*＊]+/g, '').replace(/[:：]+$/, '');

/**
 * Before filling: each field found on the page, the value it will receive and where that value
 * comes from. Changing a field's key saves the correction in this site's template.
 */
export function FieldPreview({ fields, values, onCorrect, onLocate, selectedRef }: {
  fields: AgentField[];
  /** The field picked on the page, shown marked. */
  selectedRef?: string | null;
  values: SourcedValues;
  onCorrect: (field: AgentField, key: FieldKey | null) => void;
  /** Shows the field on the page. */
  onLocate: (field: AgentField) => void;
}) {
  if (!fields.length) return <Empty description="这个页面上没有找到可以填写的表单字段" />;
  return (
    <List
      size="small"
      dataSource={fields}
      rowKey={(f) => f.ref}
      renderItem={(field) => {
        const planned = plannedFor(field, values);
        const label = plainLabel(field.label);
        return (
          <List.Item
            data-testid="field-row"
            data-label={label}
            data-selected={field.ref === selectedRef || undefined}
            style={{ display: 'block', padding: '6px 4px', background: field.ref === selectedRef ? '#fff1f0' : undefined }}
          >
            <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
              <span>
                <Typography.Link strong title="在页面上定位这个字段" onClick={() => onLocate(field)}>{label || '（无标签）'}</Typography.Link>
                {field.section && <Typography.Text type="secondary" style={{ fontSize: 12 }}> · {field.section}</Typography.Text>}
                {field.fromTemplate && <Tag color="blue" style={{ marginLeft: 4 }}>模板</Tag>}
              </span>
              <span style={{ whiteSpace: 'nowrap' }}>
                <Button type="text" size="small" icon={<AimOutlined />} title="定位" aria-label={`定位${label}`} onClick={() => onLocate(field)} data-testid="locate-field" />
                <Select
                  size="small"
                  aria-label={`${label}的字段类型`}
                  style={{ width: 132 }}
                  showSearch={{ filterOption: searchKeys }}
                  value={field.key ?? ''}
                  options={KEY_OPTIONS}
                  onChange={(key: string) => onCorrect(field, (key || null) as FieldKey | null)}
                />
              </span>
            </Space>
            {planned ? (
              <div data-testid="field-value">
                <Typography.Text>{planned.shown}</Typography.Text>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>来自 {planned.source}</Typography.Text>
              </div>
            ) : (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {field.key ? '没有可填的值，不填写' : field.reason ?? '不填写'}
              </Typography.Text>
            )}
          </List.Item>
        );
      }}
    />
  );
}
