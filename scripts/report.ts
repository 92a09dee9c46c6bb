// npm run report -- [backup file] [--topic <title>] [--unit <落款单位>] [--as-of YYYY-MM-DD] [--passphrase <p>] --out <dir>
// Writes the 调研报告 of each topic (or of the one named) and the ledgers of a backup file — the
// demo data when no file is given — as .docx, so layouts can be checked and exports scripted.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDemoData } from '../lib/demo';
import {
  buildIssueLedgerDocx, buildReportDocx, buildReportDraft, buildTopicPlanDocx, buildVisitLedgerDocx, docxFileName,
  localIsoDate, parseReportData, selectScope,
} from '../lib/report';

const USAGE = '用法：npm run report -- [备份文件.json] [--topic 课题名称] [--unit 落款单位] [--as-of 2023-06-09] [--passphrase 口令] --out 输出目录';

async function main() {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    allowPositionals: true,
    options: {
      topic: { type: 'string' }, out: { type: 'string' }, 'as-of': { type: 'string' }, passphrase: { type: 'string' },
      unit: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || !values.out) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 1);
  }
  const data = positionals[0]
    ? await parseReportData(readFileSync(positionals[0], 'utf8'), { passphrase: values.passphrase })
    : buildDemoData();
  const asOf = values['as-of'] ?? localIsoDate();
  const out = resolve(values.out);
  mkdirSync(out, { recursive: true });
  const live = data.topics.filter((t) => !t.deletedAt);
  const topics = values.topic ? live.filter((t) => t.title === values.topic || t.title.includes(values.topic!)) : live;
  if (!topics.length) throw new Error(values.topic ? `找不到课题“${values.topic}”` : '数据中没有调研课题');

  const write = (name: string, bytes: Uint8Array) => {
    writeFileSync(join(out, name), bytes);
    console.log(join(out, name));
  };
  for (const topic of topics) {
    const draft = buildReportDraft(data, { kind: 'topic', topicId: topic.id }, { asOf, signatureUnit: values.unit });
    write(docxFileName(draft.title, asOf), await buildReportDocx(draft));
  }
  // Ledgers: of the one topic when --topic is given, else of everything.
  const scoped = values.topic
    ? selectScope(data, { kind: 'topic', topicId: topics[0].id })
    : { issues: data.issues.filter((i) => !i.deletedAt), visits: data.visits.filter((v) => !v.deletedAt) };
  const prefix = values.topic ? topics[0].title : '';
  write(docxFileName(`${prefix}问题清单台账`, asOf), await buildIssueLedgerDocx(scoped.issues, { date: asOf, unit: values.unit }));
  write(docxFileName(`${prefix}走访台账`, asOf), await buildVisitLedgerDocx(scoped.visits, data.households, { date: asOf, unit: values.unit }));
  const year = topics[0].year;
  write(docxFileName(`${year}年度调研计划表`, asOf), await buildTopicPlanDocx(live.filter((t) => t.year === year), { date: asOf, unit: values.unit, year }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.error(USAGE);
  process.exit(1);
});
