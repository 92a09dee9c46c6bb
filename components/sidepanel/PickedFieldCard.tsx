import { AimOutlined, CloseOutlined } from '@ant-design/icons';
import { Button, Card, Select, Space, Tag, Typography } from 'antd';
import { FIELD_KEY_NAMES, type FieldKey, type SourcedValues } from '@/lib/autofill-values';
import type { AgentField } from '@/lib/messages';
import { plainLabel, shownValue } from './FieldPreview';
import { KEY_GROUPS, searchKeys } from './keyOptions';

/**
 * The field the user picked on the page: what it was recognised as, what it will receive, and a key
 * chooser. The choice is saved as a correction in this site's template (onCorrect).
 */
export function PickedFieldCard({ field, values, onCorrect, onLocate, onClose }: {
  field: AgentField;
  values: SourcedValues;
  onCorrect: (field: AgentField, key: FieldKey | null) => void;
  onLocate: (field: AgentField) => void;
  onClose: () => void;
}) {
  const planned = field.key ? values[field.key] : undefined;
  const skipped = field.fromTemplate && !field.key;
  return (
    <Card
      size="small"
      title="已选取的字段"
      style={{ marginBottom: 12, borderColor: '#c0392b' }}
      extra={<Button type="text" size="small" icon={<CloseOutlined />} aria-label="关闭" onClick={onClose} />}
      data-testid="picked-field"
    >
      <Space wrap size={4}>
        <Typography.Text strong data-testid="picked-label">{plainLabel(field.label) || '（无标签）'}</Typography.Text>
        {field.section && <Typography.Text type="secondary" style={{ fontSize: 12 }}>· {field.section}</Typography.Text>}
        {field.fromTemplate && <Tag color="blue">模板</Tag>}
        <Button type="link" size="small" icon={<AimOutlined />} onClick={() => onLocate(field)}>定位</Button>
      </Space>
      <div style={{ margin: '6px 0', fontSize: 12 }} data-testid="picked-now">
        <Typography.Text type="secondary">识别为：</Typography.Text>
        {field.key ? FIELD_KEY_NAMES[field.key] : skipped ? '不填写（模板）' : `未识别（${field.reason ?? '没有找到字段名称'}）`}
        <br />
        <Typography.Text type="secondary">将填写：</Typography.Text>
        {planned ? `${shownValue(field.key!, planned.value)}（来自 ${planned.source}）` : '不填写'}
      </div>
      <Space.Compact style={{ width: '100%' }}>
        <Select
          autoFocus
          style={{ flex: 1 }}
          aria-label="这个字段应填"
          placeholder="搜索要填的信息，如 电话、住址"
          value={field.key ?? undefined}
          options={KEY_GROUPS}
          showSearch={{ filterOption: searchKeys }}
          onChange={(key: FieldKey) => onCorrect(field, key)}
          data-testid="picked-key"
        />
        <Button onClick={() => onCorrect(field, null)} disabled={skipped} data-testid="picked-skip">不填写此字段</Button>
      </Space.Compact>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '6px 0 0' }}>
        选择后保存到本站模板，下次识别和填写时先按模板。
      </Typography.Paragraph>
    </Card>
  );
}
