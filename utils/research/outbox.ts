/**
 * The upload queue, persisted in local storage so that nothing is lost when the browser
 * restarts, the service worker sleeps or the collector is down. Finished views wait in
 * `pending`; when a send starts they are sealed into a batch with a random idempotency key,
 * and that batch is re-sent as it is — same key, same events — until the collector answers
 * 2xx. So a collector that de-duplicates on the key (or on the event ids) stores every event
 * exactly once, even when an answer is lost and the batch arrives twice.
 */
import { browser } from 'wxt/browser';
import type { ViewRecord } from './types';

const OUTBOX_KEY = 'research:outbox';
export const BATCH_SIZE = 20;
export const BASE_BACKOFF_MS = 2000;
export const MAX_BACKOFF_MS = 5 * 60_000;
const SEND_TIMEOUT_MS = 30_000;

export interface Batch {
  /** Sent as the `Idempotency-Key` header and as `batchId` in the body. */
  key: string;
  events: ViewRecord[];
  attempts: number;
  /** Epoch ms before which the batch is not retried. */
  nextAt: number;
  lastError?: string;
}

export interface Outbox {
  pending: ViewRecord[];
  batches: Batch[];
}

export interface SendResult {
  ok: boolean;
  error?: string;
}

export type Sender = (batch: Batch) => Promise<SendResult>;

export async function readOutbox(): Promise<Outbox> {
  const stored = ((await browser.storage.local.get(OUTBOX_KEY)) as Record<string, Outbox | undefined>)[OUTBOX_KEY];
  return { pending: stored?.pending ?? [], batches: stored?.batches ?? [] };
}

async function writeOutbox(outbox: Outbox): Promise<void> {
  await browser.storage.local.set({ [OUTBOX_KEY]: outbox });
}

/** Every change to the outbox goes through here, one at a time, so no update is lost. */
let chain: Promise<unknown> = Promise.resolve();
export function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const run = chain.then(task, task);
  chain = run.catch(() => undefined);
  return run;
}

/** Exponential backoff with ±20 % jitter, so many browsers do not retry in step. */
export function backoffMs(attempts: number, random = Math.random): number {
  const base = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

export function enqueue(event: ViewRecord): Promise<void> {
  return exclusive(async () => {
    const outbox = await readOutbox();
    const queued = outbox.pending.some((e) => e.viewId === event.viewId) || outbox.batches.some((b) => b.events.some((e) => e.viewId === event.viewId));
    if (queued) return;
    outbox.pending.push(event);
    await writeOutbox(outbox);
  });
}

/** A fresh start (browser restart, endpoint back) is a good moment to retry everything now. */
export function retryAllNow(now = Date.now()): Promise<void> {
  return exclusive(async () => {
    const outbox = await readOutbox();
    for (const batch of outbox.batches) batch.nextAt = Math.min(batch.nextAt, now);
    await writeOutbox(outbox);
  });
}

/**
 * Seals pending events into batches, sends every batch that is due, and returns when the next
 * retry is due (epoch ms), or null when the outbox is empty.
 */
export function flushOutbox(send: Sender, now: () => number = Date.now, newKey: () => string = () => crypto.randomUUID()): Promise<number | null> {
  return exclusive(async () => {
    let outbox = await readOutbox();
    if (outbox.pending.length > 0) {
      for (let i = 0; i < outbox.pending.length; i += BATCH_SIZE) {
        outbox.batches.push({ key: newKey(), events: outbox.pending.slice(i, i + BATCH_SIZE), attempts: 0, nextAt: 0 });
      }
      outbox.pending = [];
      // Sealed before sending: a retry after a restart carries the same key and events.
      await writeOutbox(outbox);
    }
    for (const batch of [...outbox.batches]) {
      if (batch.nextAt > now()) continue;
      let result: SendResult;
      try {
        result = await send(batch);
      } catch (error) {
        result = { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
      outbox = await readOutbox();
      const stored = outbox.batches.find((b) => b.key === batch.key);
      if (!stored) continue;
      if (result.ok) {
        outbox.batches = outbox.batches.filter((b) => b.key !== batch.key);
      } else {
        stored.attempts++;
        stored.nextAt = now() + backoffMs(stored.attempts);
        stored.lastError = result.error;
      }
      await writeOutbox(outbox);
    }
    if (outbox.batches.length === 0) return null;
    return Math.min(...outbox.batches.map((b) => b.nextAt));
  });
}

/** POSTs a batch as JSON with its idempotency key. */
export function httpSender(endpoint: string, studyId: string, fetchImpl: typeof fetch = fetch): Sender {
  return async (batch) => {
    const response = await fetchImpl(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': batch.key },
      body: JSON.stringify({ schema: 'clausewise-research/1', batchId: batch.key, studyId, sentAt: new Date().toISOString(), events: batch.events }),
      credentials: 'omit',
      cache: 'no-store',
      // A hung collector must not hold the queue: give up and retry later.
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
    return response.ok ? { ok: true } : { ok: false, error: `HTTP ${response.status}` };
  };
}

/** Forgets everything not yet uploaded (the participant withdrew). */
export function clearOutbox(): Promise<void> {
  return exclusive(() => writeOutbox({ pending: [], batches: [] }));
}
