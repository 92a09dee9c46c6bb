import { App, AutoComplete, Button, Card, Flex, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useStore } from '../app/AppProvider';
import { useReportContext } from './useReportContext';

const BODY_FONTS = ['仿宋_GB2312', '仿宋', 'FangSong'];
const TITLE_FONTS = ['方正小标宋简体', '方正小标宋_GBK', '宋体', '华文中宋'];

/** 报告字体 (Settings.reportFonts): the GB2312 fonts by default; 仿宋 / 宋体 where they are not installed. */
export function ReportFontsCard() {
  const store = useStore();
  const { message } = App.useApp();
  const { fonts } = useReportContext();
  const [body, setBody] = useState(fonts.body);
  const [title, setTitle] = useState(fonts.title);
  useEffect(() => { setBody(fonts.body); setTitle(fonts.title); }, [fonts.body, fonts.title]);

  async function save() {
    if (!body.trim() || !title.trim()) { message.warning('字体名称不能为空'); return; }
    await store.saveSettings({ reportFonts: { body: body.trim(), title: title.trim() } });
    message.success('已保存报告字体');
  }
  const options = (names: string[]) => names.map((value) => ({ value }));
  return (
    <Card title="报告字体">
      <Flex gap={16} wrap align="center">
        <span>正文 <AutoComplete id="report-font-body" style={{ width: 180 }} value={body} onChange={setBody} options={options(BODY_FONTS)} /></span>
        <span>标题 <AutoComplete id="report-font-title" style={{ width: 180 }} value={title} onChange={setTitle} options={options(TITLE_FONTS)} /></span>
        <Button onClick={save} disabled={body === fonts.body && title === fonts.title}>保存字体</Button>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
        按 GB/T 9704 默认正文仿宋_GB2312、标题方正小标宋简体；电脑上没有这些字体时可改为“仿宋”“宋体”。
        各级标题的黑体、楷体随正文字体自动匹配。
      </Typography.Paragraph>
    </Card>
  );
}
