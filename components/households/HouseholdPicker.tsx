import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { maskPhone } from '@/lib/privacy';
import { useWorkspaceIndex } from '../search/useWorkspaceIndex';
import { HouseholdFormModal } from './HouseholdForm';

const CREATE = '__create__';

/**
 * Picks households by name, pinyin initials (wgl), phone tail or address; the last option creates
 * a household with the typed name without leaving the form.
 */
export function HouseholdPicker({ value = [], onChange, id }: { value?: string[]; onChange?: (ids: string[]) => void; id?: string }) {
  const { index, version } = useWorkspaceIndex();
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState<string | null>(null);

  const options = useMemo(() => {
    const found = query.trim()
      ? index.search(query, { kinds: ['household'], limit: 30 }).household.hits.map((h) => index.get('household', h.id)!).filter(Boolean)
      : index.list('household').slice(0, 30);
    const chosen = value.map((v) => index.get('household', v)).filter((h) => !!h);
    const rows = [...new Map([...chosen, ...found].map((h) => [h.id, h])).values()];
    const list = rows.map((h) => ({
      value: h.id,
      label: h.name,
      detail: [h.phone && maskPhone(h.phone), h.address || h.community, h.careTags.join('、')].filter(Boolean).join(' · '),
    }));
    return query.trim() ? [...list, { value: CREATE, label: `新建联系户“${query.trim()}”`, detail: '' }] : list;
  }, [index, version, query, value]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <>
      <Select
        id={id}
        mode="multiple"
        value={value}
        placeholder="输入姓名、拼音首字母、电话后四位或住址查找"
        showSearch={{ filterOption: false, onSearch: setQuery, searchValue: query, autoClearSearchValue: true }}
        options={options}
        optionRender={(o) => (
          <span data-testid={o.value === CREATE ? 'create-household' : undefined}>
            {o.data.label}
            {o.data.detail && <span style={{ color: '#999', marginLeft: 8 }}>{o.data.detail}</span>}
          </span>
        )}
        onChange={(ids: string[]) => {
          if (ids.includes(CREATE)) setCreating(query.trim());
          else { onChange?.(ids); setQuery(''); }
        }}
        notFoundContent="没有找到，可输入姓名新建"
      />
      {creating !== null && (
        <HouseholdFormModal
          name={creating}
          onClose={() => setCreating(null)}
          onSaved={(h) => { onChange?.([...value, h.id]); setQuery(''); }}
        />
      )}
    </>
  );
}
