/**
 * The sniffer's word tests: a plain-substring hint first (vocabulary-hints.ts), the full
 * vocabulary expression only where the hint is there.
 */
import { ACCEPTANCE_FLOW, AGREE_WORDS, AGREEMENT_TITLE, AGREEMENT_URL } from '../analysis/vocabulary';
import { AGREE_HINTS, hinted, TITLE_HINTS, URL_HINTS } from '../analysis/vocabulary-hints';

export const isAgreementTitle = (text: string): boolean => hinted(text, TITLE_HINTS) && AGREEMENT_TITLE.test(text);
export const isAgreementPath = (path: string): boolean => hinted(path, URL_HINTS) && AGREEMENT_URL.test(path);
export const hasAgreeWords = (text: string): boolean => hinted(text, AGREE_HINTS) && AGREE_WORDS.test(text);

/** The address's path, by string operations: no URL object, whose interface a page script would otherwise build. */
export function pathOf(url: string): string {
  const scheme = url.indexOf('://');
  let start = scheme < 0 ? 0 : scheme + 3;
  // The host ends at the first '/', '?' or '#'; only a '/' starts a path.
  while (start < url.length && url[start] !== '/' && url[start] !== '?' && url[start] !== '#') start++;
  if (url[start] !== '/') return '';
  let end = start;
  while (end < url.length && url[end] !== '?' && url[end] !== '#') end++;
  return url.slice(start, end);
}

/** The title or the address says terms, agreement, privacy, 协议…: no element is needed to tell. */
export const isAgreementAddress = (title: string, url: string): boolean => isAgreementTitle(title) || isAgreementPath(pathOf(url));

/** The title or the address says sign-up, install, download, checkout… (the background's test; no hint list needed there). */
export const isAcceptanceFlowAddress = (title: string, url: string): boolean => ACCEPTANCE_FLOW.test(title) || ACCEPTANCE_FLOW.test(pathOf(url));
