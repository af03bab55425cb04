/**
 * Pure time accounting for the recorder: given when each clause is on screen, whether the tab
 * is visible, whether the window has focus and when the reader last gave any input, it adds up
 * reading time per clause. No timers and no DOM: every method takes the current time, so the
 * rules are tested with made-up clocks and the browser part only reports events.
 *
 * Rules:
 * - time counts for a clause while it is visible (decided by the caller) AND the document is
 *   visible AND the window is focused AND the reader is not idle;
 * - idle: no input for `idleMs` (product default 30 s). The first `idleMs` after the last
 *   input still count — reading a long clause needs no input — and everything after does not,
 *   until the next input. This is exact whenever it is evaluated, with no timer to fire.
 */

export const DEFAULT_IDLE_MS = 30_000;

export interface MeterState {
  documentVisible: boolean;
  windowFocused: boolean;
}

export class ReadingMeter {
  private readonly totals = new Map<number, number>();
  private readonly visible = new Set<number>();
  private documentVisible: boolean;
  private windowFocused: boolean;
  private lastInput: number;
  private lastUpdate: number;
  private active = 0;

  constructor(
    now: number,
    initial: MeterState,
    private readonly idleMs = DEFAULT_IDLE_MS,
  ) {
    this.documentVisible = initial.documentVisible;
    this.windowFocused = initial.windowFocused;
    this.lastInput = now;
    this.lastUpdate = now;
  }

  /** Brings every total up to `now` under the state that held since the last update. */
  advance(now: number): void {
    if (now <= this.lastUpdate) return;
    if (this.documentVisible && this.windowFocused) {
      const until = Math.min(now, this.lastInput + this.idleMs);
      const counted = Math.max(0, until - this.lastUpdate);
      if (counted > 0) {
        this.active += counted;
        for (const index of this.visible) this.totals.set(index, (this.totals.get(index) ?? 0) + counted);
      }
    }
    this.lastUpdate = now;
  }

  setClauseVisible(index: number, visible: boolean, now: number): void {
    this.advance(now);
    if (visible) this.visible.add(index);
    else this.visible.delete(index);
  }

  /** Nothing of the list is on screen (the panel was collapsed or removed). */
  clearVisible(now: number): void {
    this.advance(now);
    this.visible.clear();
  }

  setDocumentVisible(visible: boolean, now: number): void {
    this.advance(now);
    this.documentVisible = visible;
  }

  setWindowFocused(focused: boolean, now: number): void {
    this.advance(now);
    this.windowFocused = focused;
  }

  /** Any input from the reader (wheel, key, pointer, touch) ends an idle stretch. */
  input(now: number): void {
    this.advance(now);
    this.lastInput = Math.max(this.lastInput, now);
  }

  readingMs(index: number, now: number): number {
    this.advance(now);
    return this.totals.get(index) ?? 0;
  }

  /** Time the reader was present at all, clauses on screen or not. */
  activeMs(now: number): number {
    this.advance(now);
    return this.active;
  }

  isCounting(now: number): boolean {
    return this.documentVisible && this.windowFocused && now < this.lastInput + this.idleMs;
  }
}
