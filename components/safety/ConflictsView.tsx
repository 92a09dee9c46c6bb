import { App, Button, Card, Descriptions, Empty, Space, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { keepCurrent, listConflicts, adoptVersion, editorNameOf, type Conflict, type Versioned } from '@/lib/merge';
import { useStore } from '../app/AppProvider';
import { formatMoment } from './files';

const TABLE_LABELS: Record<string, string> = { topics: '调研课题', households: '联系户', visits: '走访记录', issues: '问题清单' };
const HIDDEN = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt', 'origin', 'editedBy']);
const FIELD_LABELS: Record<string, string> = {
  name: '姓名', gender: '性别', idNumber: '身份证号', phone: '电话', address: '住址', community: '社区', grid: '网格',
  building: '楼栋', unit: '单元', room: '户号', careTags: '人员类别', notes: '备注', date: '日期', type: '方式',
  place: '地点', companions: '同行人员', content: '走访内容', actions: '现场处置', followUpDate: '回访日期', title: '标题',
  description: '问题描述', category: '类别', source: '来源', raisedBy: '反映人', status: '状态', owner: '责任人',
  ownerUnit: '责任单位', deadline: '完成时限', measures: '整改措施', feedback: '反馈', explanation: '解释说明',
  keyPoints: '要点', lead: '负责人', methods: '方式方法', places: '地点', year: '年度',
};

const titleOf = (r: Versioned) => String(r.title ?? r.name ?? (r.date ? `${r.date} ${r.type ?? ''}` : r.id));
const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/** The fields where two versions differ, side by side. */
function differences(a: Versioned, b: Versioned): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !HIDDEN.has(k) && show(a[k]) !== show(b[k]));
}

/** 待处理冲突: records two people changed; the person decides which version stands. */
export function ConflictsView() {
  const store = useStore();
  const { message } = App.useApp();
  const conflicts = useLiveQuery(() => listConflicts(store), [store]);
  if (!conflicts) return null;
  return (
    <Card size="small" title={`待处理冲突（${conflicts.length}）`} data-testid="conflicts">
      {conflicts.length === 0 ? <Empty description="没有需要处理的冲突" /> : conflicts.map((c: Conflict) => (
        <Card key={`${c.table}-${c.recordId}`} size="small" type="inner" style={{ marginBottom: 12 }}
          title={<Space><Tag>{TABLE_LABELS[c.table] ?? c.table}</Tag>{titleOf(c.current)}<Typography.Text type="secondary">记录人：{c.current.origin?.name || '未知'}</Typography.Text></Space>}>
          {c.others.map((o) => (
            <Space key={o.key} direction="vertical" style={{ width: '100%' }}>
              <Descriptions size="small" bordered column={1}
                items={differences(c.current, o.version).map((field) => ({
                  key: field, label: FIELD_LABELS[field] ?? field,
                  children: (
                    <Space direction="vertical" size={0}>
                      <span>当前（{editorNameOf(c.current) || '本机'}，{formatMoment(String(c.current.updatedAt))}）：{show(c.current[field])}</span>
                      <span>另一版本（{editorNameOf(o.version) || o.editor}，{formatMoment(String(o.version.updatedAt))}）：{show(o.version[field])}</span>
                    </Space>
                  ),
                }))}
              />
              <Space>
                <Button size="small" onClick={() => adoptVersion(store, o.key).then(() => message.success('已采用另一版本'))}>采用另一版本</Button>
                <Button size="small" type="primary" onClick={() => keepCurrent(store, o.key).then(() => message.success('已保留当前版本'))}>保留当前版本</Button>
              </Space>
            </Space>
          ))}
        </Card>
      ))}
    </Card>
  );
}
