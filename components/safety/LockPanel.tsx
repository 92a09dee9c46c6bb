import { Alert, App, Button, Checkbox, Descriptions, Input, InputNumber, Modal, Popconfirm, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { disableLock, enableLock, lockDetails } from '@/lib/crypto';
import { useStore } from '../app/AppProvider';
import { ProgressLine } from './ProgressLine';
import { useSafetyTask } from './useSafetyTask';
import { useLockControl } from './SafetyGate';

/** 应用锁: a passphrase locks the workspace and encrypts people's data on this computer. */
export function LockPanel() {
  const store = useStore();
  const { message } = App.useApp();
  const { status, refresh, lockNow } = useLockControl();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [recoveryKey, setRecoveryKey] = useState('');
  const { busy, failure, progress, setProgress, run } = useSafetyTask();
  const details = useLiveQuery(() => lockDetails(store), [store, status]);
  const settings = useLiveQuery(() => store.getSettings(), [store]);

  const enable = () => run(async () => {
    if (passphrase.length < 8) throw new Error('口令至少8位。');
    if (passphrase !== confirm) throw new Error('两次输入的口令不一致。');
    const result = await enableLock(store, passphrase, { onProgress: setProgress });
    setRecoveryKey(result.recoveryKey);
    setPassphrase('');
    setConfirm('');
    await refresh();
  });

  const disable = () => run(async () => {
    await disableLock(store, setProgress);
    await refresh();
    message.success('应用锁已关闭，数据已解密保存');
  });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        办公电脑常有多人共用。开启应用锁后，打开脚步需要输入口令；离开一段时间或关闭浏览器后自动锁定；
        姓名、身份证号、电话、住址、走访内容、问题描述等在本机以加密形式保存（日期、状态、期限、类别、网格等不加密，便于查询）。
      </Typography.Paragraph>
      {status === 'off' ? (
        <>
          <Alert type="warning" showIcon message="请务必记住口令并保存恢复密钥"
            description="没有口令、也没有恢复密钥时，加密的数据任何人都无法读取，包括您本人和开发者，也无法找回。" />
          <Space wrap>
            <Input.Password placeholder="设置口令（至少8位）" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} style={{ width: 220 }} data-testid="lock-new" />
            <Input.Password placeholder="再输入一次" value={confirm} onChange={(e) => setConfirm(e.target.value)} style={{ width: 220 }} data-testid="lock-confirm" />
          </Space>
          <Checkbox checked={understood} onChange={(e) => setUnderstood(e.target.checked)} data-testid="lock-understood">
            我已了解：忘记口令又丢失恢复密钥，数据将无法读取
          </Checkbox>
          <Button type="primary" disabled={!understood} loading={busy} onClick={enable} data-testid="lock-enable">开启应用锁并加密数据</Button>
        </>
      ) : (
        <>
          <Descriptions size="small" bordered column={1} items={[
            { key: 's', label: '状态', children: details?.state === 'on' ? '已开启，数据已加密' : '正在处理（中断后下次解锁时继续）' },
            { key: 'k', label: '口令强化（PBKDF2-SHA256）', children: `${details?.iterations ?? '—'} 次迭代` },
          ]} />
          <Space wrap>
            <span>无操作</span>
            <InputNumber min={1} max={480} value={settings?.lockIdleMinutes} onChange={(v) => v && void store.saveSettings({ lockIdleMinutes: v })} />
            <span>分钟后自动锁定</span>
            <Button onClick={lockNow} data-testid="lock-now">立即锁定</Button>
            <Popconfirm title="关闭应用锁？" description="所有数据将解密后保存在本机。" okText="关闭" cancelText="取消" onConfirm={disable}>
              <Button danger loading={busy}>关闭应用锁</Button>
            </Popconfirm>
          </Space>
        </>
      )}
      <ProgressLine progress={progress} />
      {failure && <Alert type="error" showIcon message={failure} />}
      <Modal open={!!recoveryKey} title="请抄下或打印恢复密钥" closable={false} maskClosable={false}
        footer={<Button type="primary" onClick={() => setRecoveryKey('')} data-testid="recovery-done">我已妥善保存</Button>}>
        <Typography.Paragraph>忘记口令时，只有这串恢复密钥能打开数据。请抄在纸上或打印后锁进抽屉，不要与电脑放在一起。</Typography.Paragraph>
        <Typography.Paragraph copyable code style={{ fontSize: 18 }} data-testid="recovery-key">{recoveryKey}</Typography.Paragraph>
        <Button onClick={() => window.print()}>打印</Button>
      </Modal>
    </Space>
  );
}
