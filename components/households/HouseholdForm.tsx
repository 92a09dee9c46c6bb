import { App, Col, Form, Input, Modal, Row, Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { CARE_TAGS, HouseholdInput, type Household } from '@/lib/schema';
import { useStore } from '../app/AppProvider';
import { validateForm } from '../app/zodForm';

const TEXT_FIELDS: [keyof HouseholdInput, string, string?][][] = [
  [['phone', '联系电话', '手机或座机'], ['idNumber', '身份证号', '18位'], ['address', '住址', '如：解放社区3号楼2单元101室']],
  [['street', '街道'], ['community', '社区/村'], ['grid', '网格']],
  [['building', '楼栋'], ['unit', '单元'], ['room', '户号']],
];

/** 新建/编辑联系户. `name` pre-fills a new household's name (created inline from a visit). */
export function HouseholdFormModal({ household, name, onClose, onSaved }: {
  household?: Household;
  name?: string;
  onClose: () => void;
  onSaved?: (saved: Household) => void;
}) {
  const store = useStore();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const profile = useLiveQuery(() => store.getProfile(), [store]);
  const initial = household ?? { name: name ?? '', street: profile?.street ?? '', community: profile?.community ?? '', grid: profile?.grid ?? '', careTags: [] };

  async function save() {
    const values = form.getFieldsValue();
    const input = validateForm(form, HouseholdInput, { ...initial, ...values });
    if (!input) return;
    const saved = household ? await store.households.update(household.id, input) : await store.households.create(input);
    message.success(household ? '已保存' : `已新建联系户：${saved.name}`);
    onSaved?.(saved);
    onClose();
  }

  return (
    <Modal open title={household ? '编辑联系户' : '新建联系户'} okText="保存" cancelText="取消" width={720} onOk={save} onCancel={onClose} destroyOnHidden>
      {profile !== undefined && (
        <Form form={form} layout="vertical" initialValues={initial} name="household" preserve={false}>
          <Row gutter={16}>
            <Col span={8}><Form.Item label="姓名" name="name" required><Input autoFocus /></Form.Item></Col>
            <Col span={4}><Form.Item label="性别" name="gender"><Select allowClear options={['男', '女'].map((value) => ({ value }))} /></Form.Item></Col>
            <Col span={12}>
              <Form.Item label="人员类别（需关爱对象）" name="careTags">
                <Select mode="multiple" allowClear options={CARE_TAGS.map((value) => ({ value }))} placeholder="独居老人、低保户……" />
              </Form.Item>
            </Col>
          </Row>
          {TEXT_FIELDS.map((row, i) => (
            <Row gutter={16} key={i}>
              {row.map(([field, label, placeholder]) => (
                <Col span={8} key={field}><Form.Item label={label} name={field}><Input placeholder={placeholder} /></Form.Item></Col>
              ))}
            </Row>
          ))}
          <Form.Item label="备注" name="notes"><Input.TextArea rows={2} /></Form.Item>
        </Form>
      )}
    </Modal>
  );
}
