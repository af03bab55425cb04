/**
 * The panel's scroll depth over time, thinned so a long view stays small in storage: a sample
 * is kept when at least `minIntervalMs` passed since the last kept one, or the depth moved by
 * `minStep`, and the most recent depth is always kept as the last sample.
 */
import type { ScrollSample } from './types';

export const MAX_SCROLL_SAMPLES = 400;

export class ScrollTimeline {
  private readonly samples: ScrollSample[] = [];
  private pending: ScrollSample | undefined;

  constructor(
    private readonly minIntervalMs = 250,
    private readonly minStep = 0.02,
  ) {}

  add(t: number, depth: number): void {
    const sample = { t: Math.round(t), depth: Math.round(Math.min(1, Math.max(0, depth)) * 1000) / 1000 };
    const last = this.samples.at(-1);
    const due = !last || sample.t - last.t >= this.minIntervalMs || Math.abs(sample.depth - last.depth) >= this.minStep;
    if (due && this.samples.length < MAX_SCROLL_SAMPLES - 1) {
      if (!last || last.depth !== sample.depth) this.samples.push(sample);
      this.pending = undefined;
    } else {
      this.pending = sample;
    }
  }

  toArray(): ScrollSample[] {
    const last = this.samples.at(-1);
    return this.pending && (!last || this.pending.depth !== last.depth) ? [...this.samples, this.pending] : [...this.samples];
  }
}
