/**
 * The background half of research mode: stores the records the pages send, finalises views
 * whose page died without saying goodbye, and runs the upload loop. MV3 service workers
 * sleep, so the loop keeps nothing in memory that matters: the queue is in storage, a timer
 * retries while the worker is awake and an alarm wakes it for the next retry.
 */
import { browser } from 'wxt/browser';
import type { ResearchSettings } from '@/utils/settings/defaults';
import { getSettings, watchSettings } from '@/utils/settings/store';
import { mayUpload } from './data-consent';
import { enqueue, flushOutbox, httpSender, retryAllNow } from './outbox';
import { getView, listViews, pruneViews, putView } from './store';
import type { ViewRecord } from './types';

const UPLOAD_ALARM = 'clausewise-research-upload';
/** A page that has sent no checkpoint for this long is gone (checkpoints come every few seconds). */
const STALE_VIEW_MS = 30 * 60_000;

let views: Promise<unknown> = Promise.resolve();
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = views.then(task, task);
  views = run.catch(() => undefined);
  return run;
}

/** What leaves the browser: clause text and headings only when the policy allows it. */
export function forUpload(record: ViewRecord, research: ResearchSettings): ViewRecord {
  if (research.uploadClauseText) return record;
  return { ...record, clauses: record.clauses.map(({ text: _text, heading: _heading, ...rest }) => rest) };
}

function looksLikeRecord(value: unknown): value is ViewRecord {
  const r = value as ViewRecord;
  return typeof r === 'object' && r !== null && typeof r.viewId === 'string' && r.viewId.length > 0 && Array.isArray(r.clauses) && Array.isArray(r.scroll);
}

/**
 * Stores a view as final, and queues it for upload while research mode is on. A view ended by
 * research mode being turned off keeps what it recorded, in this browser only: nothing is
 * queued after the switch.
 */
async function finalize(record: ViewRecord): Promise<void> {
  await putView(record);
  const { research } = await getSettings();
  if (research.enabled && research.uploadEndpoint) await enqueue(forUpload(record, research));
}

/** A checkpoint or the final record of a view, from the page's recorder. */
export async function saveViewFromPage(record: unknown): Promise<void> {
  if (!looksLikeRecord(record)) return;
  const finalized = await serially(async () => {
    const stored = await getView(record.viewId);
    // A view finalised as stale does not come back to life; a final record is never redone.
    if (stored?.final) return false;
    if (!record.final) {
      await putView(record);
      return false;
    }
    await finalize(record);
    return true;
  });
  if (finalized) {
    const { research } = await getSettings();
    await pruneViews(research.retentionDays);
    void uploadNow();
  }
}

/** Views left unfinished by a page that died (browser closed, tab crashed) are final as they are. */
export async function finalizeStaleViews(olderThanMs: number, now = Date.now()): Promise<number> {
  return serially(async () => {
    const stale = (await listViews()).filter((v) => !v.final && v.updatedAt <= now - olderThanMs);
    for (const view of stale) await finalize({ ...view, final: true });
    return stale.length;
  });
}

let retryTimer: ReturnType<typeof setTimeout> | undefined;

async function schedule(nextAt: number | null): Promise<void> {
  clearTimeout(retryTimer);
  if (nextAt === null) {
    await browser.alarms.clear(UPLOAD_ALARM);
    return;
  }
  retryTimer = setTimeout(() => void uploadNow(), Math.max(0, nextAt - Date.now()));
  // If the worker is asleep by then, the alarm wakes it.
  await browser.alarms.create(UPLOAD_ALARM, { when: Math.max(Date.now() + 1000, nextAt + 1000) });
}

/** Sends what is due. Without an endpoint the queue simply waits. */
export async function uploadNow(): Promise<void> {
  try {
    const { research } = await getSettings();
    if (!research.uploadEndpoint) return;
    // Firefox: not before the browser's own data consent is granted (see data-consent.ts).
    if (!(await mayUpload(research))) return;
    const nextAt = await flushOutbox(httpSender(research.uploadEndpoint, research.studyId));
    await schedule(nextAt);
  } catch (error) {
    console.warn('Clausewise: research upload failed; it will be retried.', error);
  }
}

/** Wires the loop into the background; call once at its start. */
export function startResearchBackground(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === UPLOAD_ALARM) void uploadNow();
  });
  browser.runtime.onStartup.addListener(() => {
    // A new browser session: every page of the last one is gone (pages restored in this session
    // start new views, after this worker started).
    void finalizeStaleViews(0, performance.timeOrigin)
      .then(() => retryAllNow())
      .then(uploadNow);
  });
  watchSettings(() => void uploadNow());
  // Firefox's data consent granted on the settings page: send what waited for it.
  browser.permissions?.onAdded?.addListener(() => void uploadNow());
  // The worker (re)starts: pick up where the queue was, close views whose page died, and
  // drop views past their retention.
  void finalizeStaleViews(STALE_VIEW_MS)
    .then(async () => pruneViews((await getSettings()).research.retentionDays))
    .then(uploadNow)
    .catch((error) => console.warn('Clausewise: research housekeeping failed.', error));
}
