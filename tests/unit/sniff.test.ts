// @vitest-environment jsdom
/**
 * The every-page check and its bounded watch, on small documents: what counts as "maybe an
 * agreement", that shadow roots are looked into, and that the watcher stops by itself.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { looksLikeAgreement, mayShowAgreementLater, pathOf } from '../../utils/sniff/looks-like-agreement';
import { sniffPage } from '../../utils/sniff/sniff-page';
import { watchForAgreement } from '../../utils/sniff/watch-for-agreement';

function page(html: string, title = 'Page'): Document {
  const doc = document.implementation.createHTMLDocument(title);
  doc.body.innerHTML = html;
  return doc;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('looksLikeAgreement', () => {
  it('says yes for an agree checkbox and no for a newsletter consent box', () => {
    expect(looksLikeAgreement(page('<label><input type=checkbox> I have read and agree to the <a href="/t">Terms</a></label>'), 'https://x.test/signup')).toBe(true);
    expect(looksLikeAgreement(page('<label><input type=checkbox> Subscribe me to the newsletter, I agree</label>'), 'https://x.test/blog')).toBe(false);
    expect(looksLikeAgreement(page('<p>An article about courts.</p>'), 'https://x.test/news')).toBe(false);
  });

  it('finds an agree control inside an open shadow root', () => {
    const doc = page('<signup-form></signup-form>');
    const root = doc.querySelector('signup-form')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<button>I agree</button>';
    expect(looksLikeAgreement(doc, 'https://x.test/join')).toBe(true);
  });
});

describe('implicit consent and addresses', () => {
  it('says yes for a sign-up form whose line accepts the terms, no for a newsletter line', () => {
    const signup = '<form><input type=email name=e><input type=password name=p><button>Create account</button></form><p>By creating an account, you agree to our <a href="/terms">Terms of Service</a>.</p>';
    expect(looksLikeAgreement(page(`<div>${signup}</div>`), 'https://x.test/join')).toBe(true);
    const newsletter = '<form><input type=email name=e><button>Submit</button></form><p>By clicking "Submit," you agree to the <a href="/privacy">Privacy Policy</a> and <a href="/terms">Terms of Use</a>.</p>';
    expect(looksLikeAgreement(page(`<div>${newsletter}</div>`), 'https://x.test/news/1')).toBe(false);
  });

  it('reads the path of an address without a URL object', () => {
    expect(pathOf('https://x.test:8080/legal/terms?x=1#top')).toBe('/legal/terms');
    expect(pathOf('file:///home/me/tos.html')).toBe('/home/me/tos.html');
    expect(pathOf('https://x.test')).toBe('');
    expect(pathOf('https://x.test?next=/terms')).toBe('');
    expect(looksLikeAgreement(page('<p>x</p>'), 'https://x.test/legal/terms-of-service')).toBe(true);
  });
});

describe('mayShowAgreementLater', () => {
  it('is true for forms, dialogs and app shells, false for a large static article', () => {
    expect(mayShowAgreementLater(page('<form><input name=q></form>'))).toBe(true);
    expect(mayShowAgreementLater(page('<div id="root"></div>'))).toBe(true);
    const article = Array.from({ length: 200 }, (_, i) => `<p>Paragraph ${i}</p>`).join('');
    expect(mayShowAgreementLater(page(`<article>${article}</article>`))).toBe(false);
  });
});

describe('watchForAgreement', () => {
  afterEach(() => vi.useRealTimers());

  it('asks once when an agree control is inserted after load (a single-page app)', async () => {
    const doc = page('<div id="root"></div>');
    document.body.replaceChildren(...Array.from(doc.body.childNodes).map((n) => document.importNode(n, true)));
    const request = vi.fn();
    sniffPage(document, () => 'https://x.test/', request);
    expect(request).not.toHaveBeenCalled();
    document.getElementById('root')!.innerHTML = '<form><label><input type=checkbox> I agree to the Terms of Service</label></form>';
    await sleep(600);
    expect(request).toHaveBeenCalledTimes(1);
    document.getElementById('root')!.append(document.createElement('div'));
    await sleep(600);
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('stops after its number of checks, so a page that mutates forever costs little', async () => {
    const doc = page('<div id="feed"></div>');
    const check = vi.fn(() => false);
    watchForAgreement(doc.body, check, () => undefined, { debounceMs: 5, maxChecks: 3, budgetMs: 1000, lifetimeMs: 10_000 });
    for (let i = 0; i < 8; i++) {
      doc.getElementById('feed')!.append(doc.createElement('p'));
      await sleep(20);
    }
    expect(check).toHaveBeenCalledTimes(3);
  });

  it('stops at the end of its lifetime and ignores removals and text edits', async () => {
    const doc = page('<div id="feed"><p>x</p></div>');
    const check = vi.fn(() => false);
    watchForAgreement(doc.body, check, () => undefined, { debounceMs: 5, maxChecks: 100, budgetMs: 1000, lifetimeMs: 50 });
    doc.querySelector('p')!.remove();
    await sleep(20);
    expect(check).not.toHaveBeenCalled();
    await sleep(60);
    doc.getElementById('feed')!.append(doc.createElement('p'));
    await sleep(20);
    expect(check).not.toHaveBeenCalled();
  });

  it('treats a check that throws as "no" and keeps the page untouched', async () => {
    const doc = page('<div id="feed"></div>');
    const found = vi.fn();
    watchForAgreement(doc.body, () => { throw new Error('boom'); }, found, { debounceMs: 5, maxChecks: 2, budgetMs: 1000, lifetimeMs: 1000 });
    doc.getElementById('feed')!.append(doc.createElement('p'));
    await sleep(20);
    expect(found).not.toHaveBeenCalled();
  });
});
