/**
 * The administrator's policy, from the browser's managed storage: Chrome and Edge fill it
 * from `3rdparty.extensions.<id>` policies (checked against public/managed_schema.json),
 * Firefox from `3rdparty.Extensions.<id>` in policies.json. The one place that talks to
 * `storage.managed`, so every browser difference is handled here:
 * - Firefox's `get()` throws when no policy exists for the add-on: that means "no policy";
 * - a browser without the managed area at all (or a page that cannot reach it): no policy.
 */
import { storage } from '#imports';
import { browser } from 'wxt/browser';

type ManagedArea = { get(keys?: null): Promise<Record<string, unknown>> };

function managedArea(): ManagedArea | undefined {
  try {
    return (browser.storage as unknown as { managed?: ManagedArea }).managed;
  } catch {
    return undefined;
  }
}

async function readLive(): Promise<unknown> {
  const area = managedArea();
  if (!area) return {};
  try {
    return (await area.get(null)) ?? {};
  } catch {
    return {};
  }
}

/**
 * Chromium answers `storage.managed.get` only once its policy service is ready, a few seconds
 * after the browser starts. A page reviewed before then uses the policy as last seen (kept
 * here by the background), so a managed browser stays managed across restarts.
 */
const lastSeen = storage.defineItem<Record<string, unknown> | null>('local:managedPolicyLastSeen', { fallback: null });

/** How long a read may wait for the browser when the last policy seen is there to fall back on, and when it is not. */
export interface PolicyDeadlines {
  withLastSeenMs: number;
  withoutLastSeenMs: number;
}

/**
 * The raw policy object (not yet validated); `{}` when there is none. With `deadlines`, a
 * browser that has not answered in time gets the last policy seen instead: soon when there is
 * one (the background keeps it current), later when there is none yet (a new install, whose
 * policy only the live read can give).
 */
export async function readManagedPolicy(deadlines?: PolicyDeadlines): Promise<unknown> {
  const live = readLive();
  if (deadlines === undefined) return live;
  const seen = lastSeen.getValue().catch(() => null);
  const late = Symbol('late');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = seen.then(
    (value) => new Promise<typeof late>((resolve) => (timer = setTimeout(() => resolve(late), value ? deadlines.withLastSeenMs : deadlines.withoutLastSeenMs))),
  );
  const first = await Promise.race([live, deadline]);
  clearTimeout(timer);
  if (first !== late) return first;
  return (await seen) ?? {};
}

/** Stores the live policy for pages reviewed before the browser can answer (background). */
export async function rememberManagedPolicy(): Promise<void> {
  const live = await readLive();
  const value = typeof live === 'object' && live !== null && !Array.isArray(live) ? (live as Record<string, unknown>) : {};
  if (JSON.stringify(value) !== JSON.stringify(await lastSeen.getValue())) await lastSeen.setValue(value);
}

/** Calls `onChange` whenever the administrator's policy changes while the browser runs. */
export function watchManagedPolicy(onChange: () => void): () => void {
  const listener = (_changes: unknown, areaName: string) => {
    if (areaName === 'managed') onChange();
  };
  try {
    browser.storage.onChanged.addListener(listener);
  } catch {
    return () => undefined;
  }
  return () => browser.storage.onChanged.removeListener(listener);
}
