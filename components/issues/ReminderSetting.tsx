import { App, Card, Space, Switch, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { sendMessage } from '../extension/sendMessage';
import { useStore } from '../app/AppProvider';

/** 设置 → 到期提醒: the toolbar badge and the daily notification, on or off. */
export function ReminderSetting() {
  const store = useStore();
  const { message } = App.useApp();
  const settings = useLiveQuery(() => store.getSettings(), [store]);

  async function toggle(on: boolean) {
    await store.saveSettings({ dailyReminder: on });
    await sendMessage({ type: 'refreshReminders' }).catch(() => undefined);
    message.success(on ? '已开启到期提醒' : '已关闭到期提醒');
  }

  return (
    <Card title="到期提醒">
      <Space align="start">
        <Switch checked={settings?.dailyReminder ?? true} loading={!settings} onChange={toggle} data-testid="daily-reminder" />
        <Typography.Text>
          在工具栏图标上显示已超期和7天内到期的问题数，并每天提醒一次。
        </Typography.Text>
      </Space>
    </Card>
  );
}
