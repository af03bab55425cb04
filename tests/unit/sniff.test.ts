// @vitest-environment jsdom
/**
 * The every-page check and its bounded watch, on small documents: what counts as "maybe an
 * agreement", that shadow roots are looked into, and that the watcher stops by itself.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextStep } from '../../utils/sniff/background-first-look';
import { FIRST_LOOK_LIMITS, firstLook } from '../../utils/sniff/first-look';
import { pathOf } from '../../utils/sniff/hints';
import { LOOK_AGAIN_AFTER_CLICK_MS, lookAgainAfterClicks, MAX_LOOKS_AFTER_CLICKS } from '../../utils/sniff/look-again-after-clicks';
import { looksLikeAgreement, mayShowAgreementLater } from '../../utils/sniff/looks-like-agreement';
import { closerLook } from '../../utils/sniff/closer-look';
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

/** A long article with a search form: what most pages are. */
const ARTICLE = `<form><input type=search name=q><button>Search</button></form><article>${Array.from({ length: 200 }, (_, i) => `<p>Paragraph ${i}</p>`).join('')}</article>`;

describe('mayShowAgreementLater', () => {
  it('is true for sign-up and e-mail fields, dialogs, app shells and pages still to be rendered, false for a large static article', () => {
    expect(mayShowAgreementLater(page(`${ARTICLE}<form><input type=email name=e><button>Next</button></form>`))).toBe(true);
    expect(mayShowAgreementLater(page(`${ARTICLE}<div role="dialog" hidden></div>`))).toBe(true);
    expect(mayShowAgreementLater(page(`${ARTICLE}<div id="__next"></div>`))).toBe(true);
    expect(mayShowAgreementLater(page('<div id="root"></div>'))).toBe(true);
    expect(mayShowAgreementLater(page('<p>Loading…</p>'))).toBe(true);
    expect(mayShowAgreementLater(page(ARTICLE))).toBe(false);
  });
});

/** The document as it is once its page has loaded. */
function loaded(doc: Document): Document {
  Object.defineProperty(doc, 'readyState', { value: 'complete', configurable: true });
  return doc;
}

/** The first look's immediate answer, as the background asks for it after a client-side navigation. */
const mayHoldAgreement = (doc: Document, isTopFrame = true) => firstLook(isTopFrame, false, FIRST_LOOK_LIMITS, doc);

describe('the every-page cost on ordinary pages', () => {
  afterEach(() => vi.restoreAllMocks());

  it('judges a page without checkboxes, sign-up fields, dialogs or an app shell by counts alone, reading no element', () => {
    const doc = page(`<h1>Terms of an election</h1>${ARTICLE}`, 'City news');
    const read = vi.spyOn(Node.prototype, 'textContent', 'get');
    expect(mayHoldAgreement(doc)).toBe(false);
    expect(read).not.toHaveBeenCalled();
  });

  it('says "maybe" where there is a checkbox, a sign-up field, a dialog, a page still to be rendered or no title to go by', () => {
    expect(mayHoldAgreement(page(`${ARTICLE}<label><input type=checkbox> Remember me</label>`))).toBe(true);
    expect(mayHoldAgreement(page(`${ARTICLE}<input type=tel name=phone>`))).toBe(true);
    expect(mayHoldAgreement(page(`${ARTICLE}<dialog></dialog>`))).toBe(true);
    // A rendered app is looked at again by the background when it moves to another view.
    expect(mayHoldAgreement(page(`${ARTICLE}<div id="__nuxt"></div>`))).toBe(false);
    expect(mayHoldAgreement(page('<div>Loading…</div>'))).toBe(true);
    expect(mayHoldAgreement(page(ARTICLE, ''))).toBe(true);
    // A "maybe" at once is a plain answer, with no listener left behind.
    const doc = page(`${ARTICLE}<input type=password>`);
    const listen = vi.spyOn(doc, 'addEventListener');
    expect(firstLook(true, true, FIRST_LOOK_LIMITS, doc)).toBe(true);
    expect(listen).not.toHaveBeenCalled();
  });

  it('in a subframe counts only fields and dialogs: a small untitled ad frame gets no closer look', () => {
    const ad = page('<a href="https://ads.test/c"><img src="https://ads.test/i.png" alt="Ad"></a>', '');
    expect(mayHoldAgreement(ad, true)).toBe(true);
    expect(mayHoldAgreement(ad, false)).toBe(false);
    expect(mayHoldAgreement(page('<form><input type=email><input type=checkbox></form>', ''), false)).toBe(true);
  });

  it('where it found nothing, counts again after clicks and answers "maybe" once a sign-up dialog has appeared', async () => {
    vi.useFakeTimers();
    try {
      const doc = loaded(page(ARTICLE, 'City news'));
      let answer: boolean | undefined;
      const pending = firstLook(true, true, FIRST_LOOK_LIMITS, doc);
      expect(pending).toBeInstanceOf(Promise);
      void (pending as Promise<boolean>).then((a) => (answer = a));
      doc.body.click();
      await vi.advanceTimersByTimeAsync(LOOK_AGAIN_AFTER_CLICK_MS[1]);
      expect(answer).toBeUndefined();
      // The page's button builds its dialog a moment after the click.
      doc.body.click();
      await vi.advanceTimersByTimeAsync(100);
      doc.body.insertAdjacentHTML('beforeend', '<div role="dialog"><label><input type=checkbox> I agree to the Terms</label></div>');
      await vi.advanceTimersByTimeAsync(LOOK_AGAIN_AFTER_CLICK_MS[1]);
      expect(answer).toBe(true);
      // Answered once; its listener is gone, so later clicks cost nothing.
      const look = vi.spyOn(doc, 'querySelector');
      doc.body.click();
      await vi.advanceTimersByTimeAsync(LOOK_AGAIN_AFTER_CLICK_MS[1]);
      expect(look).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('answers "no" once its looks after clicks are used up, and waits for clicks only where told to and once the page has loaded', async () => {
    vi.useFakeTimers();
    try {
      const doc = page(ARTICLE, 'City news');
      expect(firstLook(true, false, FIRST_LOOK_LIMITS, doc)).toBe(false);
      // Still loading: waiting would hold the page's load event, so "not yet".
      Object.defineProperty(doc, 'readyState', { value: 'interactive', configurable: true });
      expect(firstLook(true, true, FIRST_LOOK_LIMITS, doc)).toBeNull();
      loaded(doc);
      let answer: boolean | undefined;
      void (firstLook(true, true, FIRST_LOOK_LIMITS, doc) as Promise<boolean>).then((a) => (answer = a));
      for (let click = 0; click < 40; click++) {
        doc.body.click();
        await vi.advanceTimersByTimeAsync(LOOK_AGAIN_AFTER_CLICK_MS[1]);
      }
      expect(answer).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('hands its wait back ("ask again") after its time, never in the middle of a burst of clicks', async () => {
    vi.useFakeTimers();
    try {
      const { maxWaitMs } = FIRST_LOOK_LIMITS;
      // Chromium stopped a worker whose only work was a pending look 345–360 s after it was sent (measured).
      expect(maxWaitMs).toBeLessThan(345_000);
      const doc = loaded(page(ARTICLE, 'City news'));
      const answers: Array<boolean | null> = [];
      void (firstLook(true, true, FIRST_LOOK_LIMITS, doc) as Promise<boolean | null>).then((a) => answers.push(a));
      await vi.advanceTimersByTimeAsync(maxWaitMs - 1);
      expect(answers).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect(answers).toEqual([null]);
      // Its listener went with it.
      const look = vi.spyOn(doc, 'querySelector');
      doc.body.click();
      await vi.advanceTimersByTimeAsync(LOOK_AGAIN_AFTER_CLICK_MS[1]);
      expect(look).not.toHaveBeenCalled();

      // A click just before the time is up: its looks are still taken, and the dialog it built is found.
      void (firstLook(true, true, FIRST_LOOK_LIMITS, doc) as Promise<boolean | null>).then((a) => answers.push(a));
      await vi.advanceTimersByTimeAsync(maxWaitMs - 100);
      doc.body.click();
      await vi.advanceTimersByTimeAsync(LOOK_AGAIN_AFTER_CLICK_MS[0]);
      expect(answers).toEqual([null]);
      doc.body.insertAdjacentHTML('beforeend', '<div role="dialog"><input type=email></div>');
      await vi.advanceTimersByTimeAsync(LOOK_AGAIN_AFTER_CLICK_MS[1]);
      expect(answers).toEqual([null, true]);

      // A burst that builds nothing: handed back after its last look.
      const plain = loaded(page(ARTICLE, 'City news'));
      void (firstLook(true, true, FIRST_LOOK_LIMITS, plain) as Promise<boolean | null>).then((a) => answers.push(a));
      await vi.advanceTimersByTimeAsync(maxWaitMs - 100);
      plain.body.click();
      await vi.advanceTimersByTimeAsync(LOOK_AGAIN_AFTER_CLICK_MS[1] - 1);
      expect(answers).toEqual([null, true]);
      await vi.advanceTimersByTimeAsync(1);
      expect(answers).toEqual([null, true, null]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('the closer look, on a page it does not watch, looks again after clicks and asks for the analyser when a sign-up dialog appears', () => {
    vi.useFakeTimers();
    try {
      // A "remember me" box brought the closer look; nothing on the page says it will grow terms.
      const doc = page(`${ARTICLE}<label><input type=checkbox> Remember me</label>`, 'City news');
      expect(mayShowAgreementLater(doc)).toBe(false);
      const analyse = vi.fn();
      const stop = closerLook(doc, () => 'https://x.test/p/1', analyse);
      expect(stop).toBeTypeOf('function');
      doc.body.click();
      doc.body.insertAdjacentHTML('beforeend', '<div role="dialog"><label><input type=checkbox> I have read and agree to the Terms of Service</label></div>');
      vi.advanceTimersByTime(LOOK_AGAIN_AFTER_CLICK_MS[1]);
      expect(analyse).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('looks again after clicks a bounded number of times, and not at all once stopped', () => {
    vi.useFakeTimers();
    try {
      const doc = page(ARTICLE, 'City news');
      const look = vi.fn(() => false);
      const stop = lookAgainAfterClicks(doc, look, vi.fn());
      for (let i = 0; i < MAX_LOOKS_AFTER_CLICKS; i++) {
        doc.body.click();
        vi.advanceTimersByTime(LOOK_AGAIN_AFTER_CLICK_MS[1]);
      }
      expect(look).toHaveBeenCalledTimes(MAX_LOOKS_AFTER_CLICKS);
      doc.body.click();
      vi.advanceTimersByTime(LOOK_AGAIN_AFTER_CLICK_MS[1]);
      expect(look).toHaveBeenCalledTimes(MAX_LOOKS_AFTER_CLICKS);

      const stoppedLook = vi.fn(() => false);
      lookAgainAfterClicks(doc, stoppedLook, vi.fn())();
      doc.body.click();
      vi.advanceTimersByTime(LOOK_AGAIN_AFTER_CLICK_MS[1]);
      expect(stoppedLook).not.toHaveBeenCalled();
      stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('a burst of clicks is looked at after its last click, twice', () => {
    vi.useFakeTimers();
    try {
      const doc = page(ARTICLE, 'City news');
      const look = vi.fn(() => false);
      const stop = lookAgainAfterClicks(doc, look, vi.fn());
      for (let i = 0; i < 5; i++) {
        doc.body.click();
        vi.advanceTimersByTime(50);
      }
      vi.advanceTimersByTime(LOOK_AGAIN_AFTER_CLICK_MS[1]);
      expect(look).toHaveBeenCalledTimes(LOOK_AGAIN_AFTER_CLICK_MS.length);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('the background loads the analyser where the title or address says terms, the closer look on a "maybe", else nothing', () => {
    expect(nextStep('https://x.test/p/1', 'Terms of Service — Example', false)).toBe('analyser');
    expect(nextStep('https://x.test/legal/terms', 'Example', false)).toBe('analyser');
    expect(nextStep('https://x.test/p/1', 'Example', true)).toBe('closer-look');
    expect(nextStep('https://x.test/news/1', 'City news', false)).toBeUndefined();
    // Sign-up, install and checkout pages are looked at closer even with no field: a lone agree button.
    expect(nextStep('https://x.test/p/1', 'Example Editor — Download', false)).toBe('closer-look');
    expect(nextStep('https://x.test/account/signup', 'Example', false)).toBe('closer-look');
    expect(nextStep('https://x.test/p/1', '注册 - 示例', false)).toBe('closer-look');
    for (const [url, title] of [
      ['https://x.test/p/1', 'Créer un compte – Exemple'],
      ['https://x.test/es/crear-cuenta', 'Ejemplo'],
      ['https://x.test/fr/ma-commande', 'Exemple'],
      ['https://x.test/p/1', 'ご購入手続き｜サンプル'],
      ['https://x.test/p/1', 'アカウント作成'],
    ]) {
      expect(nextStep(url, title, false), `${url} ${title}`).toBe('closer-look');
    }
  });

  it('takes the usual titles and addresses of terms in the languages read for terms pages', () => {
    for (const path of ['/cgu', '/fr/cgv.html', '/politique-de-confidentialite', '/es/terminos-y-condiciones', '/politica-de-privacidad', '/it/termini', '/datenschutz', '/kiyaku.html']) {
      expect(nextStep(`https://x.test${path}`, 'Example', false), path).toBe('analyser');
    }
    for (const title of ['Datenschutzhinweise – Beispiel', '個人情報保護方針｜サンプル', '個人情報の取扱いについて', 'Conditions générales de vente', 'Términos y condiciones', 'Warunki handlowe | Booking.com', 'Ogólne warunki umowy', 'Condizioni di vendita']) {
      expect(nextStep('https://x.test/p/1', title, false), title).toBe('analyser');
    }
    for (const path of ['/terminal/docs', '/blog/cguide', '/news/2024/pagoda']) expect(nextStep(`https://x.test${path}`, 'Example', false), path).toBeUndefined();
  });

  it('an untitled page with a terms heading is found by the closer look', () => {
    const untitled = page(`<h1>Terms of Service</h1>${ARTICLE}`, '');
    const analyse = vi.fn();
    expect(mayHoldAgreement(untitled)).toBe(true);
    expect(nextStep('https://x.test/p/1', untitled.title, true)).toBe('closer-look');
    closerLook(untitled, () => 'https://x.test/p/1', analyse);
    expect(analyse).toHaveBeenCalledTimes(1);
  });
});

describe('watchForAgreement', () => {
  afterEach(() => vi.useRealTimers());

  it('asks once when an agree control is inserted after load (a single-page app)', async () => {
    const doc = page('<div id="root"></div>');
    document.body.replaceChildren(...Array.from(doc.body.childNodes).map((n) => document.importNode(n, true)));
    const request = vi.fn();
    expect(mayHoldAgreement(document)).toBe(true);
    expect(nextStep('https://x.test/', document.title, true)).toBe('closer-look');
    closerLook(document, () => 'https://x.test/', request);
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
