/** Reads the sentence-labelled corpus (../shared/corpus/clauses) into memory. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LABEL_INDEX, LABELS, type Label } from '../utils/classify/labels';

export const CORPUS_DIR = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'clauses');
export const CORPUS_LANGS = ['en', 'de', 'it', 'pl'] as const;

const TAG_LABEL: Record<string, Label> = {
  ltd: 'liability',
  law: 'law',
  j: 'jurisdiction',
  a: 'arbitration',
  ch: 'change',
  ter: 'termination',
  cr: 'content-removal',
  use: 'acceptance-by-use',
};

export interface Doc {
  lang: string;
  name: string;
  sentences: string[];
  /** One flag array (indexed like LABELS) per sentence. */
  labels: Uint8Array[];
}

export function loadLanguage(lang: string, dir = CORPUS_DIR): Doc[] {
  const sentDir = join(dir, lang, 'sentences');
  const docs: Doc[] = [];
  for (const file of readdirSync(sentDir).sort()) {
    if (!file.endsWith('.txt')) continue;
    const sentences = readFileSync(join(sentDir, file), 'utf8').split('\n');
    const tags = readFileSync(join(dir, lang, 'tags', file), 'utf8').split('\n');
    if (sentences.length && sentences[sentences.length - 1] === '') sentences.pop();
    const labels = sentences.map((_, i) => {
      const flags = new Uint8Array(LABELS.length);
      for (const tag of (tags[i] ?? '').trim().split(/\s+/)) {
        const label = TAG_LABEL[tag.replace(/\d+$/, '')];
        if (label) flags[LABEL_INDEX[label]] = 1;
      }
      return flags;
    });
    docs.push({ lang, name: file.replace(/\.txt$/, ''), sentences, labels });
  }
  return docs;
}

export function loadCorpus(dir = CORPUS_DIR): Doc[] {
  return CORPUS_LANGS.flatMap((l) => loadLanguage(l, dir));
}
