/**
 * The whole every-page check on the corpus, as the browser runs it: the first look's counts,
 * the background's judgement of title and address, and the closer look where that says so.
 * Pages are given neutral addresses (the corpus file names say "terms"), and Markdown agreements
 * are rendered with no title but their own first heading. No page that one full look (the
 * closer look run directly, as the single-step sniffer did) sends to the analyser may be lost
 * by the first look, nor any other page sent; every agreement reaches the analyser; no non-agreement does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { markdownToHtml, unwrapComponentTemplate } from '../../cli/load-document';
import { nextStep } from '../../utils/sniff/background-first-look';
import { FIRST_LOOK_LIMITS, firstLook } from '../../utils/sniff/first-look';
import { looksLikeAgreement } from '../../utils/sniff/looks-like-agreement';

const corpus = resolve(import.meta.dirname, '../../../shared/corpus/pages');
const NEUTRAL_URL = 'https://example.test/p/1';

type Outcome = 'analyser' | 'closer look says no' | 'not looked at';

/** The page as a browser shows it: Markdown rendered with no title but its own first heading. */
function load(file: string, url: string): JSDOM {
  const text = readFileSync(join(corpus, file), 'utf8');
  const html = file.endsWith('.md') ? markdownToHtml(text, '') : unwrapComponentTemplate(text);
  return new JSDOM(html.replace(/<noscript\b[^>]*>[\s\S]*?<\/noscript\s*>/giu, ''), { url, virtualConsole: new VirtualConsole() });
}

/** What the two-step check ends with, and what one full look at the page (the closer look alone) would say. */
function sniff(file: string, url = NEUTRAL_URL): { outcome: Outcome; fullLook: boolean } {
  const dom = load(file, url);
  try {
    const doc = dom.window.document;
    const fullLook = looksLikeAgreement(doc, url);
    const step = nextStep(url, doc.title, firstLook(true, false, FIRST_LOOK_LIMITS, doc) === true);
    if (step === 'analyser') return { outcome: 'analyser', fullLook };
    if (step === undefined) return { outcome: 'not looked at', fullLook };
    return { outcome: looksLikeAgreement(doc, url) ? 'analyser' : 'closer look says no', fullLook };
  } finally {
    dom.window.close();
  }
}

const files = (dir: string) => readdirSync(join(corpus, dir)).filter((f) => /\.(?:html|md)$/u.test(f)).map((f) => `${dir}/${f}`);
const all = [...files('agreements'), ...files('acceptance-forms'), ...files('non-agreements')];

describe('the every-page check on the corpus', () => {
  it.each(all)('sends a page to the analyser exactly when one full look would: %s', (file) => {
    const { outcome, fullLook } = sniff(file);
    expect(outcome === 'analyser').toBe(fullLook);
  });

  it.each(files('agreements'))('sends the agreement %s to the analyser at a neutral address, or, if it has neither title nor heading, at a terms address', (file) => {
    const dom = load(file, NEUTRAL_URL);
    const doc = dom.window.document;
    const untitled = doc.title.trim() === '' && doc.querySelector('h1, h2, h3') === null;
    dom.window.close();
    expect(sniff(file, untitled ? 'https://example.test/legal/terms' : NEUTRAL_URL).outcome).toBe('analyser');
  });

  it('sends only the non-agreements with a checkbox, an e-mail field or a dialog further than the first look, and none to the analyser', () => {
    const lookedAtCloser = files('non-agreements')
      .filter((file) => sniff(file).outcome !== 'not looked at')
      .map((file) => file.replace(/^non-agreements\/nonagr-|\.html$/gu, ''));
    expect(lookedAtCloser).toEqual(['dropbox-tech-blog-post', 'mozilla-firefox-product-page-privacy-checkbox', 'royalroad-fiction-chapter-cookies', 'tmz-news-article-submit-you-agree']);
    expect(files('non-agreements').filter((file) => sniff(file).outcome === 'analyser')).toEqual([]);
  });
});
