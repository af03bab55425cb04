/**
 * Records one agreement view in the page: which key clauses are at least half on screen in the
 * panel (an IntersectionObserver rooted at the panel's list, inside the shadow root), whether
 * the tab is visible, the window focused and the reader active, the panel's scroll depth, and
 * the view's lifecycle (shown, unlocked, accepted, skipped, left). The time rules live in
 * `ReadingMeter`; this file only turns browser events into calls on it.
 *
 * The record is handed to `save` as a checkpoint every few seconds and when something happens,
 * and a last time, final, when the page is hidden for good (pagehide) or the view disposed.
 */
import type { FoundControl } from '../analysis/agree-controls';
import type { Analysis } from '../analysis/types';
import { groupByCategory } from '@/components/group-clauses';
import { expectedReadingMs, measureLength, type ReadingSpeed } from './expected-time';
import { DEFAULT_IDLE_MS, ReadingMeter } from './reading-meter';
import { ScrollTimeline } from './scroll-timeline';
import type { ClauseRecord, ViewOutcome, ViewRecord } from './types';

export interface RecorderOptions {
  analysis: Analysis;
  /** The page's agree controls: using one after unlocking counts as accepting. */
  controls: FoundControl[];
  /** Whether the controls start locked; when not, using one counts as accepting at any time. */
  startsLocked: boolean;
  studyId: string;
  participantId: string;
  recordFullUrl: boolean;
  recordClauseText: boolean;
  speed: ReadingSpeed;
  /** The participant's last read of this agreement, and the `Clause.index` of its key clauses new since. */
  earlierRead?: { at: number; unread: ReadonlySet<number> };
  save(record: ViewRecord): void;
  idleMs?: number;
  checkpointMs?: number;
  /** Monotonic clock (ms); performance.now by default. */
  now?: () => number;
  win?: Window;
}

const INPUT_EVENTS = ['wheel', 'keydown', 'pointerdown', 'pointermove', 'touchstart', 'touchmove'];
/** Fine steps so that tall clauses (taller than the list) are seen crossing "half the list". */
const THRESHOLDS = Array.from({ length: 21 }, (_, i) => i / 20);

function randomId(): string {
  return crypto.randomUUID();
}

/** Half of the clause, or — for a clause taller than twice the list — half of the list. */
function halfVisible(entry: IntersectionObserverEntry): boolean {
  if (!entry.isIntersecting) return false;
  if (entry.intersectionRatio >= 0.5) return true;
  const rootHeight = entry.rootBounds?.height ?? 0;
  return rootHeight > 0 && entry.intersectionRect.height >= rootHeight / 2 - 1;
}

export class ViewRecorder {
  private readonly opts: RecorderOptions;
  private readonly win: Window;
  private readonly now: () => number;
  private readonly meter: ReadingMeter;
  private readonly timeline = new ScrollTimeline();
  private readonly shownAt: number;
  private readonly record: ViewRecord;
  private readonly clauses: ClauseRecord[];
  private readonly cleanups: Array<() => void> = [];
  private list: HTMLElement | null = null;
  private observer: IntersectionObserver | undefined;
  private cardWatcher: MutationObserver | undefined;
  /** The card observed for each clause, so a re-rendered card replaces its old one. */
  private readonly cards = new Map<number, Element>();
  private unlockedAt: number | null = null;
  private acceptedAt: number | null = null;
  private skipped = false;
  private finished = false;

  constructor(opts: RecorderOptions) {
    this.opts = opts;
    this.win = opts.win ?? window;
    this.now = opts.now ?? (() => performance.now());
    const doc = this.win.document;
    this.shownAt = this.now();
    this.meter = new ReadingMeter(
      this.shownAt,
      { documentVisible: doc.visibilityState === 'visible', windowFocused: doc.hasFocus() },
      opts.idleMs ?? DEFAULT_IDLE_MS,
    );

    const order = new Map<number, number>();
    groupByCategory(opts.analysis.keyClauses).flatMap(([, list]) => list).forEach((c, i) => order.set(c.index, i));
    this.clauses = opts.analysis.keyClauses.map((clause) => {
      const { length, unit } = measureLength(clause.text);
      return {
        clauseIndex: clause.index,
        panelPosition: order.get(clause.index) ?? -1,
        number: clause.number ?? '',
        categories: [...clause.categories],
        length,
        unit,
        readingMs: 0,
        expectedMs: expectedReadingMs(length, unit, opts.speed),
        jumps: 0,
        newSinceRead: opts.earlierRead?.unread.has(clause.index) ?? false,
        ...(opts.recordClauseText ? { heading: clause.heading ?? '', text: clause.text } : {}),
      };
    });
    const sum = (unit: 'words' | 'characters') => this.clauses.filter((c) => c.unit === unit).reduce((n, c) => n + c.length, 0);
    const location = this.win.location;
    this.record = {
      viewId: randomId(),
      participantId: opts.participantId,
      studyId: opts.studyId,
      startedAt: Date.now(),
      updatedAt: Date.now(),
      origin: location.origin,
      url: opts.recordFullUrl ? location.href : '',
      language: opts.analysis.language,
      keyClauses: this.clauses.length,
      keyClauseWords: sum('words'),
      keyClauseCharacters: sum('characters'),
      outcome: 'left',
      msToUnlock: null,
      msToAccept: null,
      activeMs: 0,
      final: false,
      readBeforeAt: opts.earlierRead?.at ?? null,
      clauses: this.clauses,
      scroll: [],
    };
    this.listen();
  }

  get viewId(): string {
    return this.record.viewId;
  }

  private on<K extends string>(target: EventTarget, type: K, handler: (event: Event) => void, capture = true): void {
    target.addEventListener(type, handler, { capture, passive: true });
    this.cleanups.push(() => target.removeEventListener(type, handler, { capture }));
  }

  private listen(): void {
    const { win } = this;
    const doc = win.document;
    const onInput = (event: Event) => {
      if (event.isTrusted) this.meter.input(this.now());
    };
    for (const type of INPUT_EVENTS) this.on(win, type, onInput);

    this.on(doc, 'visibilitychange', () => {
      const now = this.now();
      const visible = doc.visibilityState === 'visible';
      this.meter.setDocumentVisible(visible, now);
      // Coming back to the tab is the reader's own doing: presence, not idleness.
      if (visible) this.meter.input(now);
      else this.checkpoint();
    });
    let focusEvents = 0;
    this.on(win, 'focus', () => {
      focusEvents++;
      const now = this.now();
      this.meter.setWindowFocused(true, now);
      this.meter.input(now);
    });
    this.on(win, 'blur', () => {
      const blurredAt = this.now();
      const seen = focusEvents;
      // Focus moving into one of the page's frames blurs the window but not the document;
      // a focus that came back meanwhile wins.
      setTimeout(() => {
        if (!doc.hasFocus() && focusEvents === seen) this.meter.setWindowFocused(false, blurredAt);
      }, 0);
    });

    // Accepting: a click on an agree button or link, or the agree form being submitted, once unlocked.
    const acceptControls = this.opts.controls.filter((c) => c.kind !== 'checkbox').map((c) => c.element);
    const forms = new Set(this.opts.controls.map((c) => c.element.closest('form')).filter((f): f is HTMLFormElement => f !== null));
    const usable = () => !this.opts.startsLocked || this.unlockedAt !== null;
    this.on(win, 'click', (event) => {
      if (!event.isTrusted || !usable()) return;
      const path = event.composedPath();
      if (acceptControls.some((control) => path.includes(control))) this.accepted();
    });
    this.on(doc, 'submit', (event) => {
      if (usable() && forms.has(event.target as HTMLFormElement)) this.accepted();
    });

    this.on(win, 'pagehide', () => this.finish());
    const timer = setInterval(() => this.checkpoint(), this.opts.checkpointMs ?? 5000);
    this.cleanups.push(() => clearInterval(timer));
  }

  /** The panel's clause list appeared (`list`) or went away (`null`, panel collapsed). */
  setList(list: HTMLElement | null): void {
    if (list === this.list || this.finished) return;
    const now = this.now();
    this.stopObserving();
    this.meter.clearVisible(now);
    this.list = list;
    if (!list) return;

    this.observer = new IntersectionObserver(
      (entries) => {
        const at = this.now();
        for (const entry of entries) {
          const index = Number((entry.target as HTMLElement).dataset.index);
          if (this.cards.get(index) !== entry.target) continue; // a replaced card's last word
          this.meter.setClauseVisible(index, halfVisible(entry), at);
        }
      },
      { root: list, threshold: THRESHOLDS },
    );
    this.observeCards();
    // The panel may re-render its cards (a language switch, a new status): follow them.
    this.cardWatcher = new MutationObserver(() => this.observeCards());
    this.cardWatcher.observe(list, { childList: true, subtree: true });
    list.addEventListener('scroll', this.onScroll, { passive: true });
    this.onScroll();
  }

  private observeCards(): void {
    const { list, observer } = this;
    if (!list || !observer) return;
    const now = this.now();
    const cards = Array.from(list.querySelectorAll<HTMLElement>('[data-index]'));
    cards.forEach((card, position) => {
      const index = Number(card.dataset.index);
      const clause = this.clauses.find((c) => c.clauseIndex === index);
      if (clause) clause.panelPosition = position;
      const old = this.cards.get(index);
      if (old === card) return;
      if (old) {
        observer.unobserve(old);
        this.meter.setClauseVisible(index, false, now);
      }
      this.cards.set(index, card);
      observer.observe(card);
    });
    for (const [index, card] of this.cards) {
      if (card.isConnected) continue;
      observer.unobserve(card);
      this.cards.delete(index);
      this.meter.setClauseVisible(index, false, now);
    }
  }

  private stopObserving(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.cardWatcher?.disconnect();
    this.cardWatcher = undefined;
    this.cards.clear();
    this.list?.removeEventListener('scroll', this.onScroll);
  }

  private readonly onScroll = () => {
    const list = this.list;
    if (!list || list.scrollHeight <= 0) return;
    this.timeline.add(this.now() - this.shownAt, (list.scrollTop + list.clientHeight) / list.scrollHeight);
  };

  /** The reader used "Show in page" on a clause. */
  jumped(clauseIndex: number): void {
    const clause = this.clauses.find((c) => c.clauseIndex === clauseIndex);
    if (clause) clause.jumps++;
    this.meter.input(this.now());
  }

  /** The agree controls were released, by reading to the end or by skipping the review. */
  unlocked(how: 'read' | 'skipped'): void {
    if (this.unlockedAt !== null) return;
    this.unlockedAt = this.now();
    this.skipped = how === 'skipped';
    this.checkpoint();
  }

  private accepted(): void {
    if (this.acceptedAt !== null) return;
    this.acceptedAt = this.now();
    this.checkpoint();
  }

  private outcome(): ViewOutcome {
    if (this.skipped) return 'skipped';
    return this.acceptedAt !== null ? 'accepted' : 'left';
  }

  snapshot(): ViewRecord {
    const now = this.now();
    const since = (t: number | null) => (t === null ? null : Math.round(t - this.shownAt));
    for (const clause of this.clauses) clause.readingMs = Math.round(this.meter.readingMs(clause.clauseIndex, now));
    return {
      ...this.record,
      updatedAt: Date.now(),
      outcome: this.outcome(),
      msToUnlock: since(this.unlockedAt),
      msToAccept: since(this.acceptedAt),
      activeMs: Math.round(this.meter.activeMs(now)),
      final: this.finished,
      clauses: this.clauses.map((c) => ({ ...c, categories: [...c.categories] })),
      scroll: this.timeline.toArray(),
    };
  }

  checkpoint(): void {
    if (this.finished) return;
    try {
      this.opts.save(this.snapshot());
    } catch (error) {
      console.warn('Clausewise: could not save the research record.', error);
    }
  }

  /** Ends the view (the page is going away, or the review is torn down) and saves it as final. */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    const record = this.snapshot();
    this.stopObserving();
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    try {
      this.opts.save(record);
    } catch (error) {
      console.warn('Clausewise: could not save the research record.', error);
    }
  }
}
