import { AutoComplete, Input } from 'antd';
import { useDeferredValue, useMemo, useState } from 'react';
import type { SearchHit, SearchKind } from '@/lib/search';
import { useHashRoute } from '../app/useHashRoute';
import { formatDate } from '../issues/format';
import { useWorkspaceIndex } from './useWorkspaceIndex';

const KINDS: { kind: SearchKind; label: string; route: (id: string) => string }[] = [
  { kind: 'household', label: '联系户', route: (id) => `/households?id=${id}` },
  { kind: 'topic', label: '调研课题', route: (id) => `/topics?id=${id}` },
  { kind: 'visit', label: '走访记录', route: (id) => `/visits?id=${id}` },
  { kind: 'issue', label: '问题清单', route: (id) => `/issues?id=${id}` },
];

function HitLabel({ hit }: { hit: SearchHit }) {
  const date = hit.kind === 'visit' ? `${formatDate(hit.date)} ` : '';
  return (
    <div style={{ whiteSpace: 'normal' }} data-testid={`search-hit-${hit.kind}`}>
      <div>{date}{hit.title}</div>
      <div style={{ color: '#888', fontSize: 12 }}>{hit.snippet || hit.detail}</div>
    </div>
  );
}

const PLACEHOLDER = '搜索全部：姓名、拼音首字母、电话后四位、住址、走访内容、问题';

/**
 * The one search box over everything: names, pinyin initials, phone tails, addresses, text.
 * The records are loaded only once the box is first used, so opening the workspace stays fast.
 */
export function GlobalSearch() {
  const [active, setActive] = useState(false);
  return active
    ? <ActiveSearch />
    : <Input.Search style={{ width: 460 }} placeholder={PLACEHOLDER} onFocus={() => setActive(true)} data-testid="global-search" />;
}

function ActiveSearch() {
  const { index, version } = useWorkspaceIndex();
  const { navigate } = useHashRoute();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);

  const options = useMemo(() => {
    if (!deferred.trim()) return [];
    const results = index.search(deferred, { limit: 6 });
    return KINDS.filter(({ kind }) => results[kind].total > 0).map(({ kind, label, route }) => ({
      label: `${label}（${results[kind].total}）`,
      options: results[kind].hits.map((hit) => ({ value: route(hit.id), label: <HitLabel hit={hit} /> })),
    }));
  }, [index, version, deferred]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <AutoComplete
      style={{ width: 460 }}
      value={query}
      options={options}
      showSearch={{ onSearch: setQuery, filterOption: false }}
      onSelect={(route: string) => { setQuery(''); navigate(route); }}
      popupMatchSelectWidth={520}
      listHeight={420}
      notFoundContent={deferred.trim() ? '没有找到' : null}
    >
      <Input.Search placeholder={PLACEHOLDER} allowClear autoFocus data-testid="global-search" />
    </AutoComplete>
  );
}
