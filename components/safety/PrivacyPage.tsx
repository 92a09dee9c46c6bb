import { Card, Table, Typography } from 'antd';

const STORED: { what: string; where: string; who: string }[] = [
  { what: '调研课题、走访记录、联系户、问题清单、报告草稿', where: '本机浏览器的 IndexedDB 数据库（名为 footsteps），只属于本扩展', who: '只有本扩展的页面能读；开启应用锁后，姓名、身份证号、电话、住址、走访内容、问题描述等敏感内容以加密形式保存' },
  { what: '我的信息、设置', where: '同一数据库', who: '只有本扩展' },
  { what: '安全快照（恢复或升级前自动保存，最多3份）', where: '同一数据库', who: '与原数据相同：开启应用锁时同样是密文' },
  { what: '汇总冲突的另一版本', where: '同一数据库', who: '与原数据相同' },
  { what: '应用锁的密钥', where: '同一数据库中只保存“被口令和恢复密钥加密后的”数据密钥；解锁后的密钥只在打开的页面内存中，关闭或锁定即清除', who: '后台服务进程从不持有密钥' },
  { what: '备份文件、汇总包', where: '您下载并选择保存的位置（如U盘）', who: '持有文件的人；选择“加密”后需备份密码才能打开' },
];

/** 隐私说明: what is stored where, in plain words. */
export function PrivacyPage() {
  return (
    <Card title="隐私说明：数据存在哪里" data-testid="privacy-page">
      <Typography.Paragraph>
        脚步不联网：不上传、不同步、不统计，不向任何服务器发送请求（自动化测试会记录扩展的全部网络请求，确认一个也没有）。
        扩展只申请必要的权限；只有在您打开某个政务网站并主动点击“填写”时，才会接触该网页。
      </Typography.Paragraph>
      <Table size="small" pagination={false} rowKey="what" dataSource={STORED}
        columns={[{ title: '数据', dataIndex: 'what', width: '30%' }, { title: '存放位置', dataIndex: 'where' }, { title: '谁能读取', dataIndex: 'who' }]} />
      <Typography.Paragraph style={{ marginTop: 16 }}>
        清除浏览器数据或卸载扩展会删除这些记录，请定期在“数据安全 → 备份与恢复”中备份。
        电脑多人共用时，请在“数据安全 → 应用锁”中设置口令：离开15分钟（可调整）或关闭浏览器后自动锁定。
      </Typography.Paragraph>
    </Card>
  );
}
