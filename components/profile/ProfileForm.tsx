import { App, Button, Form, Input } from 'antd';
import { useEffect } from 'react';
import { ProfileInput, type Profile } from '@/lib/schema';
import { useStore } from '../app/AppProvider';
import { validateForm } from '../app/zodForm';

const FIELDS: { name: keyof ProfileInput; label: string; placeholder: string; required?: boolean }[] = [
  { name: 'name', label: '姓名', placeholder: '如：王小明', required: true },
  { name: 'unit', label: '单位', placeholder: '如：建国街道办事处', required: true },
  { name: 'position', label: '职务', placeholder: '如：社区党委书记' },
  { name: 'phone', label: '联系电话', placeholder: '手机或座机' },
  { name: 'street', label: '所属街道', placeholder: '如：建国街道' },
  { name: 'community', label: '所属社区/村', placeholder: '如：解放社区' },
  { name: 'grid', label: '所属网格', placeholder: '如：解放第一网格' },
];

/** 我的信息: the facts the user types most often, filled into forms and defaults later. */
export function ProfileForm({ initial, onSaved, submitText = '保存' }: {
  initial?: Profile;
  onSaved?: (profile: Profile) => void;
  submitText?: string;
}) {
  const store = useStore();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  useEffect(() => { if (initial) form.setFieldsValue(initial); }, [initial, form]);

  async function save(values: unknown) {
    const input = validateForm(form, ProfileInput, values);
    if (!input) return;
    const profile = await store.saveProfile(input);
    message.success('已保存');
    onSaved?.(profile);
  }

  return (
    <Form form={form} layout="vertical" onFinish={save} style={{ maxWidth: 480 }} data-testid="profile-form">
      {FIELDS.map((f) => (
        <Form.Item key={f.name} name={f.name} label={f.label} required={f.required}>
          <Input placeholder={f.placeholder} id={`profile-${f.name}`} />
        </Form.Item>
      ))}
      <Button type="primary" htmlType="submit">{submitText}</Button>
    </Form>
  );
}
