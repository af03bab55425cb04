/**
 * The background's half of `alwaysSites`: a listed page gets the analyser even though the
 * every-page check saw nothing there (background-first-look.ts asks, for each top frame).
 */
import { matchesSite } from './site-patterns';
import { getSettings } from './store';

export async function isAlwaysSite(url: string): Promise<boolean> {
  try {
    const settings = await getSettings();
    if (!settings.enabled || settings.alwaysSites.length === 0) return false;
    return matchesSite(url, settings.alwaysSites) && !matchesSite(url, settings.neverLockSites);
  } catch {
    // Settings that cannot be read: the every-page check alone decides.
    return false;
  }
}
