import { App, Button, Card, Table, Tag } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { TRASH_TABLES, listTrash, restoreFromTrash, type TrashItem } from '@/lib/trash';
import { useStore } from '../app/AppProvider';
import { formatMoment } from '../issues/format';

/** 回收站: every deleted record, restorable with one click. */
export function TrashPage() {
  const store = useStore();
  const { message } = App.useApp();
  const items = useLiveQuery(() => listTrash(store), [store]);

  async function restore(item: TrashItem) {
    await restoreFromTrash(store, item);
    message.success(`已恢复${TRASH_TABLES[item.table]}“${item.title}”`);
  }

  return (
    <Card title="回收站" data-testid="trash">
      <Table<TrashItem>
        rowKey={(item) => `${item.table}:${item.id}`}
        size="small"
        loading={!items}
        dataSource={items}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: '回收站是空的。删除的调研课题、联系户、走访记录和问题会先放在这里。' }}
        columns={[
          { title: '类型', dataIndex: 'table', width: 110, render: (table: TrashItem['table']) => <Tag>{TRASH_TABLES[table]}</Tag> },
          { title: '内容', dataIndex: 'title' },
          { title: '删除时间', dataIndex: 'deletedAt', width: 200, render: formatMoment },
          { title: '', width: 100, render: (_, item) => <Button size="small" onClick={() => restore(item)} data-testid="restore">恢复</Button> },
        ]}
      />
    </Card>
  );
}
