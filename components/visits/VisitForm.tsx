import { App, Button, Card, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { VISIT_TYPES, VisitInput, type Visit } from '@/lib/schema';
import { useStore } from '../app/AppProvider';
import { useHashRoute } from '../app/useHashRoute';
import { validateForm } from '../app/zodForm';
import { isoDateItem, todayIso } from '../issues/format';
import { HouseholdPicker } from '../households/HouseholdPicker';
import { useWorkspaceIndex } from '../search/useWorkspaceIndex';

/**
 * 记走访 (民情日记) in under a minute: date today, place from the profile (or the first household
 * picked), households found as you type, topics, what was heard. Ctrl+Enter saves. Editing a
 * draft (快速记一笔) and saving it completes it.
 */
export function VisitForm({ visit }: { visit?: Visit }) {
  const store = useStore();
  const { message } = App.useApp();
  const { params, navigate } = useHashRoute();
  const { index } = useWorkspaceIndex();
  const [form] = Form.useForm();
  const profile = useLiveQuery(() => store.getProfile(), [store]);
  const topics = useLiveQuery(() => store.topics.list(), [store]) ?? [];

  const preset = params.get('household');
  const initial = visit ?? {
    date: todayIso(), type: '入户走访', street: profile?.street ?? '', community: profile?.community ?? '', grid: profile?.grid ?? '',
    householdIds: preset ? [preset] : [], topicIds: params.get('topic') ? [params.get('topic')] : [], companions: [],
  };

  // Place defaults follow the first household picked, when the user has not typed one.
  const householdIds = Form.useWatch('householdIds', form) as string[] | undefined;
  useEffect(() => {
    const first = householdIds?.[0] && index.get('household', householdIds[0]);
    if (!first || visit) return;
    const current = form.getFieldsValue(['place', 'community', 'grid', 'street']);
    form.setFieldsValue({
      place: current.place || first.address, street: first.street || current.street,
      community: first.community || current.community, grid: first.grid || current.grid,
    });
  }, [householdIds?.[0]]); // eslint-disable-line react-hooks/exhaustive-deps

  async function save() {
    const values = form.getFieldsValue();
    const input = validateForm(form, VisitInput, { ...initial, ...values, draft: false });
    if (!input) return;
    const saved = visit ? await store.visits.update(visit.id, input) : await store.visits.create(input);
    message.success(visit?.draft ? '草稿已完善为走访记录' : '走访记录已保存');
    navigate(`/visits?id=${saved.id}`);
  }

  if (profile === undefined) return null;
  return (
    <Card title={visit ? (visit.draft ? '完善草稿' : '编辑走访记录') : '记走访'} extra={<a href="#/visits">返回列表</a>}>
      <Form
        form={form} layout="vertical" initialValues={initial} name="visit" onFinish={save}
        onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) form.submit(); }}
      >
        <Row gutter={16}>
          <Col span={6}><Form.Item label="走访日期" name="date" required {...isoDateItem}><DatePicker style={{ width: '100%' }} allowClear={false} /></Form.Item></Col>
          <Col span={6}><Form.Item label="走访方式" name="type"><Select options={VISIT_TYPES.map((value) => ({ value }))} /></Form.Item></Col>
          <Col span={12}><Form.Item label="走访对象（联系户）" name="householdIds"><HouseholdPicker /></Form.Item></Col>
        </Row>
        <Form.Item label="听到了什么（诉求、意见建议）" name="content">
          <Input.TextArea rows={6} placeholder="如：王桂兰反映楼道灯坏了两个月，晚上上下楼不方便。希望社区多组织老年人活动。" />
        </Form.Item>
        <Form.Item label="现场处置" name="actions"><Input.TextArea rows={2} placeholder="当场做了什么，如：已联系物业登记报修" /></Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item label="关联课题" name="topicIds">
              <Select mode="multiple" allowClear optionFilterProp="label" options={topics.filter((t) => !t.archived || initial.topicIds?.includes(t.id)).map((t) => ({ value: t.id, label: t.title }))} />
            </Form.Item>
          </Col>
          <Col span={12}><Form.Item label="陪同人员" name="companions"><Select mode="tags" placeholder="输入姓名后回车" /></Form.Item></Col>
        </Row>
        <Row gutter={16}>
          <Col span={6}><Form.Item label="走访地点" name="place"><Input /></Form.Item></Col>
          <Col span={6}><Form.Item label="街道" name="street"><Input /></Form.Item></Col>
          <Col span={6}><Form.Item label="社区/村" name="community"><Input /></Form.Item></Col>
          <Col span={6}><Form.Item label="网格" name="grid"><Input /></Form.Item></Col>
        </Row>
        <Row gutter={16}>
          <Col span={6}><Form.Item label="回访日期" name="followUpDate" {...isoDateItem}><DatePicker style={{ width: '100%' }} /></Form.Item></Col>
        </Row>
        <Space>
          <Button type="primary" htmlType="submit" data-testid="save-visit">保存（Ctrl+Enter）</Button>
          <Button href="#/visits">取消</Button>
        </Space>
      </Form>
    </Card>
  );
}
