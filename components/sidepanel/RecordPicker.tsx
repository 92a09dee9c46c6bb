import { Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { loadChosenRecord, recordTitle, searchRecords, type RecordOption, type RecordRef } from '@/lib/autofill-values';
import { useStore } from '../app/AppProvider';

const PROFILE_ONLY = '';
const refValue = (ref: RecordRef) => `${ref.kind}:${ref.id}`;

/** Which record to fill from: a visit, an issue, a household or a topic, found by typing any word of it. */
export function RecordPicker({ value, onChange }: { value: RecordRef | null; onChange: (ref: RecordRef | null) => void }) {
  const store = useStore();
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<RecordOption[]>([]);
  useEffect(() => {
    let live = true;
    searchRecords(store, query).then((found) => { if (live) setOptions(found); });
    return () => { live = false; };
  }, [store, query]);

  // The chosen record stays listed even when the search no longer finds it (or it is older than the list).
  const [chosen, setChosen] = useState<RecordOption | null>(null);
  useEffect(() => {
    if (!value || (chosen && refValue(chosen.ref) === refValue(value))) return;
    loadChosenRecord(store, value).then((record) => {
      if (record) setChosen({ ref: value, title: recordTitle(record), detail: '', sortKey: '' });
    });
  }, [store, value, chosen]);
  const listed = chosen && value && !options.some((o) => refValue(o.ref) === refValue(chosen.ref)) ? [chosen, ...options] : options;

  return (
    <div>
      <Typography.Text type="secondary">从哪条记录填写</Typography.Text>
      <Select
        data-testid="record-picker"
        style={{ width: '100%', marginTop: 4 }}
        showSearch={{ filterOption: false, onSearch: setQuery }}
        value={value ? refValue(value) : PROFILE_ONLY}
        onChange={(v: string) => {
          const option = listed.find((o) => refValue(o.ref) === v) ?? null;
          setChosen(option);
          onChange(option?.ref ?? null);
        }}
        options={[
          { value: PROFILE_ONLY, label: '不选记录（只填我的信息）' },
          ...listed.map((o) => ({
            value: refValue(o.ref),
            label: (
              <span>
                {o.title}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}> {o.detail}</Typography.Text>
              </span>
            ),
          })),
        ]}
        placeholder="输入姓名、日期、问题标题搜索"
      />
    </div>
  );
}
