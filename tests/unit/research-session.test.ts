// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://shop.test/terms"}
/**
 * A recorded view, through the research session the review starts. Research mode turned off
 * while a view is recorded (by the user in the settings, or by the administrator's policy)
 * stops that view at once: its last save is final and holds only the time before the switch,
 * nothing is saved after it, and the background stores that final record without queueing it
 * for upload. A repeat view of an agreement read before records when that was and which key
 * clauses are new since. Clocks are fake so the times are exact.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Analysis, Clause } from '@/utils/analysis/types';
import type { ViewRecord } from '@/utils/research/types';

const saved: ViewRecord[] = [];
vi.mock('@/utils/messages', () => ({
  sendMessage: vi.fn(async (name: string, record: ViewRecord) => {
    if (name === 'researchSave') saved.push(structuredClone(record));
  }),
}));

const { startResearchSession } = await import('@/utils/research/session');
const { saveSettings } = await import('@/utils/settings/store');
const { setConsent, listViews } = await import('@/utils/research/store');
const { readOutbox } = await import('@/utils/research/outbox');
const { saveViewFromPage } = await import('@/utils/research/background-uploads');

const clause = (index: number, text: string): Clause => ({ index, number: String(index + 1), text, emphasis: 'none', emphasized: [], categories: ['liability'] });
const analysis = {
  isAgreement: true, confidence: 1, reasons: [], language: 'en', title: 'Terms', clauses: [], agreeControls: [],
  keyClauses: [clause(0, 'We are not liable for any loss you suffer.'), clause(1, 'Our total liability is limited to the fees you paid.')],
} as unknown as Analysis;

/** Stands in for the browser's IntersectionObserver: every observed card counts as fully visible. */
class VisibleObserver {
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(target: Element) {
    const entry = { target, isIntersecting: true, intersectionRatio: 1, rootBounds: null, intersectionRect: { height: 100 } };
    this.callback([entry as unknown as IntersectionObserverEntry], this as unknown as IntersectionObserver);
  }
  unobserve() {}
  disconnect() {}
}

/** Lets storage events and the settings watch's reads run (they are promise chains, no timers). */
const flush = async () => {
  for (let i = 0; i < 20; i++) await new Promise<void>((r) => queueMicrotask(r));
  await new Promise<void>((r) => setTimeout(r, 20));
};

function panelList(): HTMLElement {
  const list = document.createElement('div');
  for (const c of analysis.keyClauses) {
    const card = document.createElement('article');
    card.dataset.index = String(c.index);
    list.append(card);
  }
  document.body.append(list);
  return list;
}

beforeEach(async () => {
  fakeBrowser.reset();
  saved.length = 0;
  vi.useFakeTimers({ toFake: ['performance', 'Date', 'setInterval', 'clearInterval'] });
  vi.stubGlobal('IntersectionObserver', VisibleObserver);
  vi.spyOn(document, 'hasFocus').mockReturnValue(true);
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
  await saveSettings({ research: { enabled: true, studyId: 'stop-test' } });
  await setConsent('stop-test', 'granted');
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

async function recordFor(ms: number, earlierRead?: { at: number; unread: ReadonlySet<number> }) {
  const onChange = vi.fn();
  const session = (await startResearchSession({ analysis, controls: [], startsLocked: true, earlierRead, onChange }))!;
  expect(session.phase).toBe('recording');
  session.setList(panelList());
  vi.advanceTimersByTime(ms);
  return { session, onChange };
}

describe('research mode turned off during a view', () => {
  it('by the user: the view ends at once as final, with no time after the switch and no save after it', async () => {
    const { session, onChange } = await recordFor(12_000);
    const checkpoints = saved.length;
    expect(checkpoints).toBeGreaterThanOrEqual(2); // the first one and the 5 s / 10 s ones
    expect(saved.at(-1)!.final).toBe(false);

    await saveSettings({ research: { enabled: false } });
    await flush();
    expect(session.phase).toBe('stopped');
    expect(onChange).toHaveBeenCalled();
    expect(saved).toHaveLength(checkpoints + 1);
    const last = saved.at(-1)!;
    expect(last.final).toBe(true);
    expect(last.activeMs).toBe(12_000);
    expect(last.clauses.map((c) => c.readingMs)).toEqual([12_000, 12_000]);

    // Reading on: no checkpoint, no input, no end of page adds anything.
    vi.advanceTimersByTime(60_000);
    window.dispatchEvent(new Event('wheel'));
    window.dispatchEvent(new Event('pagehide'));
    session.unlocked('read');
    session.dispose();
    await flush();
    expect(saved).toHaveLength(checkpoints + 1);
  });

  it('by the administrator\'s policy: the same, through the managed storage change', async () => {
    const { session } = await recordFor(7_000);
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ research: { enabled: false } } as never);
    await fakeBrowser.storage.managed.set({ research: { enabled: false } });
    await flush();
    expect(session.phase).toBe('stopped');
    expect(saved.at(-1)).toMatchObject({ final: true, activeMs: 7_000 });
    const count = saved.length;
    vi.advanceTimersByTime(30_000);
    await flush();
    expect(saved).toHaveLength(count);
  });

  it('a new study id ends the view too; other setting changes do not', async () => {
    const { session } = await recordFor(3_000);
    await saveSettings({ research: { retentionDays: 30 } });
    await flush();
    expect(session.phase).toBe('recording');
    await saveSettings({ research: { studyId: 'another-study' } });
    await flush();
    expect(session.phase).toBe('stopped');
    expect(saved.at(-1)).toMatchObject({ final: true, studyId: 'stop-test', activeMs: 3_000 });
  });

  it('while consent is being asked: the question goes away and nothing is ever recorded', async () => {
    await setConsent('stop-test', null);
    const session = (await startResearchSession({ analysis, controls: [], startsLocked: true, onChange: () => undefined }))!;
    expect(session.phase).toBe('asking');
    await saveSettings({ research: { enabled: false } });
    await flush();
    expect(session.phase).toBe('stopped');
    await session.answer(true);
    vi.advanceTimersByTime(10_000);
    expect(saved).toEqual([]);
  });

  it('the background keeps the final record but queues nothing for upload once research is off', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ research: { uploadEndpoint: 'https://collector.test/in' } } as never);
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 503 })));
    const { session } = await recordFor(4_000);
    await saveSettings({ research: { enabled: false } });
    await flush();
    expect(session.phase).toBe('stopped');
    for (const record of saved) await saveViewFromPage(record);
    const stored = await listViews();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ final: true, activeMs: 4_000 });
    expect(await readOutbox()).toEqual({ pending: [], batches: [] });

    // The baseline the test relies on: with research on, a finished view is queued.
    await saveSettings({ research: { enabled: true } });
    await saveViewFromPage({ ...saved.at(-1)!, viewId: 'other-view' });
    const outbox = await readOutbox();
    expect([...outbox.pending, ...outbox.batches.flatMap((b) => b.events)].map((e) => e.viewId)).toEqual(['other-view']);
  });
});

describe('a repeat view', () => {
  it('records when the agreement was read before and which key clauses are new since', async () => {
    const readAt = Date.UTC(2026, 9, 1);
    await recordFor(2_000, { at: readAt, unread: new Set([1]) });
    expect(saved.at(-1)!.readBeforeAt).toBe(readAt);
    expect(saved.at(-1)!.clauses.map((c) => c.newSinceRead)).toEqual([false, true]);
  });

  it('is told from a first view', async () => {
    await recordFor(2_000);
    expect(saved.at(-1)!.readBeforeAt).toBeNull();
    expect(saved.at(-1)!.clauses.map((c) => c.newSinceRead)).toEqual([false, false]);
  });
});
