/**
 * Each tab's latest summary, so the browser's own side panel can mirror what the page shows.
 * Session storage: survives the background being suspended, not a browser restart.
 */
import { storage } from '#imports';
import type { TabSummary } from './messages';

const summaries = storage.defineItem<Record<string, TabSummary>>('session:tabSummaries', { fallback: {} });

export async function setTabSummary(tabId: number, summary: TabSummary | null): Promise<void> {
  const all = { ...(await summaries.getValue()) };
  if (summary) all[tabId] = summary;
  else delete all[tabId];
  await summaries.setValue(all);
}

export async function getTabSummary(tabId: number): Promise<TabSummary | null> {
  return (await summaries.getValue())[tabId] ?? null;
}

export function watchTabSummaries(callback: () => void): () => void {
  return summaries.watch(callback);
}
