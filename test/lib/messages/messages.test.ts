import { describe, expect, it } from 'vitest';
import { parseMessage } from '@/lib/messages';

describe('parseMessage (the one contract between extension parts)', () => {
  it('takes the counts a page has just made for the badge, or none', () => {
    expect(parseMessage({ type: 'refreshReminders', counts: { overdue: 3, dueSoon: 0 } }))
      .toEqual({ message: { type: 'refreshReminders', counts: { overdue: 3, dueSoon: 0 } } });
    expect(parseMessage({ type: 'refreshReminders' })).toEqual({ message: { type: 'refreshReminders' } });
  });

  it('answers a malformed or unknown message in Chinese instead of throwing', () => {
    for (const bad of [{ type: 'refreshReminders', counts: { overdue: -1, dueSoon: 0 } }, { type: 'nope' }, 'ping', null]) {
      expect(parseMessage(bad)).toEqual({ error: '无法识别的扩展内部消息' });
    }
    expect(parseMessage({ type: 'openWorkspace' })).toEqual({ message: { type: 'openWorkspace', route: '/' } });
  });
});
