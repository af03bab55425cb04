// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://shop.test/signup"}
/**
 * Fail open, proven by injecting faults into the review: an analysis that throws or overruns
 * its budget, linked terms that never arrive, a panel that cannot be drawn. In every case the
 * page keeps working controls and nothing of Clausewise stays in its DOM (or, for linked terms,
 * only the quiet line in Clausewise's own shadow root).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzeDocument } from '../../utils/analysis/analyze';
import { reviewPage, type ReviewHandle } from '../../utils/review/review-page';
import { loadLinkedSignup, toggles } from './linked-signup-page';

const agreementHtml = readFileSync(join(import.meta.dirname, '../../../shared/fixtures/aliyun-service-agreement.html'), 'utf8');

function loadAgreementPage(): HTMLInputElement {
  const parsed = new DOMParser().parseFromString(agreementHtml, 'text/html');
  document.title = parsed.title;
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
  return document.getElementById('read') as HTMLInputElement;
}

let handle: ReviewHandle | undefined;
beforeEach(() => {
  // The panel's strings: message names stand in for the translations.
  const i18n = fakeBrowser.i18n as unknown as { getMessage(name: string): string; getUILanguage(): string };
  i18n.getMessage = (name) => name;
  i18n.getUILanguage = () => 'en';
});
afterEach(() => {
  handle?.dispose();
  handle = undefined;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.documentElement.querySelector('clausewise-root')?.remove();
});

describe('review fails open', () => {
  it('locks the sample agreement when nothing goes wrong (the baseline the faults break)', async () => {
    const box = loadAgreementPage();
    handle = await reviewPage(document);
    expect(handle).toBeDefined();
    expect(toggles(box)).toBe(false);
  });

  it('leaves the page unlocked and untouched when the analysis throws', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const box = loadAgreementPage();
    const before = document.documentElement.outerHTML;
    handle = await reviewPage(document, { analyze: () => { throw new Error('injected'); } });
    expect(handle).toBeUndefined();
    expect(toggles(box)).toBe(true);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('locks as on a first review when the review log never arrives', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // Storage answers everything (the settings) but the review log.
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local) as (keys: unknown) => Promise<unknown>;
    const hanging = (keys: unknown) => (JSON.stringify(keys ?? null).includes('reviewLog') ? new Promise(() => undefined) : get(keys));
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(hanging as typeof fakeBrowser.storage.local.get);
    const box = loadAgreementPage();
    handle = await reviewPage(document, { reviewLogTimeoutMs: 50 });
    expect(handle).toBeDefined();
    expect(toggles(box)).toBe(false);
    expect(document.querySelector('clausewise-root')!.shadowRoot!.querySelector('.status-locked')).not.toBeNull();
  });

  it('leaves the page unlocked when the analysis overruns its time budget', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const box = loadAgreementPage();
    handle = await reviewPage(document, { analysisBudgetMs: -1 });
    expect(handle).toBeUndefined();
    expect(toggles(box)).toBe(true);
    expect(document.querySelector('clausewise-root')).toBeNull();
  });

  it('releases the lock and removes its UI when drawing the panel fails', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const box = loadAgreementPage();
    const broken: typeof analyzeDocument = (doc, options) => {
      const live = analyzeDocument(doc, options);
      // A clause without text makes the panel throw while rendering.
      live.analysis.keyClauses = [{ ...live.analysis.keyClauses[0], text: undefined as unknown as string, emphasized: [{ start: 0, end: 5 }] }];
      return live;
    };
    handle = await reviewPage(document, { analyze: broken });
    expect(toggles(box)).toBe(true);
    expect(document.querySelector('clausewise-root')).toBeNull();
  });

  it('locks nothing and says so quietly when the linked terms never arrive', async () => {
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>(() => undefined)));
    const box = loadLinkedSignup();
    handle = await reviewPage(document, { linkedTimeoutMs: 100 });
    expect(handle).toBeDefined();
    expect(toggles(box)).toBe(true);
    const root = document.querySelector('clausewise-root')!.shadowRoot!;
    expect(root.querySelector('.status-linked-failed')).not.toBeNull();
    expect(root.querySelector('.panel')).toBeNull();
  });

  it('locks nothing when the cross-origin fetch through the background fails', async () => {
    document.title = 'Create account';
    document.body.innerHTML = '<form><label><input type=checkbox id=box> I agree to the <a href="https://legal.other.test/terms">Terms</a></label><button>Go</button></form>';
    const box = document.getElementById('box') as HTMLInputElement;
    handle = await reviewPage(document, { fetchCrossOrigin: () => Promise.reject(new Error('injected network error')) });
    expect(toggles(box)).toBe(true);
  });
});
