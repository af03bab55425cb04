/**
 * The administrator's policy, from the browser's managed storage: Chrome and Edge fill it
 * from `3rdparty.extensions.<id>` policies (checked against public/managed_schema.json),
 * Firefox from `3rdparty.Extensions.<id>` in policies.json. The one place that talks to
 * `storage.managed`, so every browser difference is handled here:
 * - Firefox's `get()` throws when no policy exists for the add-on: that means "no policy";
 * - a browser without the managed area at all (or a page that cannot reach it): no policy.
 */
import { browser } from 'wxt/browser';

type ManagedArea = { get(keys?: null): Promise<Record<string, unknown>> };

function managedArea(): ManagedArea | undefined {
  try {
    return (browser.storage as unknown as { managed?: ManagedArea }).managed;
  } catch {
    return undefined;
  }
}

/** The raw policy object (not yet validated); `{}` when there is none. */
export async function readManagedPolicy(): Promise<unknown> {
  const area = managedArea();
  if (!area) return {};
  try {
    return (await area.get(null)) ?? {};
  } catch {
    return {};
  }
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
