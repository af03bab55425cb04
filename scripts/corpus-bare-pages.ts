/**
 * The labelled corpus documents (../shared/corpus/clauses: 30 terms of service in each of
 * English, German, Italian and Polish) as bare pages: one paragraph per line, a neutral title,
 * no headings, a neutral address. Detection then rests on the text alone, as on a terms page
 * whose title and address say nothing ("Document", /page) — a harder test, in more languages,
 * than the corpus's own agreement pages, which are English and Chinese.
 */
import { JSDOM } from 'jsdom';
import { analyzeDocument } from '../utils/analysis/analyze';
import { loadLanguage } from './classify-corpus';

const URL = 'https://example.com/page';

function escapeText(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
}

export interface BarePageOutcome {
  lang: string;
  name: string;
  isAgreement: boolean;
  confidence: number;
  reasons: string[];
}

/** Detection on every labelled document of `langs`, shown as a bare page. */
export function detectBarePages(langs: readonly string[]): BarePageOutcome[] {
  const outcomes: BarePageOutcome[] = [];
  for (const doc of langs.flatMap((lang) => loadLanguage(lang))) {
    const body = doc.sentences.map((s) => `<p>${escapeText(s)}</p>`).join('');
    const dom = new JSDOM(`<!doctype html><html><head><title>Document</title></head><body><main>${body}</main></body></html>`, { url: URL });
    try {
      const { analysis } = analyzeDocument(dom.window.document, { url: URL });
      outcomes.push({ lang: doc.lang, name: doc.name, isAgreement: analysis.isAgreement, confidence: analysis.confidence, reasons: analysis.reasons });
    } finally {
      dom.window.close();
    }
  }
  return outcomes;
}
