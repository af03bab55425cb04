/**
 * The page asks the user to accept terms it only links to. Decides what Clausewise does:
 * nothing (no linked document, or it is not an agreement), a quiet "could not be loaded" line
 * (every linked document failed to load in time — nothing is locked), or a review of the
 * linked terms' key clauses with the page's agree controls locked.
 */
import type { FoundControl } from '../analysis/agree-controls';
import type { AnalyzeOptions } from '../analysis/analyze';
import type { Analysis } from '../analysis/types';
import { analyzeLinkedTerms, mergeLinkedAnalyses } from './analyze-linked-terms';
import { fetchLinkedTerms, LINKED_FETCH_TIMEOUT_MS, type CrossOriginFetch } from './fetch-linked-terms';
import { findLinkedTerms } from './find-linked-terms';

export type LinkedReview =
  | { kind: 'none' }
  | { kind: 'failed'; urls: string[] }
  | { kind: 'found'; urls: string[]; analysis: Analysis };

export interface LinkedReviewOptions {
  pageUrl: string;
  crossOrigin: CrossOriginFetch;
  timeoutMs?: number;
  analyze?: Pick<AnalyzeOptions, 'extraTerms'>;
}

export async function reviewLinkedTerms(controls: FoundControl[], opts: LinkedReviewOptions): Promise<LinkedReview> {
  const urls = findLinkedTerms(controls, opts.pageUrl);
  // An implicit consent line whose terms go nowhere (`#`, `javascript:`) cannot be reviewed:
  // say so quietly rather than lock a button whose terms the user cannot read either.
  if (urls.length === 0) return controls.some((c) => c.consentLine) ? { kind: 'failed', urls: [] } : { kind: 'none' };
  const origin = new URL(opts.pageUrl).origin;
  const timeoutMs = opts.timeoutMs ?? LINKED_FETCH_TIMEOUT_MS;
  const results = await Promise.allSettled(urls.map((url) => fetchLinkedTerms(url, origin, opts.crossOrigin, timeoutMs)));
  const analyses: Analysis[] = [];
  let loaded = 0;
  for (const result of results) {
    if (result.status !== 'fulfilled') continue;
    loaded++;
    try {
      const analysis = analyzeLinkedTerms(result.value, opts.analyze);
      if (analysis) analyses.push(analysis);
    } catch {
      // A document we cannot read counts as one we could not load.
      loaded--;
    }
  }
  if (analyses.length > 0) return { kind: 'found', urls, analysis: mergeLinkedAnalyses(analyses) };
  return loaded < urls.length ? { kind: 'failed', urls } : { kind: 'none' };
}
