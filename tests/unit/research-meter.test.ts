/**
 * The reading-time rules on made-up clocks: a clause counts only while it is on screen, the
 * tab visible, the window focused and the reader not idle (30 s without input), and the
 * expected time follows the configured reading speeds.
 */
import { describe, expect, it } from 'vitest';
import { expectedReadingMs, measureLength } from '@/utils/research/expected-time';
import { DEFAULT_IDLE_MS, ReadingMeter } from '@/utils/research/reading-meter';
import { ScrollTimeline } from '@/utils/research/scroll-timeline';

const present = { documentVisible: true, windowFocused: true };

describe('ReadingMeter', () => {
  it('counts a clause only while it is on screen', () => {
    const m = new ReadingMeter(0, present);
    m.setClauseVisible(1, true, 1000);
    m.setClauseVisible(2, true, 3000);
    m.setClauseVisible(1, false, 5000);
    m.input(6000);
    expect(m.readingMs(1, 8000)).toBe(4000);
    expect(m.readingMs(2, 8000)).toBe(5000);
    expect(m.activeMs(8000)).toBe(8000);
  });

  it('stops while the tab is hidden or the window unfocused', () => {
    const m = new ReadingMeter(0, present);
    m.setClauseVisible(1, true, 0);
    m.setDocumentVisible(false, 2000);
    m.setDocumentVisible(true, 7000);
    m.setWindowFocused(false, 9000);
    m.setWindowFocused(true, 10_000);
    expect(m.readingMs(1, 12_000)).toBe(2000 + 2000 + 2000);
  });

  it('keeps counting for 30 s after the last input, then nothing until the next one', () => {
    expect(DEFAULT_IDLE_MS).toBe(30_000);
    const m = new ReadingMeter(0, present);
    m.setClauseVisible(1, true, 0);
    m.input(5000);
    // Evaluated long after the reader went idle: exactly 30 s after the last input counted.
    expect(m.readingMs(1, 100_000)).toBe(35_000);
    expect(m.isCounting(100_000)).toBe(false);
    m.input(100_000);
    expect(m.isCounting(100_000)).toBe(true);
    expect(m.readingMs(1, 104_000)).toBe(39_000);
  });

  it('honours a shorter idle threshold when one is configured', () => {
    const m = new ReadingMeter(0, present, 1000);
    m.setClauseVisible(3, true, 0);
    expect(m.readingMs(3, 5000)).toBe(1000);
  });

  it('clears every visible clause when the list goes away', () => {
    const m = new ReadingMeter(0, present);
    m.setClauseVisible(1, true, 0);
    m.setClauseVisible(2, true, 0);
    m.clearVisible(1000);
    expect(m.readingMs(1, 9000) + m.readingMs(2, 9000)).toBe(2000);
  });

  it('starts uncounted when the tab starts hidden', () => {
    const m = new ReadingMeter(0, { documentVisible: false, windowFocused: true });
    m.setClauseVisible(1, true, 0);
    m.setDocumentVisible(true, 4000);
    expect(m.readingMs(1, 5000)).toBe(1000);
  });
});

describe('expected reading time', () => {
  const speed = { wordsPerMinute: 238, charactersPerMinute: 400 };
  it('counts words in alphabetic text and characters in Chinese', () => {
    expect(measureLength('The provider is not liable for indirect damages.')).toEqual({ length: 8, unit: 'words' });
    expect(measureLength('阿里云不承担间接损失。')).toEqual({ length: 10, unit: 'characters' });
    // A Chinese clause quoting an English term is still read character by character.
    expect(measureLength('您应遵守 Alibaba Cloud 的规则')).toEqual({ length: 9, unit: 'characters' });
  });
  it('follows the configured speeds', () => {
    expect(expectedReadingMs(238, 'words', speed)).toBe(60_000);
    expect(expectedReadingMs(200, 'characters', speed)).toBe(30_000);
    expect(expectedReadingMs(200, 'characters', { ...speed, charactersPerMinute: 300 })).toBe(40_000);
    expect(expectedReadingMs(10, 'words', { ...speed, wordsPerMinute: 0 })).toBe(0);
  });
});

describe('ScrollTimeline', () => {
  it('thins samples but keeps the latest depth', () => {
    const tl = new ScrollTimeline(250, 0.02);
    tl.add(0, 0.1);
    tl.add(10, 0.105); // too soon and too small a move
    tl.add(20, 0.2); // a big move is kept at once
    tl.add(30, 0.205);
    expect(tl.toArray()).toEqual([
      { t: 0, depth: 0.1 },
      { t: 20, depth: 0.2 },
      { t: 30, depth: 0.205 },
    ]);
    tl.add(400, 0.21);
    expect(tl.toArray().at(-1)).toEqual({ t: 400, depth: 0.21 });
    expect(tl.toArray()).toHaveLength(3);
  });
});
