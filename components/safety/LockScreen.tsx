import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { unlock, unlockWithRecoveryKey } from '@/lib/crypto';
import { useStore } from '../app/AppProvider';
import { ProgressLine } from './ProgressLine';
import { useSafetyTask } from './useSafetyTask';

/** 已锁定: the passphrase, or the recovery key and a new passphrase, opens the workspace. */
export function LockScreen({ onUnlocked }: { onUnlocked: () => void }) {
  const store = useStore();
  const [recovering, setRecovering] = useState(false);
  const { busy, failure, setFailure, progress, setProgress, run } = useSafetyTask();

  const submit = (values: { passphrase?: string; recoveryKey?: string; newPassphrase?: string }) => run(async () => {
    if (recovering) await unlockWithRecoveryKey(store, values.recoveryKey ?? '', values.newPassphrase ?? '', { onProgress: setProgress });
    else await unlock(store, values.passphrase ?? '', setProgress);
    onUnlocked();
  });

  return (
    <div style={{ maxWidth: 420, margin: '64px auto', padding: 16 }}>
      <Card data-testid="lock-screen">
        <Typography.Title level={4}>脚步已锁定</Typography.Title>
        <Typography.Paragraph type="secondary">为保护走访对象的个人信息，请输入口令解锁。</Typography.Paragraph>
        <Form layout="vertical" onFinish={submit} disabled={busy}>
          {recovering ? (
            <>
              <Form.Item label="恢复密钥" name="recoveryKey"><Input placeholder="开启应用锁时抄下的恢复密钥" autoComplete="off" /></Form.Item>
              <Form.Item label="新口令（至少8位）" name="newPassphrase"><Input.Password autoComplete="new-password" /></Form.Item>
            </>
          ) : (
            <Form.Item label="口令" name="passphrase">
              <Input.Password autoFocus autoComplete="current-password" data-testid="lock-passphrase" />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" loading={busy} block data-testid="lock-unlock">{recovering ? '用恢复密钥解锁' : '解锁'}</Button>
        </Form>
        <ProgressLine progress={progress} />
        {failure && <Alert style={{ marginTop: 12 }} type="error" showIcon message={failure} data-testid="lock-error" />}
        <Button type="link" onClick={() => { setRecovering(!recovering); setFailure(''); }} style={{ padding: 0, marginTop: 8 }}>
          {recovering ? '用口令解锁' : '忘记口令？用恢复密钥'}
        </Button>
      </Card>
    </div>
  );
}
