import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, List, Popconfirm, Radio, Result, Select, Space, Steps, Table, Tag, Typography, Upload } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import {
  IMPORT_KINDS, commitImport, dataRows, fieldsOf, findHeaderRow, guessKind, guessMapping, linkIssuesToHouseholds, matchHouseholds,
  planImport, plannedCount, readSheets, resolveHouseholds, type ColumnMapping, type ImportKind, type ImportPlan, type RowOutcome, type Sheet,
} from '@/lib/import';
import { ValidationError } from '@/lib/schema';
import { useStore } from '../app/AppProvider';

interface Loaded {
  fileName: string;
  sheets: Sheet[];
}

/** 导入台账: pick a file, check the columns, see every problem by row, then write on confirmation. */
export function ImportPage() {
  const store = useStore();
  const { message } = App.useApp();
  const profile = useLiveQuery(() => store.getProfile(), [store]);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [sheetIndex, setSheetIndex] = useState(0);
  const [kind, setKind] = useState<ImportKind>('households');
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [written, setWritten] = useState<{ count: number; kind: ImportKind } | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  /** 已有的联系户：更新 (true) or 跳过. */
  const [updateExisting, setUpdateExisting] = useState(true);
  const existing = useLiveQuery(() => store.households.list(), [store]);

  const sheet = loaded?.sheets[sheetIndex];
  const headerIndex = sheet ? findHeaderRow(sheet) : 0;
  const headers = sheet?.rows[headerIndex]?.cells ?? [];
  const rows = useMemo(() => (sheet ? dataRows(sheet, headerIndex) : []), [sheet, headerIndex]);

  function chooseSheet(sheets: Sheet[], index: number) {
    const chosen = sheets[index];
    const head = chosen.rows[findHeaderRow(chosen)]?.cells ?? [];
    const guessed = guessKind(head);
    setSheetIndex(index);
    setKind(guessed);
    setMapping(guessMapping(head, guessed));
  }

  async function pick(file: File) {
    setWritten(null);
    setReadError(null);
    try {
      const sheets = (await readSheets(await file.arrayBuffer(), file.name)).filter((s) => s.rows.length > 0);
      if (!sheets.length) throw new ValidationError('这个文件里没有数据');
      setLoaded({ fileName: file.name, sheets });
      chooseSheet(sheets, 0);
    } catch (e) {
      setLoaded(null);
      setReadError(e instanceof Error ? e.message : String(e));
    }
    return false; // read here; antd does not upload anything
  }

  const plan = useMemo(
    () => (sheet ? planImport(kind, rows, mapping, { clock: store.clock, by: profile?.name ?? '本人' }) : null),
    [sheet, kind, rows, mapping, store, profile],
  );

  // Households are matched against the database (no twins); issues are linked to their 诉求人.
  const outcomes = useMemo(() => (plan?.kind === 'households' && existing ? matchHouseholds(plan, existing) : null), [plan, existing]);
  const toWrite = useMemo(() => {
    if (!plan || !existing) return null;
    return outcomes ? resolveHouseholds(plan, outcomes, updateExisting) : linkIssuesToHouseholds(plan, existing);
  }, [plan, existing, outcomes, updateExisting]);

  async function write() {
    if (!toWrite) return;
    const count = await commitImport(store, toWrite);
    setWritten({ count, kind: toWrite.kind });
    setLoaded(null);
    message.success(`已导入${count}条记录`);
  }

  if (written) {
    return (
      <Result
        status="success"
        title={`已导入${written.count}条${written.kind === 'households' ? '联系户' : '问题'}`}
        extra={[
          <Button key="see" type="primary" href={written.kind === 'households' ? '#/households' : '#/issues'}>去查看</Button>,
          <Button key="again" onClick={() => setWritten(null)}>继续导入</Button>,
        ]}
      />
    );
  }

  const fieldOptions = [{ value: '', label: '（不导入）' }, ...fieldsOf(kind).map((f) => ({ value: f.key, label: f.label }))];
  const good = toWrite ? plannedCount(toWrite) : 0;
  const bad = plan?.problems.length ?? 0;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="import-page">
      <Card title="导入台账">
        <Steps
          current={!loaded ? 0 : bad ? 1 : 2}
          items={[{ title: '选择文件' }, { title: '核对列与检查结果' }, { title: '确认导入' }]}
          style={{ marginBottom: 24 }}
        />
        <Upload.Dragger accept=".xlsx,.csv" showUploadList={false} beforeUpload={pick} data-testid="import-file">
          <p className="ant-upload-drag-icon"><InboxOutlined /></p>
          <p>点击或拖入 Excel（.xlsx）或 CSV 文件</p>
          <Typography.Text type="secondary">
            联系户台账（姓名、身份证号、联系电话、住址、社区、网格、人员类别…）或问题清单（问题标题、类别、责任单位、责任人、完成时限、状态…）。
            文件只在本机读取，不会上传。
          </Typography.Text>
        </Upload.Dragger>
        {readError && <Alert type="error" showIcon title={readError} style={{ marginTop: 16 }} data-testid="import-read-error" />}
      </Card>

      {loaded && sheet && plan && (
        <Card title={`核对：${loaded.fileName}`}>
          <Space wrap style={{ marginBottom: 16 }}>
            {loaded.sheets.length > 1 && (
              <Select value={sheetIndex} style={{ width: 200 }} onChange={(i) => chooseSheet(loaded.sheets, i)}
                options={loaded.sheets.map((s, i) => ({ value: i, label: `工作表：${s.name}` }))} />
            )}
            <span>导入为</span>
            <Select
              value={kind}
              style={{ width: 140 }}
              data-testid="import-kind"
              onChange={(k: ImportKind) => { setKind(k); setMapping(guessMapping(headers, k)); }}
              options={Object.entries(IMPORT_KINDS).map(([value, label]) => ({ value, label }))}
            />
            <Typography.Text type="secondary">表头在第{sheet.rows[headerIndex]?.rowNumber ?? 1}行，共{rows.length}行数据</Typography.Text>
          </Space>
          <Table
            size="small"
            rowKey="rowNumber"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={rows.slice(0, 5)}
            columns={headers.map((header, col) => ({
              key: col,
              title: (
                <Space orientation="vertical" size={4}>
                  <span>{header || `第${col + 1}列`}</span>
                  <Select
                    size="small"
                    value={mapping[col] ?? ''}
                    style={{ width: 120 }}
                    options={fieldOptions}
                    onChange={(key: string) => setMapping((m) => headers.map((_, c) => (c === col ? key : m[c] === key && key ? '' : m[c] ?? '')))}
                  />
                </Space>
              ),
              render: (_: unknown, row: { cells: string[] }) => row.cells[col] ?? '',
            }))}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>上表为前5行预览；每列上方可改选对应的字段。</Typography.Paragraph>

          {bad > 0 && (
            <Alert
              type="warning"
              showIcon
              data-testid="import-problems"
              title={`${bad}行有问题，暂未导入任何数据`}
              description={<List size="small" dataSource={plan.problems} renderItem={(p) => <List.Item>{p.message}</List.Item>} />}
              style={{ marginBottom: 16 }}
            />
          )}
          {plan.kind === 'households' && outcomes && <HouseholdOutcomes plan={plan} outcomes={outcomes} update={updateExisting} onUpdate={setUpdateExisting} />}
          <Space>
            <Popconfirm
              title={bad ? `跳过有问题的${bad}行，导入其余${good}条？` : `导入${good}条记录？`}
              description="导入在一次操作中完成：要么全部写入，要么都不写入。"
              okText="导入"
              cancelText="取消"
              onConfirm={write}
              disabled={good === 0}
            >
              <Button type="primary" disabled={good === 0} data-testid="import-confirm">
                {good === 0 ? '没有要导入的新内容' : bad ? `跳过有问题的行，导入其余${good}条` : `导入${good}条`}
              </Button>
            </Popconfirm>
            <Button onClick={() => setLoaded(null)}>取消</Button>
          </Space>
        </Card>
      )}
    </Space>
  );
}

const OUTCOME_TEXT = (o: RowOutcome) =>
  o.kind === '新增' ? '新增' : o.kind === '重复' ? `重复（同一文件第${o.sameAsRow}行）` : o.changes.length ? `更新：${o.changes.join('、')}` : '已有，无变化';

/** Per row: 新增 / 更新 (which fields) / 重复, and whether existing households are updated or skipped. */
function HouseholdOutcomes({ plan, outcomes, update, onUpdate }: {
  plan: ImportPlan; outcomes: RowOutcome[]; update: boolean; onUpdate: (update: boolean) => void;
}) {
  const rows = plan.households.map((h, i) => ({ rowNumber: plan.rowNumbers[i], name: h.name, outcome: outcomes[i] }));
  const count = (kind: RowOutcome['kind']) => outcomes.filter((o) => o.kind === kind).length;
  return (
    <div data-testid="import-outcomes" style={{ marginBottom: 16 }}>
      <Space wrap style={{ marginBottom: 8 }}>
        <span>{`新增${count('新增')}户，已有${count('更新')}户，重复${count('重复')}行`}</span>
        {count('更新') > 0 && (
          <Radio.Group value={update} onChange={(e) => onUpdate(e.target.value)} data-testid="import-existing"
            options={[{ value: true, label: '更新已有的联系户' }, { value: false, label: '跳过已有的联系户' }]} />
        )}
      </Space>
      <Table size="small" rowKey="rowNumber" pagination={{ pageSize: 10, hideOnSinglePage: true }} dataSource={rows}
        columns={[
          { key: 'row', title: '行号', render: (_, r) => `第${r.rowNumber}行`, width: 90 },
          { key: 'name', title: '姓名', dataIndex: 'name', width: 120 },
          { key: 'outcome', title: '导入结果', render: (_, r) => <Tag color={r.outcome.kind === '新增' ? 'green' : r.outcome.kind === '重复' ? 'default' : 'blue'}>{OUTCOME_TEXT(r.outcome)}</Tag> },
        ]} />
    </div>
  );
}
