// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://shop.test/signup"}
/**
 * The hold while deciding: an agree box that links to its terms is held from the moment the
 * review knows it until it has read those terms. Slow terms keep it held; terms with key
 * clauses hand it to the review's lock with no moment free; a failure, a timeout or a decision
 * that never comes give it back untouched; settings that turn locking off mean no hold at all.
 * (Page-script clicks stand in for the user here: the lock drops both alike. The hint a person's
 * click brings up is tested in real browsers, tests/e2e/pending-hold.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import panelCss from '../../assets/styles/panel.css?inline';
import { holdWhileDeciding } from '../../utils/lock/pending-hold';
import { reviewPage, type ReviewHandle } from '../../utils/review/review-page';
import { saveSettings } from '../../utils/settings/store';
import { loadLinkedSignup, toggles } from './linked-signup-page';

const agreementHtml = readFileSync(join(import.meta.dirname, '../../../shared/fixtures/aliyun-service-agreement.html'), 'utf8');

/** A same-origin fetch of the terms that answers only when the test says so. */
function slowFetch() {
  let answer: (response: Response) => void = () => undefined;
  const fetch = vi.fn(() => new Promise<Response>((resolve) => (answer = resolve)));
  vi.stubGlobal('fetch', fetch);
  return {
    fetch,
    answer: (body: string, status = 200) => answer(new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8' } })),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ourRoots = () => document.querySelectorAll('clausewise-root');

let handle: ReviewHandle | undefined;
beforeEach(() => {
  fakeBrowser.reset();
  const i18n = fakeBrowser.i18n as unknown as { getMessage(name: string): string; getUILanguage(): string };
  i18n.getMessage = (name) => name;
  i18n.getUILanguage = () => 'en';
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  handle?.dispose();
  handle = undefined;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  for (const root of Array.from(ourRoots())) root.remove();
});

describe('hold while the linked terms are read', () => {
  it('holds the box during a slow fetch and hands it to the review lock with no moment free', async () => {
    const box = loadLinkedSignup();
    // Counts the capture-phase click blockers on window: a gap between the hold and the review's lock would drop it to zero.
    let blockers = 0;
    let fewestAfterFirst = Number.POSITIVE_INFINITY;
    const add = window.addEventListener.bind(window);
    const remove = window.removeEventListener.bind(window);
    vi.spyOn(window, 'addEventListener').mockImplementation((type, listener, options) => {
      if (type === 'click' && options === true) blockers++;
      add(type, listener, options);
    });
    vi.spyOn(window, 'removeEventListener').mockImplementation((type, listener, options) => {
      if (type === 'click' && options === true) {
        blockers--;
        fewestAfterFirst = Math.min(fewestAfterFirst, blockers);
      }
      remove(type, listener, options);
    });

    const terms = slowFetch();
    const reviewing = reviewPage(document);
    await vi.waitFor(() => expect(terms.fetch).toHaveBeenCalled());
    expect(blockers).toBe(1);
    expect(toggles(box)).toBe(false);
    await sleep(200);
    expect(toggles(box)).toBe(false);
    // Nothing drawn while nobody has tried the box with a real click.
    expect(ourRoots()).toHaveLength(0);

    terms.answer(agreementHtml);
    handle = await reviewing;
    expect(handle).toBeDefined();
    expect(fewestAfterFirst).toBeGreaterThanOrEqual(1);
    expect(blockers).toBe(1);
    expect(toggles(box)).toBe(false);
    const root = document.querySelector('clausewise-root')!.shadowRoot!;
    expect(root.querySelector('.status-locked')).not.toBeNull();
    expect(ourRoots()).toHaveLength(1);
    handle!.dispose();
    handle = undefined;
    expect(blockers).toBe(0);
    expect(toggles(box)).toBe(true);
  });

  it('gives the box back when the terms fail to load, leaving only the quiet note', async () => {
    const box = loadLinkedSignup();
    box.disabled = false;
    const terms = slowFetch();
    const reviewing = reviewPage(document);
    await vi.waitFor(() => expect(terms.fetch).toHaveBeenCalled());
    expect(toggles(box)).toBe(false);
    terms.answer('not found', 404);
    handle = await reviewing;
    expect(toggles(box)).toBe(true);
    expect(box.checked).toBe(false);
    expect(box.disabled).toBe(false);
    expect(ourRoots()).toHaveLength(1);
    const root = ourRoots()[0].shadowRoot!;
    expect(root.querySelector('.status-linked-failed')).not.toBeNull();
    expect(root.querySelector('.panel, .lock-hint, .pending-hint')).toBeNull();
  });

  it('gives the box back, untouched, when the linked page is no agreement', async () => {
    const box = loadLinkedSignup();
    const before = document.body.innerHTML;
    const terms = slowFetch();
    const reviewing = reviewPage(document);
    await vi.waitFor(() => expect(terms.fetch).toHaveBeenCalled());
    expect(toggles(box)).toBe(false);
    terms.answer('<title>Help</title><p>Call us any time.</p>');
    handle = await reviewing;
    expect(handle).toBeUndefined();
    expect(toggles(box)).toBe(true);
    expect(ourRoots()).toHaveLength(0);
    expect(document.body.innerHTML).toBe(before);
  });

  it('gives the box back at the deadline when the cross-origin fetch never answers', async () => {
    document.title = 'Create account';
    document.body.innerHTML = '<form><label><input type=checkbox id=box> I agree to the <a href="https://legal.other.test/terms">Terms</a></label><button>Go</button></form>';
    const box = document.getElementById('box') as HTMLInputElement;
    const reviewing = reviewPage(document, { fetchCrossOrigin: () => new Promise(() => undefined), linkedTimeoutMs: 300 });
    await sleep(150);
    expect(toggles(box)).toBe(false);
    handle = await reviewing;
    expect(toggles(box)).toBe(true);
  });

  it('lets go at its cap even when reading the terms never settles', async () => {
    const box = loadLinkedSignup();
    const started = Date.now();
    const reviewing = reviewPage(document, { reviewLinked: () => new Promise(() => undefined), linkedTimeoutMs: 200, holdMarginMs: 300 });
    await sleep(350);
    // Past the linked deadline, which a hung reader ignores: still held until the cap.
    expect(toggles(box)).toBe(false);
    await vi.waitFor(() => expect(toggles(box)).toBe(true), { timeout: 2000, interval: 20 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    expect(Date.now() - started).toBeLessThan(1500);
    handle = await reviewing;
    expect(toggles(box)).toBe(true);
    expect(ourRoots()[0]?.shadowRoot?.querySelector('.panel, .lock-hint, .pending-hint') ?? null).toBeNull();
  });

  it('holds nothing when locking is off, the site is exempt, or Clausewise is disabled', async () => {
    for (const patch of [{ lockMode: 'off' as const }, { neverLockSites: ['shop.test'] }, { enabled: false }]) {
      fakeBrowser.reset();
      await saveSettings(patch);
      const box = loadLinkedSignup();
      const terms = slowFetch();
      const reviewing = reviewPage(document);
      await sleep(150);
      expect(toggles(box), JSON.stringify(patch)).toBe(true);
      terms.answer(agreementHtml);
      handle = await reviewing;
      expect(toggles(box), JSON.stringify(patch)).toBe(true);
      handle?.dispose();
      handle = undefined;
      vi.unstubAllGlobals();
    }
  });
});

describe('holdWhileDeciding', () => {
  it('releases itself at its cap and leaves nothing behind', async () => {
    const box = loadLinkedSignup();
    const hold = holdWhileDeciding(document, [box], { capMs: 150, css: panelCss });
    expect(hold.held).toBe(true);
    expect(hold.controls).toEqual([box]);
    expect(toggles(box)).toBe(false);
    await sleep(250);
    expect(hold.held).toBe(false);
    expect(toggles(box)).toBe(true);
    expect(ourRoots()).toHaveLength(0);
  });
});
