import { Alert, AutoComplete, DatePicker, Form, Input, Modal, Select } from 'antd';
import { useState, type ReactNode } from 'react';
import { ISSUE_ACTIONS, runIssueAction, type IssueAction } from '@/lib/issues';
import { HANDLING_LEVELS, ValidationError, type IssueItem } from '@/lib/schema';
import { useStore } from '../app/AppProvider';
import { sendMessage } from '../extension/sendMessage';
import { isoDateItem, todayIso } from './format';

const WAYS = ['当面', '电话', '上门', '微信', '书面'].map((value) => ({ value }));

/** What each workflow step asks for; the rules themselves live in lib/issues and answer in Chinese. */
function fieldsFor(action: IssueAction): ReactNode {
  switch (action) {
    case 'startHandling':
      return (
        <>
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title="定人定事定时定责：明确责任人、完成时限和整改措施后开始办理。" />
          <Form.Item label="责任单位" name="ownerUnit"><Input /></Form.Item>
          <Form.Item label="责任人" name="owner"><Input /></Form.Item>
          <Form.Item label="完成时限" name="deadline" {...isoDateItem}><DatePicker style={{ width: '100%' }} /></Form.Item>
          <Form.Item label="整改措施" name="measures"><Input.TextArea rows={3} /></Form.Item>
          <Form.Item label="办理层级" name="handlingLevel"><Select allowClear options={HANDLING_LEVELS.map((value) => ({ value }))} /></Form.Item>
        </>
      );
    case 'finishHandling':
      return <Form.Item label="办理结果" name="result"><Input.TextArea rows={3} placeholder="做了什么、解决到什么程度" /></Form.Item>;
    case 'closeIssue':
      return (
        <>
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title="销号前须将办理结果反馈给反映问题的群众。" />
          <Form.Item label="反馈日期" name={['feedback', 'date']} {...isoDateItem}><DatePicker style={{ width: '100%' }} /></Form.Item>
          <Form.Item label="反馈方式" name={['feedback', 'way']}><AutoComplete options={WAYS} /></Form.Item>
          <Form.Item label="反馈内容" name={['feedback', 'content']}><Input.TextArea rows={3} placeholder="告知了什么，群众的意见" /></Form.Item>
        </>
      );
    case 'explainUnsolvable':
      return (
        <>
          <Form.Item label="解释说明" name="explanation"><Input.TextArea rows={3} placeholder="为什么无法解决，向群众作了哪些解释" /></Form.Item>
          <Form.Item label="解释日期" name="date" {...isoDateItem}><DatePicker style={{ width: '100%' }} /></Form.Item>
          <Form.Item label="解释方式" name="way"><AutoComplete options={WAYS} /></Form.Item>
        </>
      );
    case 'reopenIssue':
      return <Form.Item label="重新办理的原因" name="reason"><Input.TextArea rows={3} /></Form.Item>;
  }
}

function initialValues(action: IssueAction, issue: IssueItem) {
  const today = todayIso();
  if (action === 'startHandling') {
    const { ownerUnit, owner, deadline, measures, handlingLevel } = issue;
    return { ownerUnit, owner, deadline, measures, handlingLevel };
  }
  if (action === 'closeIssue') return { feedback: { date: today } };
  if (action === 'explainUnsolvable') return { date: today };
  return {};
}

/** One workflow step as a small form; a refusal is shown in the dialog and nothing is written. */
export function ActionDialog({ issue, action, onClose, onDone }: {
  issue: IssueItem;
  action: IssueAction;
  onClose: () => void;
  onDone: (before: IssueItem, after: IssueItem) => void;
}) {
  const store = useStore();
  const [form] = Form.useForm();
  const [refusal, setRefusal] = useState<string | null>(null);
  const { label } = ISSUE_ACTIONS[action];

  async function submit() {
    try {
      const after = await runIssueAction(store, issue.id, action, form.getFieldsValue(true));
      onDone(issue, after);
      sendMessage({ type: 'refreshReminders' }).catch(() => undefined);
      onClose();
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      setRefusal(e.message);
    }
  }

  return (
    <Modal open title={`${label}：${issue.title}`} okText={label} cancelText="取消" onOk={submit} onCancel={onClose} destroyOnHidden>
      {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 16 }} data-testid="refusal" />}
      <Form form={form} layout="vertical" initialValues={initialValues(action, issue)} onValuesChange={() => setRefusal(null)}>
        {fieldsFor(action)}
      </Form>
    </Modal>
  );
}
