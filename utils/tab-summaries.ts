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

/**
 * Publishes a frame's summary for its tab. The top frame's summary is the tab's; a subframe's
 * (terms in a frame of a checkout page) stands for the tab only while the top frame has none,
 * and only one subframe's at a time, so that the side panel mirrors the agreement the page
 * shows rather than whichever frame spoke last.
 */
export async function publishFrameSummary(tabId: number, frameId: number, summary: TabSummary): Promise<void> {
  const current = await getTabSummary(tabId);
  if (keepsCurrent(current, frameId)) return;
  await setTabSummary(tabId, { ...summary, frameId });
}

/** A subframe moved to another document: its summary no longer stands for the tab. */
export async function forgetFrameSummary(tabId: number, frameId: number): Promise<void> {
  if (frameId !== 0 && (await getTabSummary(tabId))?.frameId === frameId) await setTabSummary(tabId, null);
}

/** Whether a summary from `frameId` leaves the tab's `current` one in place. */
function keepsCurrent(current: TabSummary | null, frameId: number): boolean {
  if (!current || frameId === 0) return false;
  return (current.frameId ?? 0) !== frameId;
}

export async function getTabSummary(tabId: number): Promise<TabSummary | null> {
  return (await summaries.getValue())[tabId] ?? null;
}

export function watchTabSummaries(callback: () => void): () => void {
  return summaries.watch(callback);
}
