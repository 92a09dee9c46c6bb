import { Card, Typography } from 'antd';
import { ProfileForm } from '../profile/ProfileForm';
import { useHashRoute } from '../app/useHashRoute';

/** First run: asks once for the facts the user types most often. */
export function Welcome() {
  const { navigate } = useHashRoute();
  return (
    <div style={{ maxWidth: 560, margin: '48px auto' }}>
      <Card>
        <Typography.Title level={3}>欢迎使用脚步</Typography.Title>
        <Typography.Paragraph>
          先填写您本人的信息。以后填写政务系统表单、生成调研报告时会自动带入，不用再反复输入。
          所有数据只保存在这台电脑的浏览器中，不会上传。
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">
          电脑多人共用？建议稍后在 <a href="#/safety?tab=lock">数据安全 → 应用锁</a> 设置口令，走访对象的个人信息将加密保存。
        </Typography.Paragraph>
        <ProfileForm submitText="保存并进入工作台" onSaved={() => navigate('/')} />
      </Card>
    </div>
  );
}
