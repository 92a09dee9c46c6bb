import { Button, Flex, Typography } from 'antd';
import { useEffect } from 'react';
import { sendMessage } from '../extension/sendMessage';

/** The toolbar popup: the entry to everything, fast. Later issues fill in each action. */
export function PopupApp() {
  // Marks the moment the popup can be used, for the popup-interactive benchmark.
  useEffect(() => { performance.mark('footsteps:interactive'); }, []);
  const open = (route: string) => async () => {
    await sendMessage({ type: 'openWorkspace', route });
    window.close();
  };
  return (
    <Flex vertical gap={8} style={{ width: 280, padding: 12 }}>
      <Typography.Title level={5} style={{ margin: 0, color: '#c0392b' }}>脚步 · 调研走访助手</Typography.Title>
      <Button type="primary" block onClick={open('/')} data-testid="open-workspace">打开工作台</Button>
      <Button block onClick={open('/visits?quick=1')}>快速记一笔</Button>
      <Button block onClick={() => sendMessage({ type: 'fillActiveTab' })}>填写本页</Button>
      <Button block onClick={open('/reports')}>导出调研报告</Button>
    </Flex>
  );
}
