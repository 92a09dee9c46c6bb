import type { Store } from '../db';

/**
 * This device's origin (who records here): a random device id made on first use and kept in
 * settings, with the name from 我的信息. Stamped on records so consolidation keeps who wrote what.
 */
export async function deviceOrigin(store: Store): Promise<{ deviceId: string; name: string }> {
  let settings = await store.getSettings();
  if (!settings.deviceId) settings = await store.saveSettings({ deviceId: crypto.randomUUID() });
  const profile = await store.getProfile();
  return { deviceId: settings.deviceId, name: profile?.name ?? '' };
}
