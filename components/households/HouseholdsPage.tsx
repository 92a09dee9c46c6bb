import { Tabs } from 'antd';
import { useHashRoute } from '../app/useHashRoute';
import { CadenceList } from './CadenceList';
import { HouseholdDetail } from './HouseholdDetail';
import { HouseholdList } from './HouseholdList';

/** 联系户: the roll, who to visit next (`?tab=due`), and one family's ledger (`?id=`). */
export function HouseholdsPage() {
  const { params, navigate } = useHashRoute();
  const id = params.get('id');
  if (id) return <HouseholdDetail id={id} />;
  return (
    <Tabs
      activeKey={params.get('tab') === 'due' ? 'due' : 'list'}
      onChange={(key) => navigate(key === 'due' ? '/households?tab=due' : '/households')}
      items={[
        { key: 'list', label: '联系户名册', children: <HouseholdList /> },
        { key: 'due', label: '下一步走访', children: <CadenceList /> },
      ]}
    />
  );
}
