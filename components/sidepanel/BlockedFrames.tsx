import { Alert, Button } from 'antd';

/**
 * Forms embedded from another site (门户 at one host, 业务系统 at another): the extension may enter
 * only the site the user clicked on, so these are neither detected nor filled until the user enables
 * that site. One warning per site, with the button that asks the browser for it (from the click).
 */
export function BlockedFrames({ origins, onEnable }: { origins: string[]; onEnable: (origin: string) => void }) {
  return origins.map((origin) => (
    <Alert
      key={origin}
      type="warning"
      showIcon
      style={{ marginTop: 8 }}
      data-testid="blocked-frame"
      title={`页面中嵌入的 ${origin} 的表单需要授权：点“启用该网站”`}
      description="脚步只能访问你点击图标的网站；嵌入的这个网站的字段没有识别，也不会填写。浏览器询问时点“允许”，再点“填写”。"
      action={<Button size="small" type="primary" ghost onClick={() => onEnable(origin)} data-testid="enable-frame-site">启用该网站</Button>}
    />
  ));
}
