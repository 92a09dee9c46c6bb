import { Button, Card, Empty, Typography } from 'antd';
import { sendMessage } from '../extension/sendMessage';

/** The side panel beside a government system: the autofill working pane (built by the autofill issue). */
export function SidePanelApp() {
  return (
    <div style={{ padding: 12 }}>
      <Typography.Title level={5} style={{ color: '#c0392b' }}>脚步 · 填表助手</Typography.Title>
      <Card size="small">
        <Empty description="打开需要填写的政务系统页面，在这里选择一条记录，即可把信息填入表单。" />
        <Button block onClick={() => sendMessage({ type: 'openWorkspace', route: '/' })}>打开工作台</Button>
      </Card>
    </div>
  );
}
