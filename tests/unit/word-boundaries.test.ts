/**
 * JavaScript's `\b` knows ASCII letters only, with or without the `u` flag: in "są\b" or
 * "\bźródło" it never matches where a word ends or starts (Polish "Sądem właściwym są sądy"
 * went unmatched so). Every pattern in utils/ keeps `\b` beside ASCII letters; beside other
 * letters a lookaround says what a word character is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../utils');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/u.test(entry.name) ? [path] : [];
  });
}

/** A `\b` (or `\\b` in a string) with a non-ASCII letter beside it, across group brackets and quantifiers. */
const BOUNDARY_BESIDE_OTHER_LETTER = /[^\P{L}a-zA-Z][)?*+]*\\{1,2}b|\\{1,2}b(?:\((?:\?:)?)?[^\P{L}a-zA-Z]/u;

describe('word boundaries in patterns', () => {
  it('finds the mistake it looks for', () => {
    expect(BOUNDARY_BESIDE_OTHER_LETTER.test(String.raw`(?:jest|są)\\b`)).toBe(true);
    expect(BOUNDARY_BESIDE_OTHER_LETTER.test(String.raw`\b(?:źródło)`)).toBe(true);
    expect(BOUNDARY_BESIDE_OTHER_LETTER.test(String.raw`\bpaństwo\b`)).toBe(false);
  });

  it('stand beside ASCII letters only', () => {
    const found: string[] = [];
    for (const file of sources(root)) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (BOUNDARY_BESIDE_OTHER_LETTER.test(line)) found.push(`${relative(root, file)}:${i + 1}`);
        });
    }
    expect(found).toEqual([]);
  });
});
