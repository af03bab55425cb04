/**
 * The settings every part of Clausewise reads: the user's choices (extension storage, synced
 * across their browsers) layered under the administrator's policy (managed storage) and over
 * the defaults. See resolve.ts for the rules and validate.ts for what a bad value does.
 */
import { storage } from '#imports';
import type { Settings } from './defaults';
import { readManagedPolicy, watchManagedPolicy } from './managed';
import { resolveSettings, type ResolvedSettings } from './resolve';
import { validatePolicy } from './validate';
import type { SettingsLayer } from './paths';

export { matchesSite } from './site-patterns';

const userSettings = storage.defineItem<SettingsLayer>('sync:settings', { fallback: {} });

/** The user's layer, with anything malformed in it (an older version's data) dropped silently. */
async function readUserLayer(): Promise<SettingsLayer> {
  const { userChangeable: _notTheUsersToSet, ...layer } = validatePolicy(await userSettings.getValue()).policy;
  return layer;
}

/**
 * How long a page waits for the browser's policy before using the last one seen (which the
 * background keeps current). Once Chromium's policy service is ready a read answers in about
 * 1 ms; until then it does not answer at all, and in a browser whose pages asked from its first
 * second it went on not answering for as long as they kept asking (measured over half a
 * minute). Every review waits this long in that state, with the agree controls still free, so
 * the wait is short where the last policy seen can stand in, and a little longer on a new install
 * (the one first read we saw answer took 2.9 s, past the 1.5 s this used to wait).
 */
const POLICY_DEADLINES = { withLastSeenMs: 50, withoutLastSeenMs: 300 };

/**
 * The effective settings. `waitForPolicy`: wait for the browser's live policy however long it
 * takes (the options page, which must show the truth); otherwise see POLICY_DEADLINES.
 */
export async function getSettingsState(options: { waitForPolicy?: boolean } = {}): Promise<ResolvedSettings> {
  const [user, raw] = await Promise.all([readUserLayer(), readManagedPolicy(options.waitForPolicy ? undefined : POLICY_DEADLINES)]);
  const { policy, warnings } = validatePolicy(raw);
  return resolveSettings(user, policy, warnings);
}

export async function getSettings(): Promise<Settings> {
  return (await getSettingsState()).settings;
}

/** Saves the user's choices; values the policy locks are kept but have no effect. */
export async function saveSettings(patch: SettingsLayer): Promise<void> {
  const current = (await userSettings.getValue()) ?? {};
  const research = patch.research ? { research: { ...current.research, ...patch.research } } : {};
  await userSettings.setValue({ ...current, ...patch, ...research });
}

/** Calls back with fresh state whenever the user's settings or the policy change. */
export function watchSettingsState(callback: (state: ResolvedSettings) => void): () => void {
  const refresh = () => void getSettingsState({ waitForPolicy: true }).then(callback);
  const stopUser = userSettings.watch(refresh);
  const stopPolicy = watchManagedPolicy(refresh);
  return () => {
    stopUser();
    stopPolicy();
  };
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return watchSettingsState((state) => callback(state.settings));
}
