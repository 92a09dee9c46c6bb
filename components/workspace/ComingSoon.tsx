import { Empty } from 'antd';

/** A section whose screens later issues build; says so instead of showing a blank page. */
export function ComingSoon({ what }: { what: string }) {
  return <Empty description={`${what}即将上线。现在可以在“设置”中载入演示数据，或先完善我的信息。`} />;
}
