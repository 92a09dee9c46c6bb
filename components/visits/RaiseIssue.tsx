import { App, AutoComplete, Form, Input, Modal } from 'antd';
import { IssueItemInput, type Household, type Visit } from '@/lib/schema';
import { useStore } from '../app/AppProvider';
import { validateForm } from '../app/zodForm';

const CATEGORIES = ['基础设施', '环境卫生', '民生服务', '政策咨询', '矛盾纠纷', '产业发展', '社会保障', '治安消防'];

/** An issue pre-filled from a visit and one sentence of what was heard (转为问题). */
export function issueFromVisit(visit: Visit, sentence: string, household?: Household): IssueItemInput {
  const text = sentence.trim();
  return {
    title: text.replace(/[。！？；!?;，,\s]+$/, '').slice(0, 40),
    description: text, source: visit.type === '座谈会' ? '座谈' : '走访', status: '待办',
    raisedBy: { householdId: household?.id ?? null, name: household?.name ?? '', phone: household?.phone ?? '' },
    place: visit.place, street: visit.street, community: visit.community, grid: visit.grid,
    visitId: visit.id, topicIds: visit.topicIds,
  };
}

/** 转为问题: confirm the title and category, then the issue goes on the list as 待办. */
export function RaiseIssueModal({ visit, sentence, household, onClose }: {
  visit: Visit; sentence: string; household?: Household; onClose: () => void;
}) {
  const store = useStore();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const prefilled = issueFromVisit(visit, sentence, household);

  async function save() {
    const input = validateForm(form, IssueItemInput, { ...prefilled, ...form.getFieldsValue() });
    if (!input) return;
    const issue = await store.issues.create(input);
    message.success(<span>已登记到问题清单（待办）<a href={`#/issues?id=${issue.id}`} data-testid="raised-issue-link" style={{ marginLeft: 8 }}>查看问题</a></span>, 6);
    onClose();
  }

  return (
    <Modal open title="转为问题" okText="登记到问题清单" cancelText="取消" onOk={save} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" name="raise" preserve={false}
        initialValues={{ title: prefilled.title, description: prefilled.description, category: '' }}>
        <Form.Item label="问题标题" name="title" required><Input /></Form.Item>
        <Form.Item label="问题描述" name="description"><Input.TextArea rows={3} /></Form.Item>
        <Form.Item label="问题类别" name="category"><AutoComplete options={CATEGORIES.map((value) => ({ value }))} filterOption /></Form.Item>
        <p style={{ color: '#888' }}>
          反映人、地点、网格和关联课题取自这次走访{household ? `（${household.name}）` : ''}；责任人、时限和整改措施在问题清单中补充。
        </p>
      </Form>
    </Modal>
  );
}
