// Running the closure workflow against the store: each step read and written in one transaction.
import type { Store } from '../db';
import type { IssueItem } from '../schema';
import { applyIssueAction, type IssueAction } from './workflow';

/** The name recorded in the status history: the user's own, from 我的信息. */
export async function currentActorName(store: Store): Promise<string> {
  return (await store.getProfile())?.name ?? '本人';
}

/** Applies one workflow step to a stored issue; a refusal throws a ValidationError and writes nothing. */
export async function runIssueAction(store: Store, id: string, action: IssueAction, input: unknown): Promise<IssueItem> {
  const by = await currentActorName(store);
  const at = store.clock.now();
  return store.issues.update(id, (current) => applyIssueAction(current, action, input, { by, at }));
}

/** Puts an issue back as it was (the 撤销 of a workflow step): its fields and history together. */
export async function restoreIssueState(store: Store, previous: IssueItem): Promise<IssueItem> {
  return store.issues.update(previous.id, previous);
}
