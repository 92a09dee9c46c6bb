import { App, AutoComplete, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { HANDLING_LEVELS, ISSUE_SOURCES, IssueItemInput, type IssueItem } from '@/lib/schema';
import { useStore } from '../app/AppProvider';
import { validateForm } from '../app/zodForm';
import { isoDateItem } from './format';

/** Categories the seeds use; the user's own appear too once they exist. */
const COMMON_CATEGORIES = ['基础设施', '环境卫生', '民生服务', '政策咨询', '矛盾纠纷', '产业发展', '社会保障', '治安消防'];

/** 登记问题 / 编辑问题: the issue's facts. Its status changes only through the workflow buttons. */
export function IssueFormModal({ issue, categories, onClose, onSaved }: {
  issue?: IssueItem;
  categories: string[];
  onClose: () => void;
  onSaved?: (saved: IssueItem) => void;
}) {
  const store = useStore();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const topics = useLiveQuery(() => store.topics.list(), [store]) ?? [];
  const profile = useLiveQuery(() => store.getProfile(), [store]);
  const categoryOptions = [...new Set([...categories, ...COMMON_CATEGORIES])].map((value) => ({ value }));

  const initial = issue ?? {
    source: '走访', street: profile?.street ?? '', community: profile?.community ?? '', grid: profile?.grid ?? '',
  };

  async function save() {
    // Only the fields on the form: status and history change through the workflow alone.
    const values = form.getFieldsValue();
    const input = validateForm(form, IssueItemInput, { ...initial, ...values });
    if (!input) return;
    const saved = issue ? await store.issues.update(issue.id, values) : await store.issues.create(input);
    message.success(issue ? '已保存' : '已登记到问题清单');
    onSaved?.(saved);
    onClose();
  }

  return (
    <Modal open title={issue ? '编辑问题' : '登记问题'} okText="保存" cancelText="取消" width={720} onOk={save} onCancel={onClose} destroyOnHidden>
      {profile !== undefined && <Form form={form} layout="vertical" initialValues={initial} name="issue" preserve={false}>
        <Form.Item label="问题标题" name="title" required><Input placeholder="一句话概括，如：3号楼楼道灯损坏" /></Form.Item>
        <Form.Item label="问题描述" name="description"><Input.TextArea rows={3} /></Form.Item>
        <Row gutter={16}>
          <Col span={8}><Form.Item label="问题类别" name="category"><AutoComplete options={categoryOptions} filterOption /></Form.Item></Col>
          <Col span={8}><Form.Item label="问题来源" name="source"><Select options={ISSUE_SOURCES.map((value) => ({ value }))} /></Form.Item></Col>
          <Col span={8}><Form.Item label="办理层级" name="handlingLevel"><Select allowClear options={HANDLING_LEVELS.map((value) => ({ value }))} /></Form.Item></Col>
        </Row>
        <Row gutter={16}>
          <Col span={8}><Form.Item label="反映人" name={['raisedBy', 'name']}><Input /></Form.Item></Col>
          <Col span={8}><Form.Item label="反映人电话" name={['raisedBy', 'phone']}><Input /></Form.Item></Col>
          <Col span={8}><Form.Item label="所属社区" name="community"><Input /></Form.Item></Col>
        </Row>
        <Row gutter={16}>
          <Col span={8}><Form.Item label="责任单位" name="ownerUnit"><Input /></Form.Item></Col>
          <Col span={8}><Form.Item label="责任人" name="owner"><Input /></Form.Item></Col>
          <Col span={8}><Form.Item label="完成时限" name="deadline" {...isoDateItem}><DatePicker style={{ width: '100%' }} /></Form.Item></Col>
        </Row>
        <Form.Item label="整改措施" name="measures"><Input.TextArea rows={2} /></Form.Item>
        <Form.Item label="关联课题" name="topicIds">
          <Select mode="multiple" allowClear options={topics.map((t) => ({ value: t.id, label: t.title }))} />
        </Form.Item>
      </Form>}
    </Modal>
  );
}
