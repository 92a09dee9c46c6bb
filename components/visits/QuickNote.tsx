import { App, Button, Card, DatePicker, Form, Input, Space } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { VisitInput } from '@/lib/schema';
import { useStore } from '../app/AppProvider';
import { useHashRoute } from '../app/useHashRoute';
import { validateForm } from '../app/zodForm';
import { isoDateItem, todayIso } from '../issues/format';
import { HouseholdPicker } from '../households/HouseholdPicker';

/** 快速记一笔 (from the toolbar popup): date, whom, what was heard — a draft to complete later. */
export function QuickNote() {
  const store = useStore();
  const { message } = App.useApp();
  const { navigate } = useHashRoute();
  const [form] = Form.useForm();
  const profile = useLiveQuery(() => store.getProfile(), [store]);
  const initial = { date: todayIso(), householdIds: [], content: '' };

  async function save() {
    const values = form.getFieldsValue();
    const input = validateForm(form, VisitInput, {
      ...values, draft: true, street: profile?.street ?? '', community: profile?.community ?? '', grid: profile?.grid ?? '',
    });
    if (!input) return;
    await store.visits.create(input);
    message.success('已存为草稿，可在“走访记录”中完善');
    navigate('/visits');
  }

  if (profile === undefined) return null;
  return (
    <Card title="快速记一笔" style={{ maxWidth: 640 }} extra={<a href="#/visits">走访记录</a>}>
      <Form form={form} layout="vertical" initialValues={initial} name="quick" onFinish={save}
        onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) form.submit(); }}>
        <Form.Item label="日期" name="date" {...isoDateItem}><DatePicker allowClear={false} /></Form.Item>
        <Form.Item label="走访对象" name="householdIds"><HouseholdPicker /></Form.Item>
        <Form.Item label="听到了什么" name="content"><Input.TextArea rows={5} autoFocus placeholder="先记下要点，回头再补全" /></Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" data-testid="save-quick">存为草稿</Button>
          <Button href="#/visits">取消</Button>
        </Space>
      </Form>
    </Card>
  );
}
