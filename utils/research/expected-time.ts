/**
 * How long a clause "should" take: its length in words (or, for Chinese and Japanese, in
 * characters) at the configured reading speed. Published norms: 238 words per minute for
 * English non-fiction, 300–500 characters per minute for Chinese.
 */
import type { LengthUnit } from './types';

export interface ReadingSpeed {
  wordsPerMinute: number;
  charactersPerMinute: number;
}

const HAN_OR_KANA = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu;

/** Length of a text in the unit its script is read in: characters when most of it is Han/Kana. */
export function measureLength(text: string): { length: number; unit: LengthUnit } {
  const cjk = text.match(HAN_OR_KANA)?.length ?? 0;
  const latin = text.replace(HAN_OR_KANA, ' ').match(WORD)?.length ?? 0;
  // A Chinese clause quoting a few English terms is still read character by character.
  if (cjk > 0 && cjk >= latin) return { length: cjk + latin, unit: 'characters' };
  return { length: latin, unit: 'words' };
}

export function expectedReadingMs(length: number, unit: LengthUnit, speed: ReadingSpeed): number {
  const perMinute = unit === 'words' ? speed.wordsPerMinute : speed.charactersPerMinute;
  if (!(perMinute > 0)) return 0;
  return Math.round((length / perMinute) * 60_000);
}
