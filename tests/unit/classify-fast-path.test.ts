/**
 * The classifier's fast paths against plain reference implementations, on sentences of the
 * labelled corpus: the weight table (model.ts) must give the decision values a direct sum over
 * the packed weights gives, and the combined rule scan with its shared word boundary (rules.ts)
 * the hits the plain combined scan gives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFeatures, MAX_FEATURES } from '../../utils/classify/features';
import { LABELS, LABEL_INDEX, type Label } from '../../utils/classify/labels';
import { LEXICONS } from '../../utils/classify/lexicon';
import { unpackLanguage, type PackedModel } from '../../utils/classify/model';
import { alternativesOf, applyRules, compileLexicon, scannedLabels, type CompiledRules } from '../../utils/classify/rules';
import packed from '../../utils/classify/model.json';
import { lexiconCaseTexts, readLexiconCases } from './rule-lexicon-cases';

const CORPUS = '../shared/corpus/clauses';
const LANGS = ['en', 'de', 'it', 'pl'];

/** Every `step`-th sentence of the language's documents, with long paragraphs made of runs of them. */
function sample(lang: string, step: number): string[] {
  const dir = join(CORPUS, lang, 'sentences');
  const all = readdirSync(dir)
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean));
  const picked = all.filter((_, i) => i % step === 0);
  for (let i = 0; i + 6 < all.length; i += step * 40) picked.push(all.slice(i, i + 6).join(' '));
  return picked;
}

function decodeBase64(s: string): Uint8Array {
  return Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
}

/** Column by column: key -> weight, straight from the packed varints and bytes. */
function referenceColumns(lang: string): { weights: Map<number, number>; bias: number; scale: number }[] {
  return (packed as unknown as PackedModel).models[lang].columns.map((c) => {
    const keyBytes = decodeBase64(c.keys);
    const bytes = new Int8Array(decodeBase64(c.weights).buffer);
    const weights = new Map<number, number>();
    let p = 0;
    let key = 0;
    for (let i = 0; i < c.count; i++) {
      let delta = 0;
      for (let shift = 1; ; shift *= 128) {
        const b = keyBytes[p++];
        delta += (b & 0x7f) * shift;
        if (b < 0x80) break;
      }
      key = (key + delta) >>> 0;
      weights.set(key, bytes[i]);
    }
    return { weights, bias: c.bias, scale: c.scale };
  });
}

describe('classifier fast paths give the reference results', () => {
  for (const lang of LANGS) {
    it(`${lang}: the weight table scores like a direct sum over each column's weights`, () => {
      const model = (packed as unknown as PackedModel).models[lang];
      const fast = unpackLanguage((packed as unknown as PackedModel).labels, model);
      const columns = referenceColumns(lang);
      const buf = new Uint32Array(MAX_FEATURES);
      const out = new Float64Array(columns.length);
      let hits = 0;
      for (const text of sample(lang, 5)) {
        const n = extractFeatures(text.toLowerCase(), lang, buf, model.features, text);
        fast.score(buf, n, out);
        const distinct = new Set(buf.subarray(0, n));
        columns.forEach((c, l) => {
          let sum = 0;
          for (const k of distinct) sum += c.weights.get(k) ?? 0;
          if (sum !== 0) hits++;
          expect(out[l]).toBe(c.bias + sum * c.scale * (1 / Math.sqrt(Math.max(1, n))));
        });
      }
      expect(hits).toBeGreaterThan(1000);
    });
  }

  const labelSets: [string, readonly Label[] | undefined][] = [
    ['all labels', undefined],
    ['the labels a model leaves to the rules, and those it weighs', scannedLabels([...LABELS.slice(0, 8), 'dispute'], ['law', 'jurisdiction', 'arbitration'])],
    ['fees and data', ['fees', 'data']],
  ];
  for (const lang of [...LANGS, 'zh', 'fr', 'es']) {
    for (const [name, only] of labelSets) {
      it(`${lang}, ${name}: the scan with a shared word boundary hits what the plain scan hits`, () => {
        const lexicon = LEXICONS[lang];
        const compiled = compileLexicon(lexicon, only);
        const parts: string[] = [];
        for (const label of LABELS) {
          const sources = lexicon.rules[label];
          if ((only && !only.includes(label)) || !sources?.length) continue;
          parts.push(`(?<g${LABEL_INDEX[label]}>${sources.join('|')})`);
        }
        const plain: CompiledRules = { ...compiled, scan: new RegExp(parts.join('|') || '(?!)', 'g') };
        const texts = lang === 'zh' ? readFileSync('../shared/fixtures/aliyun-service-agreement.expected.json', 'utf8').split(/[。\n]/) : LANGS.includes(lang) ? sample(lang, 3) : lexiconCaseTexts(readLexiconCases(`${lang}.json`));
        const a = new Uint8Array(LABELS.length);
        const b = new Uint8Array(LABELS.length);
        let hit = 0;
        for (const text of texts) {
          const lower = text.toLowerCase();
          hit += applyRules(lower, compiled, a);
          applyRules(lower, plain, b);
          expect([...a]).toEqual([...b]);
        }
        // The few fees and data cases of a lexicon's fixture hit fewer times than a corpus sample.
        expect(hit).toBeGreaterThan(LANGS.includes(lang) || lang === 'zh' ? 10 : 3);
      });
    }
  }

  // The English, French and Spanish scans test their word boundary once for all rules; a single
  // rule that starts otherwise (with a look back, say) silently costs a scan 30-40 % of its speed.
  it.each(['en', 'fr', 'es'])('%s: every rule starts at a word boundary, so the scan shares it', (lang) => {
    const lexicon = LEXICONS[lang];
    const offenders = LABELS.flatMap((label) => (lexicon.rules[label] ?? []).flatMap(alternativesOf)).filter((a) => !a.startsWith('\\b'));
    expect(offenders).toEqual([]);
    for (const [, only] of labelSets) expect(compileLexicon(lexicon, only).scan.source.startsWith('\\b(?:')).toBe(true);
  });

  it('splits a rule source into its top-level alternatives only', () => {
    expect(alternativesOf('\\ba|(b|c)d|[|]e|\\|f')).toEqual(['\\ba', '(b|c)d', '[|]e', '\\|f']);
  });
});
