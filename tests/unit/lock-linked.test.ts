// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://shop.test/signup"}
/**
 * Linked agreements: which links in an agree label are the terms, and what happens when the
 * linked document loads, is not an agreement, fails, or never answers (fail open).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findAgreeControls } from '../../utils/analysis/agree-controls';
import { fetchLinkedTerms } from '../../utils/linked/fetch-linked-terms';
import { findLinkedTerms } from '../../utils/linked/find-linked-terms';
import { reviewLinkedTerms } from '../../utils/linked/review-linked';

const agreementHtml = readFileSync(join(import.meta.dirname, '../../../shared/fixtures/aliyun-service-agreement.html'), 'utf8');
const PAGE = 'https://shop.test/signup';

function signup(label: string) {
  document.body.innerHTML = `<form><label><input type=checkbox id=box> ${label}</label><button>Create account</button></form>`;
  return findAgreeControls(document);
}

const htmlResponse = (body: string, status = 200) => new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('findLinkedTerms', () => {
  it('returns the terms link of the label, the most agreement-like first', () => {
    const controls = signup('I have read and agree to the <a href="/help">help</a> and <a href="/legal/terms">Terms of Service</a>');
    expect(findLinkedTerms(controls, PAGE)).toEqual(['https://shop.test/legal/terms', 'https://shop.test/help']);
  });

  it('ignores links that go nowhere or back to this page', () => {
    const controls = signup('I agree to the <a href="#">Terms</a>, <a href="javascript:;">Privacy</a> and <a href="/signup#terms">rules</a>');
    expect(findLinkedTerms(controls, PAGE)).toEqual([]);
  });
});

describe('reviewLinkedTerms', () => {
  it('fetches same-origin terms from the page and cross-origin terms through the background', async () => {
    const pageFetch = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => htmlResponse(agreementHtml));
    vi.stubGlobal('fetch', pageFetch);
    const crossOrigin = vi.fn(async (url: string) => ({ url, html: agreementHtml, contentType: 'text/html' }));
    const controls = signup('我已阅读并同意 <a href="/legal/terms">《服务协议》</a> <a href="https://legal.other.test/privacy">隐私政策</a>');
    const result = await reviewLinkedTerms(controls, { pageUrl: PAGE, crossOrigin });
    expect(result.kind).toBe('found');
    expect(pageFetch).toHaveBeenCalledTimes(1);
    expect(String(pageFetch.mock.calls[0][0])).toBe('https://shop.test/legal/terms');
    expect(crossOrigin).toHaveBeenCalledWith('https://legal.other.test/privacy');
    if (result.kind === 'found') expect(result.analysis.keyClauses.length).toBeGreaterThan(5);
  });

  it('reports a failure (and so locks nothing) when the terms answer with an error', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => htmlResponse('gone', 500)));
    const controls = signup('I agree to the <a href="/terms">Terms</a>');
    expect((await reviewLinkedTerms(controls, { pageUrl: PAGE, crossOrigin: vi.fn() })).kind).toBe('failed');
  });

  it('gives up after the deadline when the terms never answer', async () => {
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>(() => undefined)));
    const controls = signup('I agree to the <a href="/terms">Terms</a>');
    const started = Date.now();
    const result = await reviewLinkedTerms(controls, { pageUrl: PAGE, crossOrigin: vi.fn(), timeoutMs: 150 });
    expect(result.kind).toBe('failed');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('does nothing when the linked page is not an agreement', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => htmlResponse('<title>Help</title><p>Call us any time.</p>')));
    const controls = signup('I agree to the <a href="/terms">Terms</a>');
    expect((await reviewLinkedTerms(controls, { pageUrl: PAGE, crossOrigin: vi.fn() })).kind).toBe('none');
  });

  it('reads terms served as plain text paragraph by paragraph', async () => {
    const licence = readFileSync(join(import.meta.dirname, 'cases/en-plain-text-licence/page.html'), 'utf8');
    const text = /<pre>([\s\S]*)<\/pre>/u.exec(licence)![1].replace(/&amp;/gu, '&');
    vi.stubGlobal('fetch', vi.fn(async () => new Response(text, { headers: { 'content-type': 'text/plain; charset=utf-8' } })));
    const controls = signup('I agree to the <a href="/LICENSE.txt">License</a>');
    const result = await reviewLinkedTerms(controls, { pageUrl: PAGE, crossOrigin: vi.fn() });
    expect(result.kind).toBe('found');
    if (result.kind !== 'found') return;
    expect(result.analysis.keyClauses.map((c) => [c.number, c.categories[0]])).toEqual([
      ['3', 'liability'],
      ['4', 'liability'],
      ['5', 'termination'],
      ['6', 'law'],
      ['7', 'dispute'],
    ]);
  });

  it('refuses documents that are not text', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('%PDF', { headers: { 'content-type': 'application/pdf' } })));
    await expect(fetchLinkedTerms('https://shop.test/terms.pdf', 'https://shop.test', vi.fn())).rejects.toThrow(/not a document/);
  });
});
