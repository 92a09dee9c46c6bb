import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Popconfirm, Select, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { FIELD_KEY_NAMES, type FieldKey } from '@/lib/autofill-values';
import { exportTemplates, newTemplate, parseTemplateFile, withFixedValue, type FormTemplate } from '@/lib/templates';
import { useStore } from '../app/AppProvider';
import { KEY_GROUPS, searchKeys } from './keyOptions';

function download(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** This site's template: its corrections and fixed values; all templates exported or imported as one file. */
export function TemplateCard({ url, template, all }: { url: string; template: FormTemplate | undefined; all: FormTemplate[] }) {
  const store = useStore();
  const { message } = App.useApp();
  const [key, setKey] = useState<FieldKey | null>(null);
  const [value, setValue] = useState('');
  const now = () => new Date().toISOString();

  const setFixed = async (k: FieldKey, v: string) => {
    const base = template ?? newTemplate(url, crypto.randomUUID(), now());
    await store.formTemplates.save(withFixedValue(base, k, v, now()));
  };
  const importFile = async (file: File) => {
    try {
      const templates = parseTemplateFile(await file.text());
      await store.formTemplates.saveAll(templates);
      message.success(`已导入 ${templates.length} 个模板`);
    } catch (error) {
      message.error((error as Error).message);
    }
    return false;
  };

  return (
    <Card size="small" title="本站模板" style={{ marginTop: 12 }} data-testid="template-card">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {template
          ? `${template.name}（${template.site}${template.pathPattern}）：${template.rules.length} 条字段更正，下次先按模板识别。`
          : '在上面更改字段的类型或添加固定值后，会为本站保存模板，下次先按模板识别。'}
      </Typography.Paragraph>
      {Object.entries(template?.fixed ?? {}).map(([k, v]) => (
        <div key={k} data-testid="fixed-value">
          {FIELD_KEY_NAMES[k as FieldKey]} 固定为 <Typography.Text strong>{Array.isArray(v) ? v.join('、') : v}</Typography.Text>
          <Button type="link" size="small" icon={<DeleteOutlined />} aria-label="删除固定值" onClick={() => setFixed(k as FieldKey, '')} />
        </div>
      ))}
      <Space.Compact style={{ width: '100%', marginTop: 4 }}>
        <Select size="small" style={{ width: 120 }} placeholder="字段" options={KEY_GROUPS} value={key} onChange={setKey} showSearch={{ filterOption: searchKeys }} />
        <Input size="small" placeholder="固定值，如 入户走访" value={value} onChange={(e) => setValue(e.target.value)} />
        <Button size="small" data-testid="add-fixed" disabled={!key || !value.trim()} onClick={async () => { await setFixed(key!, value.trim()); setValue(''); }}>添加</Button>
      </Space.Compact>
      <Space style={{ marginTop: 8 }}>
        <Button size="small" data-testid="export-templates" disabled={!all.length} onClick={() => download(exportTemplates(all, now()), '脚步表单模板.json')}>导出模板</Button>
        <Upload accept=".json,application/json" showUploadList={false} beforeUpload={importFile}>
          <Button size="small">导入模板</Button>
        </Upload>
        {template && (
          <Popconfirm title="删除本站模板？字段更正和固定值都会删除。" okText="删除" cancelText="取消" onConfirm={() => store.formTemplates.remove(template.id)}>
            <Button size="small" danger type="text">删除本站模板</Button>
          </Popconfirm>
        )}
      </Space>
    </Card>
  );
}
