import { App, Button } from 'antd';

/**
 * Shows "已删除 … 撤销" for a few seconds; 撤销 runs `undo` (every delete is soft). Only the latest
 * change can be undone this way, so a new message replaces the previous one.
 */
export function useUndoMessage() {
  const { message } = App.useApp();
  return (text: string, undo: () => Promise<unknown>) => {
    const key = 'undo';
    message.open({
      key,
      type: 'success',
      duration: 8,
      content: (
        <span>
          {text}
          <Button type="link" size="small" data-testid="undo" onClick={() => { message.destroy(key); void undo().then(() => message.info('已撤销')); }}>
            撤销
          </Button>
        </span>
      ),
    });
  };
}
