/**
 * Loads the text of linked terms. Same-origin documents are fetched from the page (with the
 * page's cookies, as a click on the link would); other origins through the background, which
 * holds the host permission a content script lacks. Everything is bounded: a deadline, a size
 * limit, HTML or plain text only. Any failure rejects, and the caller locks nothing.
 */
export const LINKED_FETCH_TIMEOUT_MS = 8000;
export const MAX_LINKED_BYTES = 3 * 1024 * 1024;

export interface FetchedTerms {
  url: string;
  html: string;
  contentType: string;
}

export type CrossOriginFetch = (url: string) => Promise<FetchedTerms>;

/** Rejects after `ms`, so a request that never answers cannot hold the page. */
export function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** Shared by the content script (same origin) and the background (cross-origin). */
export async function fetchTermsDocument(url: string, init: RequestInit, timeoutMs = LINKED_FETCH_TIMEOUT_MS): Promise<FetchedTerms> {
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error(`not a web address: ${url}`);
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const response = await fetch(parsed.href, { ...init, method: 'GET', redirect: 'follow', signal: abort.signal });
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
    const contentType = response.headers.get('content-type') ?? '';
    if (contentType && !/text\/html|application\/xhtml\+xml|text\/plain/iu.test(contentType)) throw new Error(`not a document: ${contentType}`);
    const length = Number(response.headers.get('content-length') ?? '0');
    if (length > MAX_LINKED_BYTES) throw new Error(`too large: ${length} bytes`);
    const html = await response.text();
    if (html.length > MAX_LINKED_BYTES) throw new Error(`too large: ${html.length} characters`);
    return { url: response.url || parsed.href, html, contentType };
  } finally {
    clearTimeout(timer);
  }
}

export async function fetchLinkedTerms(url: string, pageOrigin: string, crossOrigin: CrossOriginFetch, timeoutMs = LINKED_FETCH_TIMEOUT_MS): Promise<FetchedTerms> {
  const sameOrigin = new URL(url).origin === pageOrigin;
  const request = sameOrigin ? fetchTermsDocument(url, { credentials: 'same-origin' }, timeoutMs) : crossOrigin(url);
  return withDeadline(request, timeoutMs, `loading ${url}`);
}
