import { Alert, App, Button, Input, Select, Space, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { exportPackage, importPackages, type PackageResult } from '@/lib/merge';
import { useStore } from '../app/AppProvider';
import { ConflictsView } from './ConflictsView';
import { saveTextFile } from './files';
import { ProgressLine } from './ProgressLine';
import { useSafetyTask } from './useSafetyTask';

/** 团队汇总: members export a package; the leader imports many and settles the conflicts. */
export function TeamPanel() {
  const store = useStore();
  const { message } = App.useApp();
  const [topicId, setTopicId] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [results, setResults] = useState<PackageResult[]>([]);
  const { busy, failure, progress, setProgress, run } = useSafetyTask();
  const topics = useLiveQuery(() => store.topics.list(), [store]) ?? [];

  const exportMine = () => run(async () => {
    const pkg = await exportPackage(store, { topicId: topicId || undefined, passphrase: passphrase || undefined });
    saveTextFile(pkg.text, pkg.fileName.replace('脚步备份', '脚步汇总包'));
    message.success('已生成汇总包，请交给负责汇总的同志');
  });

  const importMany = (files: FileList | null) => {
    if (!files?.length) return;
    return run(async () => {
      const list = [...files].map((f) => ({ name: f.name, data: f }));
      setResults(await importPackages(store, list, { passphrase: passphrase || undefined, onProgress: setProgress }));
    });
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        不用任何云服务：每位同志导出“汇总包”，用U盘或内网交给负责人；负责人一次导入多个汇总包。
        记录按编号合并，较新的修改为准；删除的记录不会再出现；两人改了同一条记录时，另一版本留在下方“待处理冲突”中由您决定。
        每条记录保留记录人。
      </Typography.Paragraph>
      <Space wrap>
        <Select
          style={{ width: 260 }} value={topicId} onChange={setTopicId}
          options={[{ value: '', label: '我的全部记录' }, ...topics.map((t) => ({ value: t.id, label: `仅课题：${t.title}` }))]}
        />
        <Input.Password placeholder="汇总包密码（可不填）" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} style={{ width: 200 }} />
        <Button onClick={exportMine} loading={busy} data-testid="team-export">导出汇总包</Button>
      </Space>
      <Space>
        <Typography.Text strong>导入汇总包（可多选）：</Typography.Text>
        <input type="file" multiple accept=".json,application/json" data-testid="team-import" onChange={(e) => { void importMany(e.target.files); e.target.value = ''; }} />
      </Space>
      <ProgressLine progress={progress} />
      {failure && <Alert type="error" showIcon message={failure} />}
      {results.length > 0 && (
        <Table
          size="small" rowKey="name" pagination={false} dataSource={results} data-testid="team-results"
          columns={[
            { title: '文件', dataIndex: 'name' },
            { title: '提交人', dataIndex: 'from', render: (v?: string) => v ?? '—' },
            {
              title: '结果',
              render: (_: unknown, r: PackageResult) => r.error
                ? <Typography.Text type="danger">{r.error}</Typography.Text>
                : `新增 ${r.summary!.added}，更新 ${r.summary!.updated}，未变 ${r.summary!.unchanged}，留存冲突版本 ${r.summary!.kept}`,
            },
          ]}
        />
      )}
      <ConflictsView />
    </Space>
  );
}
