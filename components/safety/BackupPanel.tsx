import { Alert, App, Button, Checkbox, Input, List, Popconfirm, Radio, Select, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import {
  backupReminder, createBackup, listSnapshots, markBackedUp, restoreBackup, restoreSnapshot, type RestoreMode,
} from '@/lib/backup';
import { useStore } from '../app/AppProvider';
import { formatMoment, saveTextFile } from './files';
import { ProgressLine } from './ProgressLine';
import { useSafetyTask } from './useSafetyTask';

/** 备份与恢复: back up everything or one topic, restore (replace or merge), safety snapshots. */
export function BackupPanel() {
  const store = useStore();
  const { message } = App.useApp();
  const { busy, failure: refusal, setFailure: setRefusal, progress, setProgress, run: runTask } = useSafetyTask();
  const [encrypt, setEncrypt] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [topicId, setTopicId] = useState<string>('');
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<RestoreMode>('replace');
  const [restorePassphrase, setRestorePassphrase] = useState('');
  const [done, setDone] = useState('');
  const topics = useLiveQuery(() => store.topics.list(), [store]) ?? [];
  const reminder = useLiveQuery(() => backupReminder(store), [store]);
  const snapshots = useLiveQuery(() => listSnapshots(store.database), [store]) ?? [];

  const run = (task: () => Promise<void>) => {
    setDone('');
    return runTask(task);
  };

  const backup = () => run(async () => {
    if (encrypt && passphrase.length < 6) throw new Error('备份密码至少6位。');
    const result = await createBackup(store, { topicId: topicId || undefined, passphrase: encrypt ? passphrase : undefined, onProgress: setProgress });
    saveTextFile(result.text, result.fileName);
    if (!topicId) await markBackedUp(store);
    message.success(`已生成备份文件：${result.fileName}`);
  });

  const restore = () => run(async () => {
    if (!file) throw new Error('请先选择备份文件。');
    const result = await restoreBackup(store, file, { mode, passphrase: restorePassphrase || undefined, onProgress: setProgress });
    const m = result.merge;
    setDone(m ? `已合并：新增 ${m.added} 条，更新 ${m.updated} 条，留存冲突版本 ${m.kept} 个` : '已从备份恢复全部数据');
  });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {reminder?.due && <Alert type="warning" showIcon message={`建议现在备份：${reminder.reason}`} data-testid="backup-reminder" />}
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        备份文件保存在您选择的位置（例如U盘），浏览器被重置或电脑更换时可以用它恢复。
        {reminder?.lastBackupAt ? `上次备份：${formatMoment(reminder.lastBackupAt)}。` : '还没有备份过。'}
      </Typography.Paragraph>
      <Space wrap>
        <Select
          style={{ width: 260 }} value={topicId} onChange={setTopicId}
          options={[{ value: '', label: '全部数据' }, ...topics.map((t) => ({ value: t.id, label: `仅课题：${t.title}` }))]}
        />
        <Checkbox checked={encrypt} onChange={(e) => setEncrypt(e.target.checked)}>加密备份文件</Checkbox>
        {encrypt && <Input.Password placeholder="备份密码（至少6位）" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} style={{ width: 200 }} />}
        <Button type="primary" onClick={backup} loading={busy} data-testid="backup-download">下载备份文件</Button>
      </Space>
      {encrypt && <Alert type="info" showIcon message="请牢记备份密码：忘记密码，这份备份将无法恢复，任何人都无法解开。" />}

      <Typography.Title level={5} style={{ marginBottom: 0 }}>从备份恢复</Typography.Title>
      <Space wrap>
        <input type="file" accept=".json,application/json" data-testid="restore-file" onChange={(e) => { setFile(e.target.files?.[0] ?? null); setRefusal(''); }} />
        <Radio.Group value={mode} onChange={(e) => setMode(e.target.value)}>
          <Radio value="replace">替换全部数据</Radio>
          <Radio value="merge">合并（按编号，较新的为准）</Radio>
        </Radio.Group>
        <Input.Password placeholder="备份密码（如有）" value={restorePassphrase} onChange={(e) => setRestorePassphrase(e.target.value)} style={{ width: 180 }} />
        <Popconfirm
          title={mode === 'replace' ? '用备份替换全部数据？' : '把备份合并进现有数据？'}
          description="恢复前会自动保存一份安全快照，可随时撤回。" okText="开始恢复" cancelText="取消" onConfirm={restore}
        >
          <Button danger={mode === 'replace'} loading={busy} disabled={!file} data-testid="restore-start">开始恢复</Button>
        </Popconfirm>
      </Space>
      <ProgressLine progress={progress} />
      {refusal && <Alert type="error" showIcon message="未能完成" description={refusal} data-testid="restore-error" />}
      {done && <Alert type="success" showIcon message={done} description="恢复前的数据已存为安全快照（见下方）。" data-testid="restore-done" />}

      <Typography.Title level={5} style={{ marginBottom: 0 }}>安全快照</Typography.Title>
      <List
        size="small" bordered locale={{ emptyText: '还没有安全快照：每次恢复或升级前会自动保存一份。' }} dataSource={snapshots}
        renderItem={(s) => (
          <List.Item actions={[
            <Popconfirm key="r" title="恢复到这个快照？" description="当前数据会先另存为一份快照。" okText="恢复" cancelText="取消"
              onConfirm={() => run(async () => { await restoreSnapshot(store.database, s.id); message.success('已恢复到所选快照'); })}>
              <Button size="small">恢复此快照</Button>
            </Popconfirm>,
          ]}>
            {formatMoment(s.takenAt)} · {s.reason} · 走访 {s.counts.visits ?? 0} 条，问题 {s.counts.issues ?? 0} 条
          </List.Item>
        )}
      />
    </Space>
  );
}
