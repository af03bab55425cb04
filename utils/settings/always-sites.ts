/**
 * The background's half of `alwaysSites`: when a listed page finishes loading, the analyser
 * is injected into it even though the every-page sniffer saw nothing (the analyser guards
 * against running twice when both ask).
 */
import { browser } from 'wxt/browser';
import { matchesSite } from './site-patterns';
import { getSettings } from './store';

export async function injectOnAlwaysSite(tabId: number, url: string): Promise<void> {
  try {
    const settings = await getSettings();
    if (!settings.enabled || settings.alwaysSites.length === 0) return;
    if (!matchesSite(url, settings.alwaysSites) || matchesSite(url, settings.neverLockSites)) return;
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/analyzer.js'] });
  } catch {
    // A page the extension may not script (a browser page, a closed tab): nothing to do.
  }
}
