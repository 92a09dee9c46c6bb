import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { App, Button, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, Space } from 'antd';
import { TOPIC_METHODS, TOPIC_STATUSES, TopicInput, type Topic } from '@/lib/schema';
import { chineseNumber, parseKeyPoints } from '@/lib/topics';
import { useStore } from '../app/AppProvider';
import { validateForm } from '../app/zodForm';
import { isoDateItem } from '../issues/format';

/** 新建/编辑课题: key points as an ordered list (一是…二是…), or pasted as one text and split. */
export function TopicFormModal({ topic, year, onClose }: { topic?: Topic; year: number; onClose: () => void }) {
  const store = useStore();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm();
  const initial = topic ?? { year, status: '计划中', keyPoints: [''], methods: [], places: [], lead: { name: '', position: '' }, researchDays: 0 };

  async function save() {
    const values = form.getFieldsValue();
    const keyPoints = ((values.keyPoints ?? []) as string[]).map((p) => (p ?? '').trim()).filter(Boolean);
    const input = validateForm(form, TopicInput, { ...initial, ...values, keyPoints });
    if (!input) return;
    if (topic) await store.topics.update(topic.id, input);
    else await store.topics.create(input);
    message.success(topic ? '课题已保存' : '课题已创建');
    onClose();
  }

  function pastePoints() {
    let text = '';
    modal.confirm({
      title: '粘贴要点', okText: '拆分为要点', cancelText: '取消',
      content: <Input.TextArea rows={6} placeholder="一是……；二是……；三是……" onChange={(e) => { text = e.target.value; }} />,
      onOk: () => { const points = parseKeyPoints(text); if (points.length) form.setFieldValue('keyPoints', points); },
    });
  }

  return (
    <Modal open title={topic ? '编辑课题' : '新建调研课题'} okText="保存" cancelText="取消" width={760} onOk={save} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={initial} name="topic" preserve={false}>
        <Row gutter={16}>
          <Col span={18}><Form.Item label="课题名称" name="title" required><Input placeholder="如：党建引领城乡基层治理" /></Form.Item></Col>
          <Col span={6}><Form.Item label="年度" name="year" required><InputNumber style={{ width: '100%' }} min={2000} max={2100} /></Form.Item></Col>
        </Row>
        <Row gutter={16}>
          <Col span={8}><Form.Item label="责任人" name={['lead', 'name']}><Input placeholder="如：刘东" /></Form.Item></Col>
          <Col span={16}><Form.Item label="职务" name={['lead', 'position']}><Input placeholder="如：建国街道党工委副书记、办事处主任" /></Form.Item></Col>
        </Row>
        <Form.Item label={<Space>主要内容（要点）<Button size="small" type="link" onClick={pastePoints}>粘贴一段文字拆分</Button></Space>}>
          <Form.List name="keyPoints">
            {(fields, { add, remove, move }) => (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {fields.map((field, i) => (
                  <Space key={field.key} align="start" style={{ width: '100%' }}>
                    <span style={{ display: 'inline-block', width: 44, lineHeight: '32px' }}>{chineseNumber(i + 1)}是</span>
                    <Form.Item name={field.name} noStyle><Input style={{ width: 520 }} data-testid={`key-point-${i}`} /></Form.Item>
                    <Button icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, i - 1)} aria-label="上移" />
                    <Button icon={<ArrowDownOutlined />} disabled={i === fields.length - 1} onClick={() => move(i, i + 1)} aria-label="下移" />
                    <Button icon={<DeleteOutlined />} onClick={() => remove(i)} aria-label="删除要点" />
                  </Space>
                ))}
                <Button type="dashed" onClick={() => add('')} data-testid="add-key-point">添加要点</Button>
              </Space>
            )}
          </Form.List>
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item label="方式方法" name="methods">
              <Select mode="tags" options={TOPIC_METHODS.map((value) => ({ value }))} placeholder="选择或输入" />
            </Form.Item>
          </Col>
          <Col span={12}><Form.Item label="调研地点" name="places"><Select mode="tags" placeholder="如：台兴村、各社区（回车分隔）" /></Form.Item></Col>
        </Row>
        <Row gutter={16}>
          <Col span={6}><Form.Item label="开始日期" name="startDate" {...isoDateItem}><DatePicker style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={6}><Form.Item label="结束日期" name="endDate" {...isoDateItem}><DatePicker style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={6}><Form.Item label="状态" name="status"><Select options={TOPIC_STATUSES.map((value) => ({ value }))} /></Form.Item></Col>
          <Col span={6}>
            <Form.Item label="另行登记的调研天数" name="researchDays" tooltip="走访记录之外的调研天数；取它与走访日期天数中较大者">
              <InputNumber style={{ width: '100%' }} min={0} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
