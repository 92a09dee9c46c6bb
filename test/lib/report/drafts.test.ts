import { describe, expect, it } from 'vitest';
import { buildReportDraft, loadReportData } from '@/lib/report';
import { openTestStore } from '../db/fakeDb';
import { smallData } from './fixtures';

describe('report drafts in the store (reportDrafts table)', () => {
  it('saves, lists newest first, reads back and removes drafts', async () => {
    const store = openTestStore();
    const data = smallData();
    await store.bulkImport(data);
    const loaded = await loadReportData(store);
    expect(loaded.visits).toHaveLength(6); // the soft-deleted visit stays out
    const first = buildReportDraft(loaded, { kind: 'topic', topicId: data.topic.id }, { asOf: '2023-06-20', id: '00000000-0000-4000-8000-0000000000d1' });
    const second = buildReportDraft(loaded, { kind: 'range', from: '2023-06-01', to: '2023-06-30' }, { asOf: '2023-06-20', id: '00000000-0000-4000-8000-0000000000d2' });
    await store.saveReportDraft(first);
    await store.saveReportDraft(second);
    expect((await store.listReportDrafts()).map((d) => d.id)).toEqual([second.id, first.id]);
    await store.saveReportDraft({ ...first, title: '关于改造的报告', titleEdited: true });
    const listed = await store.listReportDrafts();
    expect(listed.map((d) => d.title)).toEqual(['关于改造的报告', second.title]);
    expect((await store.getReportDraft(first.id))?.sections).toEqual(first.sections);
    await store.removeReportDraft(first.id);
    expect(await store.getReportDraft(first.id)).toBeNull();
    store.close();
  });

  it('refuses an invalid draft with a Chinese message and keeps the stored one', async () => {
    const store = openTestStore();
    const data = smallData();
    const draft = buildReportDraft(data, { kind: 'topic', topicId: data.topic.id }, { asOf: '2023-06-20' });
    await store.saveReportDraft(draft);
    await expect(store.saveReportDraft({ ...draft, title: '  ' })).rejects.toThrow('请填写报告标题');
    expect((await store.getReportDraft(draft.id))?.title).toBe(draft.title);
    store.close();
  });

  it('fills defaults for a draft stored before fields were added', async () => {
    const store = openTestStore();
    const data = smallData();
    const { appendices: _a, figures: _f, signatureUnit: _s, ...old } = buildReportDraft(data, { kind: 'topic', topicId: data.topic.id }, { asOf: '2023-06-20' });
    await store.database.reportDrafts.put(old);
    const [read] = await store.listReportDrafts();
    expect(read).toMatchObject({ id: old.id, appendices: [], figures: [], signatureUnit: '' });
    store.close();
  });
});
