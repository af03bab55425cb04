/**
 * The user's settings in extension storage (synced across the user's browsers), merged over
 * the defaults. Every part of Clausewise reads settings through here.
 */
import { storage } from '#imports';
import { DEFAULT_SETTINGS, type Settings } from './defaults';

const userSettings = storage.defineItem<Partial<Settings>>('sync:settings', { fallback: {} });

export async function getSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await userSettings.getValue()) };
}

export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  await userSettings.setValue({ ...(await userSettings.getValue()), ...patch });
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return userSettings.watch((value) => callback({ ...DEFAULT_SETTINGS, ...value }));
}

/** True when `hostname` is one of `sites` or a subdomain of one. */
export function matchesSite(hostname: string, sites: string[]): boolean {
  const host = hostname.toLowerCase();
  return sites.some((site) => {
    const s = site.trim().toLowerCase().replace(/^\*\./u, '');
    return s !== '' && (host === s || host.endsWith(`.${s}`));
  });
}
