import { App, Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { captureIssueDraft, captureVisitDraft } from '@/lib/autofill-values';
import { useStore } from '../app/AppProvider';
import { captureTab } from '../extension/injectAutofill';
import { sendMessage } from '../extension/sendMessage';

const today = () => new Date().toLocaleDateString('sv-SE');

/** 采集: the page (a filled form, a 12345 ticket's detail page) read into a new issue or visit, in one click. */
export function CaptureCard({ tabId }: { tabId: number }) {
  const store = useStore();
  const { message } = App.useApp();
  const [saved, setSaved] = useState<{ what: string; title: string; route: string } | null>(null);

  const capture = (kind: 'issue' | 'visit') => async () => {
    try {
      const page = await captureTab(tabId);
      if (!page.fields.length) throw new Error('这个页面上没有读到可用的信息');
      const context = { pageTitle: page.title, url: page.url, today: today() };
      if (kind === 'issue') {
        const issue = await store.issues.create(captureIssueDraft(page.fields, context));
        setSaved({ what: '问题', title: issue.title, route: `/issues?id=${issue.id}` });
      } else {
        const visit = await store.visits.create(captureVisitDraft(page.fields, context));
        setSaved({ what: '走访记录（草稿）', title: visit.date, route: `/visits?id=${visit.id}` });
      }
    } catch (error) {
      message.error((error as Error).message);
    }
  };

  return (
    <Card size="small" title="采集本页" style={{ marginTop: 12 }}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        把页面上的工单、登记表或详情读成一条新记录（例如 12345 工单变成问题清单里的一项）。
      </Typography.Paragraph>
      <Space>
        <Button data-testid="capture-issue" onClick={capture('issue')}>采集为问题</Button>
        <Button data-testid="capture-visit" onClick={capture('visit')}>采集为走访</Button>
      </Space>
      {saved && (
        <Typography.Paragraph data-testid="capture-saved" style={{ marginTop: 8, marginBottom: 0 }}>
          已保存为新{saved.what}：{saved.title}{' '}
          <Typography.Link onClick={() => sendMessage({ type: 'openWorkspace', route: saved.route })}>在工作台查看</Typography.Link>
        </Typography.Paragraph>
      )}
    </Card>
  );
}
