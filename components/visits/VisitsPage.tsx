import { Empty } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from '../app/AppProvider';
import { useHashRoute } from '../app/useHashRoute';
import { QuickNote } from './QuickNote';
import { VisitDetail } from './VisitDetail';
import { VisitForm } from './VisitForm';
import { VisitList } from './VisitList';

/** 走访记录: list; `?new=1` write one; `?quick=1` quick note; `?id=` one visit; `?edit=` edit it. */
export function VisitsPage() {
  const { params } = useHashRoute();
  if (params.get('quick') === '1') return <QuickNote />;
  if (params.get('new') === '1') return <VisitForm key={params.toString()} />;
  const editId = params.get('edit');
  if (editId) return <EditVisit id={editId} />;
  const id = params.get('id');
  if (id) return <VisitDetail id={id} />;
  return <VisitList />;
}

function EditVisit({ id }: { id: string }) {
  const store = useStore();
  const visit = useLiveQuery(() => store.visits.get(id).then((v) => v ?? null), [store, id]);
  if (visit === undefined) return null;
  return visit ? <VisitForm key={id} visit={visit} /> : <Empty description="走访记录不存在或已删除" />;
}
