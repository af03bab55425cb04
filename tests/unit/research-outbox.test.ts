/**
 * The upload queue over the extension's (fake) storage: batches are sealed with a key before
 * sending, a failed batch is retried with the same key and events after a growing delay, and
 * nothing is sent twice under different keys or lost.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backoffMs, BATCH_SIZE, enqueue, flushOutbox, readOutbox, retryAllNow, type Batch } from '@/utils/research/outbox';
import type { ViewRecord } from '@/utils/research/types';

const event = (id: string): ViewRecord => ({
  viewId: id, participantId: 'p', studyId: 's', startedAt: 1, updatedAt: 2, origin: 'https://a.example', url: '', language: 'en',
  keyClauses: 0, keyClauseWords: 0, keyClauseCharacters: 0, outcome: 'left', msToUnlock: null, msToAccept: null, activeMs: 0,
  final: true, clauses: [], scroll: [],
});

let keys = 0;
const newKey = () => `key-${++keys}`;

beforeEach(() => {
  fakeBrowser.reset();
  keys = 0;
});

describe('research outbox', () => {
  it('sends queued events once, in batches, and empties the queue', async () => {
    for (let i = 0; i < BATCH_SIZE + 5; i++) await enqueue(event(`v${i}`));
    await enqueue(event('v0')); // the same view twice is queued once
    const sent: Batch[] = [];
    const next = await flushOutbox(async (b) => (sent.push(b), { ok: true }), () => 1000, newKey);
    expect(next).toBeNull();
    expect(sent.map((b) => b.events.length)).toEqual([BATCH_SIZE, 5]);
    expect(new Set(sent.flatMap((b) => b.events.map((e) => e.viewId))).size).toBe(BATCH_SIZE + 5);
    expect(await readOutbox()).toEqual({ pending: [], batches: [] });
  });

  it('retries a failed batch with the same key and events, after a growing delay', async () => {
    await enqueue(event('a'));
    await enqueue(event('b'));
    let now = 10_000;
    const attempts: Batch[] = [];
    const failing = async (b: Batch) => (attempts.push(structuredClone(b)), { ok: false, error: 'down' });
    const first = await flushOutbox(failing, () => now, newKey);
    expect(first).toBeGreaterThan(now);
    // Not due yet: nothing is sent.
    await flushOutbox(failing, () => now + 100, newKey);
    expect(attempts).toHaveLength(1);
    now = first!;
    await enqueue(event('c')); // arrives meanwhile: goes into a new batch, not the sealed one
    await flushOutbox(failing, () => now, newKey);
    const sealed = (await readOutbox()).batches.find((b) => b.key === 'key-1')!;
    expect(sealed.attempts).toBe(2);
    // Jitter is ±20 %: the second delay (base 4 s) is always longer than the first (base 2 s).
    expect(sealed.nextAt - now).toBeGreaterThan(first! - 10_000);
    expect(attempts.map((b) => b.key)).toEqual(['key-1', 'key-1', 'key-2']);
    expect(attempts[1]!.events.map((e) => e.viewId)).toEqual(['a', 'b']);

    // A restart retries at once; the collector is back.
    await retryAllNow(now + 1);
    const delivered: Batch[] = [];
    expect(await flushOutbox(async (b) => (delivered.push(b), { ok: true }), () => now + 2, newKey)).toBeNull();
    expect(delivered.map((b) => b.key)).toEqual(['key-1', 'key-2']);
    expect(delivered.flatMap((b) => b.events.map((e) => e.viewId))).toEqual(['a', 'b', 'c']);
  });

  it('treats a thrown error (network down) like a failed answer', async () => {
    await enqueue(event('x'));
    const next = await flushOutbox(async () => { throw new TypeError('Failed to fetch'); }, () => 0, newKey);
    expect(next).not.toBeNull();
    const outbox = await readOutbox();
    expect(outbox.batches[0]).toMatchObject({ key: 'key-1', attempts: 1, lastError: 'Failed to fetch' });
  });

  it('backs off exponentially, with jitter, up to five minutes', () => {
    expect(backoffMs(1, () => 0.5)).toBe(2000);
    expect(backoffMs(3, () => 0.5)).toBe(8000);
    expect(backoffMs(30, () => 0.5)).toBe(300_000);
    expect(backoffMs(2, () => 0)).toBe(3200);
    expect(backoffMs(2, () => 1)).toBe(4800);
  });
});
