import { describe, expect, it } from 'vitest';
import {
  buildHouseholdLedgerDocx, buildIssueLedgerDocx, buildReportDocx, buildReportDraft, buildTopicPlanDocx,
  buildVisitLedgerDocx, editSection, parseBlocks,
} from '@/lib/report';
import { buildDemoData } from '@/lib/demo';
import { signatureIndents } from '@/lib/report/docx/build';
import { attrs, expectGbLayout, paragraphs, styleXml } from './gbLayout';
import { smallData } from './fixtures';

const asOf = '2023-06-20';
const HEADING_STYLE = ['Normal', 'GwHeading1', 'GwHeading2', 'GwHeading3', 'GwHeading4'];

function draftWithEdits() {
  const data = smallData();
  let draft = buildReportDraft(data, { kind: 'topic', topicId: data.topic.id }, { asOf, signatureUnit: '建国街道办事处' });
  draft = editSection(draft, 'suggestions', {
    text: '（一）加快道路维修。由城建办负责，7月底前完成。\n1. 明确责任。逐项落实。\n（1）每周调度\n针对老年人需求，多办活动。',
  });
  return { data, draft };
}

describe('the report as .docx (GB/T 9704)', () => {
  it('has the official layout: A4, margins, fonts, sizes, exact spacing, indents, page numbers', async () => {
    const { draft } = draftWithEdits();
    await expectGbLayout(await buildReportDocx(draft));
  });

  it('writes the title, headings and text in the draft’s order, each with its named style', async () => {
    const { draft } = draftWithEdits();
    const { document } = await expectGbLayout(await buildReportDocx(draft));
    const all = paragraphs(withoutSectionBreaks(document));
    const body = all.slice(0, all.findIndex((p) => p.style === 'GwAttachmentLabel'));
    const expected = [{ style: 'GwTitle', text: draft.title }, { style: 'Normal', text: '' }];
    for (const s of draft.sections) {
      if (s.heading) expected.push({ style: 'GwHeading1', text: s.heading });
      for (const b of parseBlocks(s.text)) expected.push({ style: b.lead ? 'Normal' : HEADING_STYLE[b.level], text: b.lead + b.text });
    }
    expected.push(
      { style: 'Normal', text: '' },
      { style: 'GwAttachmentNote', text: '附件：1．问题清单台账' },
      { style: 'GwAttachmentNoteMore', text: '2．走访台账' },
      { style: 'Normal', text: '' },
      { style: 'GwSignature', text: '建国街道办事处' }, { style: 'GwSignature', text: '2023年6月20日' },
    );
    expect(body).toEqual(expected);
    // Run-in headings: the lead in the 楷体 / bold character style, the rest in the body font.
    expect(document).toContain('<w:rStyle w:val="GwLead2"/></w:rPr><w:t xml:space="preserve">（一）加快道路维修。</w:t>');
    expect(document).toContain('<w:rStyle w:val="GwLead3"/></w:rPr><w:t xml:space="preserve">1. 明确责任。</w:t>');
    expect(draft.sections[4].text).toContain('（1）每周调度');
  });

  it('puts the appendices in a landscape section with repeated header rows and explicit widths', async () => {
    const { draft } = draftWithEdits();
    const { document } = await expectGbLayout(await buildReportDocx(draft));
    const all = paragraphs(withoutSectionBreaks(document));
    expect(all.slice(all.findIndex((p) => p.style === 'GwAttachmentLabel')).filter((p) => p.style !== 'GwTableText' && p.style !== 'GwTableHeader').map((p) => p.text))
      .toEqual(['附件1', '问题清单台账', '', '附件2', '走访台账', '']);
    const sectPrs = [...document.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(attrs(sectPrs[1], 'w:pgSz')).toMatchObject({ 'w:w': '16838', 'w:h': '11906', 'w:orient': 'landscape' });
    const tables = document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g)!;
    expect(tables).toHaveLength(2);
    // 16838 − 37 mm − 35 mm of landscape text block.
    expect(attrs(tables[0], 'w:tblW')).toMatchObject({ 'w:w': '12756', 'w:type': 'dxa' });
    expect(paragraphs(tables[0]).slice(0, 11).map((p) => p.text)).toEqual([
      '序号', '问题', '类别', '来源', '反映人', '社区/网格', '责任单位/责任人', '完成时限', '整改措施', '办理状态', '反馈情况',
    ]);
    expect(tables[0].match(/<w:tr>/g)).toHaveLength(7);
    expect(tables[0]).toContain('2023年6月6日电话：已告知');
  });

  it('places 落款 per GB/T 9704: unit two characters from the right, the date starting two characters further right', () => {
    // 建国街道办事处 is 7 characters, 2023年6月20日 is 7 digits × ½ + 3 = 6.5: the date keeps 2 from
    // the right and the unit moves to 2 + 6.5 + 2 − 7 = 3.5, so the date starts 2 right of it.
    expect(signatureIndents('建国街道办事处', '2023年6月20日')).toEqual({ unit: 3.5, date: 2 });
    // A 14-character unit keeps 2; the date ends 14 − 6.5 = 7.5 from the right.
    expect(signatureIndents('中共建国街道工作委员会办公室', '2023年6月20日')).toEqual({ unit: 2, date: 7.5 });
    expect(signatureIndents('', '2023年6月20日')).toEqual({ unit: 0, date: 4 });
  });

  it('writes the 落款 indents into the document', async () => {
    const { draft } = draftWithEdits();
    const document = withoutSectionBreaks((await readBack(draft)).document);
    expect(document).toContain('<w:pStyle w:val="GwSignature"/><w:ind w:right="1120"/></w:pPr><w:r><w:t xml:space="preserve">建国街道办事处');
    expect(document).toMatch(/<w:pStyle w:val="GwSignature"\/><w:ind w:right="640"\/><\/w:pPr><w:r><w:t xml:space="preserve">2023年6月20日/);
  });

  it('leaves out an appendix the user unticked, and the 附件 line with it', async () => {
    const { draft } = draftWithEdits();
    const only = { ...draft, appendices: draft.appendices.map((a) => ({ ...a, include: a.key === 'visitLedger' })) };
    const { document } = await readBack(only);
    expect(document).toContain('附件：1．走访台账');
    expect(document.match(/<w:tbl>/g)).toHaveLength(1);
    const none = { ...draft, appendices: draft.appendices.map((a) => ({ ...a, include: false })) };
    const bare = await readBack(none);
    expect(bare.document).not.toContain('附件');
    expect(bare.document.match(/<w:sectPr>/g)).toHaveLength(1);
  });

  it('uses the fonts chosen in settings (仿宋 / 宋体 where the GB2312 fonts are missing)', async () => {
    const { draft } = draftWithEdits();
    const fonts = { body: '仿宋', title: '宋体' };
    const { styles } = await expectGbLayout(await buildReportDocx(draft, fonts), { fonts });
    expect(attrs(styleXml(styles, 'GwHeading2'), 'w:rFonts')['w:eastAsia']).toBe('楷体');
  });

  it('reports progress up to 1', async () => {
    const { draft } = draftWithEdits();
    const seen: number[] = [];
    await buildReportDocx(draft, undefined, { onProgress: (p) => seen.push(p) });
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((p, i) => i === 0 || p >= seen[i - 1])).toBe(true);
  });

  it('exports the demo topics without error', async () => {
    const data = buildDemoData('2023-06-09T00:00:00.000Z');
    for (const t of data.topics) {
      const draft = buildReportDraft(data, { kind: 'topic', topicId: t.id }, { asOf: '2023-12-31' });
      const { document } = await expectGbLayout(await buildReportDocx(draft));
      expect(document).toContain(`关于${t.title}的调研报告`);
    }
  });
});

/** A section break sits inside the last paragraph of its section; take it out to read the text. */
const withoutSectionBreaks = (document: string) => document.replace(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g, '');

async function readBack(draft: Parameters<typeof buildReportDocx>[0]) {
  return expectGbLayout(await buildReportDocx(draft));
}

describe('ledgers exported alone', () => {
  const data = smallData();

  it('问题清单台账 is landscape, with status, owner, deadline and feedback', async () => {
    const bytes = await buildIssueLedgerDocx(data.issues.slice(0, 6), { date: asOf, unit: '建国街道办事处' });
    const { document } = await expectGbLayout(bytes, { landscape: true });
    const ps = paragraphs(document);
    expect(ps[0]).toEqual({ style: 'GwTitle', text: '问题清单台账' });
    expect(ps[1]).toEqual({ style: 'GwCaption', text: '制表单位：建国街道办事处　　制表日期：2023年6月20日' });
    const rows = document.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!;
    expect(rows).toHaveLength(7);
    expect(paragraphs(rows[4]).map((p) => p.text)).toEqual([
      '4', '路面积水', '基础设施', '走访', '', '建国社区', '', '2023年6月10日', '', '待办', '',
    ]);
  });

  it('writes any text safely into a ledger cell: markup characters, line breaks, control characters', async () => {
    const odd = { ...data.issues[0], title: 'A&B <c>\n第二行\u0007', measures: '' };
    const { document } = await expectGbLayout(await buildIssueLedgerDocx([odd], { date: asOf }), { landscape: true });
    expect(document).toContain('<w:t xml:space="preserve">A&amp;B &lt;c&gt;</w:t><w:br/><w:t xml:space="preserve">第二行</w:t>');
    expect(document).not.toMatch(/[\uE000\uE001\u0007]/);
    // An empty ledger is a header row alone.
    const empty = await expectGbLayout(await buildIssueLedgerDocx([], { date: asOf }), { landscape: true });
    expect(empty.document.match(/<w:tr>/g)).toHaveLength(1);
  });

  it('走访台账 lists the visits with whom they reached', async () => {
    const { document } = await expectGbLayout(await buildVisitLedgerDocx(data.visits.slice(0, 5), data.households, { date: asOf }), { landscape: true });
    const rows = document.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!;
    expect(paragraphs(rows[2]).map((p) => p.text)).toEqual([
      '2', '2023年6月3日', '入户走访', '解放社区/解放第二网格', '王桂兰、李建国', '垃圾清运', '已联系物业报修', '',
    ]);
  });

  it('年度调研计划表 lists each topic with its key points as 一是…二是…', async () => {
    const demo = buildDemoData('2023-06-09T00:00:00.000Z');
    const { document } = await expectGbLayout(await buildTopicPlanDocx(demo.topics, { date: asOf, year: 2023 }), { landscape: true });
    expect(paragraphs(document)[0].text).toBe('2023年度调研计划表');
    expect(document).toContain('一是加强城乡组织人才建设');
    expect(document).toContain('建国街道党工委副书记、办事处主任，刘东');
  });

  it('民情台账 of a household: its card (ID number masked), visits and issues, portrait', async () => {
    const [a] = data.households;
    const withId = { ...a, idNumber: '99010119500101001X' };
    const { document } = await expectGbLayout(await buildHouseholdLedgerDocx(withId, data, { date: asOf }));
    expect(document).toContain('990***********001X');
    expect(document).not.toContain('99010119500101001X');
    expect(document.match(/<w:tbl>/g)).toHaveLength(3);
    expect(paragraphs(document).filter((p) => p.style === 'GwHeading1').map((p) => p.text)).toEqual(['一、走访记录', '二、反映问题']);
  });
});
