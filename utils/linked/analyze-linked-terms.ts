/**
 * Analyses linked terms without ever putting them into the page: the HTML is parsed into a
 * separate, inert document (DOMParser runs no scripts and loads nothing) and read there.
 */
import { analyzeDocument, type AnalyzeOptions } from '../analysis/analyze';
import type { Analysis } from '../analysis/types';
import type { FetchedTerms } from './fetch-linked-terms';

export function parseTerms(fetched: FetchedTerms): Document {
  const parser = new DOMParser();
  if (/text\/plain/iu.test(fetched.contentType)) {
    const doc = parser.parseFromString('<!doctype html><title></title><body><pre></pre></body>', 'text/html');
    doc.querySelector('pre')!.textContent = fetched.html;
    return doc;
  }
  return parser.parseFromString(fetched.html, 'text/html');
}

/** The linked document's analysis when it is an agreement with key clauses, else undefined. */
export function analyzeLinkedTerms(fetched: FetchedTerms, options: Omit<AnalyzeOptions, 'url' | 'root'> = {}): Analysis | undefined {
  const doc = parseTerms(fetched);
  const { analysis } = analyzeDocument(doc, { ...options, url: fetched.url });
  if (!analysis.isAgreement || analysis.keyClauses.length === 0) return undefined;
  // Each clause says which terms it is from: the panel links to it there.
  const clauses = analysis.clauses.map((c) => ({ ...c, source: fetched.url }));
  return { ...analysis, clauses, keyClauses: clauses.filter((c) => c.categories.length > 0) };
}

/** Several linked documents ("Terms" and "Privacy Policy") shown as one list of key clauses. */
export function mergeLinkedAnalyses(analyses: Analysis[]): Analysis {
  if (analyses.length === 1) return analyses[0];
  let offset = 0;
  const clauses = analyses.flatMap((a) => {
    const shifted = a.clauses.map((c) => ({ ...c, index: c.index + offset }));
    offset += a.clauses.length;
    return shifted;
  });
  const first = analyses[0];
  return {
    ...first,
    confidence: Math.max(...analyses.map((a) => a.confidence)),
    reasons: [...new Set(analyses.flatMap((a) => a.reasons))],
    title: analyses.map((a) => a.title).filter(Boolean).join(' · '),
    clauses,
    keyClauses: clauses.filter((c) => c.categories.length > 0),
  };
}
