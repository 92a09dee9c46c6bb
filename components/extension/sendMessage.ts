import { Reply, type Message } from '@/lib/messages';

/** Sends a typed message to the service worker and checks the reply's shape. */
export async function sendMessage(message: Message): Promise<Reply> {
  return Reply.parse(await browser.runtime.sendMessage(message));
}
