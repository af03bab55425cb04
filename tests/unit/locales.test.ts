/**
 * Every language of the interface says everything the English one says: the same message
 * keys, each with the same placeholders ($1…), none empty; and the languages offered are
 * exactly the locale files shipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { UI_LANGUAGES } from '../../utils/ui-languages';

const dir = join(import.meta.dirname, '../../locales');
const files = readdirSync(dir).filter((f) => f.endsWith('.yml'));

/** `{ panel: { title: 'x' } }` → `{ 'panel.title': 'x' }`. */
function flatten(tree: Record<string, unknown>, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    if (value !== null && typeof value === 'object') for (const [k, v] of flatten(value as Record<string, unknown>, `${prefix}${key}.`)) out.set(k, v);
    else out.set(prefix + key, value);
  }
  return out;
}

const read = (file: string) => flatten(parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>);
const placeholders = (text: string) => [...new Set(text.match(/\$[1-9]/gu) ?? [])].sort();
const english = read('en.yml');

describe.each(files)('locales/%s', (file) => {
  const messages = read(file);

  it('has every key of the English messages and no other', () => {
    expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('gives every message as text, with the placeholders of the English one', () => {
    for (const [key, text] of english) {
      const translated = messages.get(key);
      expect(typeof translated, key).toBe('string');
      expect((translated as string).trim(), key).not.toBe('');
      expect(placeholders(translated as string), key).toEqual(placeholders(text as string));
    }
  });
});

describe('languages offered', () => {
  // The settings select and the policy schema are both built from UI_LANGUAGES.
  it('are the locale files shipped', () => {
    expect([...UI_LANGUAGES].sort()).toEqual(files.map((f) => f.replace(/\.yml$/u, '')).sort());
  });
});
