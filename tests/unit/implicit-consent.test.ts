// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://shop.test/signup"}
/**
 * Implicit consent: "By creating an account, you agree to our Terms" beside a button, with no
 * checkbox. Which lines count (the vocabulary, in the languages Clausewise reads), which button
 * a line goes with, where its terms are read from, and the every-page check — on small pages
 * and on the shared corpus, where the newsletter "By clicking Submit, you agree" must stay out.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDocument } from '../../cli/load-document';
import { findAgreeControls } from '../../utils/analysis/agree-controls';
import { hasImplicitConsent, isConsentLine, isImplicitConsent, saysConsent } from '../../utils/analysis/implicit-consent';
import { findLinkedTerms } from '../../utils/linked/find-linked-terms';
import { reviewLinkedTerms } from '../../utils/linked/review-linked';
import { looksLikeAgreement } from '../../utils/sniff/looks-like-agreement';

const corpus = resolve(import.meta.dirname, '../../../shared/corpus/pages');
const WILDNEST = 'acceptance-forms/signup-wildnest-resort-create-account-implicit-consent.html';
const TMZ = 'non-agreements/nonagr-tmz-news-article-submit-you-agree.html';
const PAGE = 'https://shop.test/signup';

async function withCorpusPage<T>(file: string, use: (doc: Document) => T): Promise<T> {
  const loaded = await loadDocument(join(corpus, file));
  try {
    return use(loaded.document);
  } finally {
    loaded.close();
  }
}

function implicitIn(html: string) {
  document.body.innerHTML = html;
  return findAgreeControls(document)
    .filter((c) => c.consentLine)
    .map((c) => ({ id: c.element.id, kind: c.kind }));
}

afterEach(() => vi.unstubAllGlobals());

describe('implicit consent vocabulary', () => {
  it.each([
    ['By creating an account, you agree to our Terms of Service and Privacy Policy.', 'Create My Account'],
    ['By clicking Sign Up, you agree to our Terms, Privacy Policy and Cookies Policy.', 'Sign Up'],
    ['By placing your order, you agree to the Conditions of Sale.', 'Place order'],
    ['By continuing, you accept the Terms of Use.', 'Continue'],
    ['Mit deiner Registrierung stimmst du unseren Nutzungsbedingungen zu.', 'Konto erstellen'],
    ['Cliccando su Registrati accetti i Termini di servizio.', 'Registrati'],
    ['Zakładając konto, akceptujesz Regulamin serwisu.', 'Załóż konto'],
    ['En créant un compte, vous acceptez nos Conditions générales.', 'Créer un compte'],
    ['Al crear una cuenta, aceptas los Términos y condiciones.', 'Crear cuenta'],
    ['登録することで、利用規約に同意したものとみなします。', '登録'],
    ['继续操作即视为同意淘宝平台服务协议、隐私权政策、法律声明和支付宝及客户端服务协议', '下一步'],
    ['注册即表示您同意《用户协议》和《隐私政策》', '立即注册'],
  ])('accepts "%s" with the button "%s"', (line, control) => {
    expect(isImplicitConsent(line, control)).toBe(true);
  });

  it.each([
    ['By clicking "Submit," you agree to the Privacy Policy and Terms of Use. >', 'SUBMIT', 'a plain submit names no contract'],
    ['By subscribing, you agree to our Terms and to receive our newsletter.', 'Subscribe', 'newsletter'],
    ['By continuing to browse, you agree to our use of cookies and our Terms.', 'Continue', 'cookies'],
    ['By posting a comment, you agree to our Terms of Use.', 'Post comment', 'comment'],
    ['By sending this message, you agree to our Privacy Policy.', 'Send', 'contact'],
    ['By continuing, you agree to our Privacy Policy and we will email you the PDF.', 'Download PDF', 'a PDF download'],
    ['Read our Terms of Service before you create an account.', 'Create account', 'no consent'],
    ['By creating an account, you agree to receive emails.', 'Create account', 'no terms named'],
    ['GitHub Registered Developer Agreement', 'GitHub Terms', 'a document name is not consent'],
  ])('rejects "%s" with "%s" (%s)', (line, control) => {
    expect(isImplicitConsent(line, control)).toBe(false);
  });

  it('reads "agree" as consent only when someone agrees, not in the name of a document', () => {
    expect(saysConsent('User Agreement · Acceptable Use Policy')).toBe(false);
    expect(saysConsent('By signing up you agree to the User Agreement')).toBe(true);
    expect(isConsentLine(`By creating an account, you agree to our Terms. ${'x'.repeat(400)}`)).toBe(false);
  });
});

describe('the control an implicit consent line goes with', () => {
  it('is the submit button of the form the line sits in', () => {
    expect(implicitIn('<form><input name=email><p>By creating an account, you agree to our <a href="/terms">Terms of Service</a>.</p><button id=go>Create account</button></form>')).toEqual([
      { id: 'go', kind: 'submit' },
    ]);
  });

  it('is found where a German verb is split around the links to the terms ("stimmen Sie … zu")', () => {
    expect(
      implicitIn('<form><input name=email><p>Mit der Registrierung stimmen Sie unseren <a href="/agb">AGB</a> und der <a href="/datenschutz">Datenschutzerklärung</a> zu.</p><button id=go>Registrieren</button></form>'),
    ).toEqual([{ id: 'go', kind: 'submit' }]);
    // The same split verb, consenting to a newsletter, is no acceptance.
    expect(
      implicitIn('<form><p>Mit der Anmeldung stimmen Sie dem Erhalt unseres <a href="/newsletter">Newsletters</a> zu.</p><input name=email><button id=n>Anmelden</button></form>'),
    ).toEqual([]);
  });

  it('is a link styled as a button or a role=button element in the card around the line', () => {
    expect(implicitIn('<div class=card><div><a class="btn btn-primary" id=a href="/welcome">Sign up</a></div><small>By signing up, you agree to the <a href="/terms">Terms</a>.</small></div>')).toEqual([
      { id: 'a', kind: 'link' },
    ]);
    expect(implicitIn('<div class=card><div role=button id=r tabindex=0>Continue</div><p>By continuing, you agree to the <a href="/terms">Terms of Service</a>.</p></div>')).toEqual([
      { id: 'r', kind: 'button' },
    ]);
  });

  it('takes the button the line names, and leaves "Log in" and the terms links alone', () => {
    const found = implicitIn(
      '<div><p>By clicking Create account, you agree to our <a class="btn-link" href="/terms">Terms</a>.</p><button type=button id=login>Log in</button><button type=button id=create>Create account</button></div>',
    );
    expect(found).toEqual([{ id: 'create', kind: 'button' }]);
  });

  it('finds the Chinese footer form with its 下一步 button', () => {
    expect(implicitIn('<form><input name=phone><button type=button id=next>下一步</button></form><div>继续操作即视为同意<a href="/xieyi">淘宝平台服务协议</a>、<a href="/privacy">隐私权政策</a></div>').map((f) => f.id)).toEqual([
      'next',
    ]);
  });

  it('ignores newsletter, comment and contact forms, checkbox labels and explicit agreement steps', () => {
    expect(implicitIn('<form action="/subscribe"><input name=email><p>By joining, you agree to our <a href="/terms">Terms</a>.</p><button id=s>Join</button></form>')).toEqual([]);
    expect(implicitIn('<form id="comment-form"><textarea></textarea><p>By continuing you agree to the <a href="/terms">Terms of Use</a>.</p><button>Continue</button></form>')).toEqual([]);
    expect(implicitIn('<form><label><input type=checkbox> By signing up you agree to the <a href="/terms">Terms</a></label><button id=c>Sign up</button></form>')).toEqual([]);
    const step = implicitIn(
      '<div><div><p>您在申请注册流程中点击同意前，应当认真阅读以下协议。</p><p><button id=agree>同意协议</button></p></div><div><div><button id=reg>注册</button></div></div></div>',
    );
    expect(step).toEqual([]);
  });

  it('finds the "Create My Account" button of the WildNest corpus sign-up', async () => {
    const found = await withCorpusPage(WILDNEST, (doc) => findAgreeControls(doc).map((c) => ({ kind: c.kind, text: c.text, line: c.consentLine?.textContent?.replace(/\s+/gu, ' ').trim() })));
    expect(found).toEqual([{ kind: 'submit', text: 'Create My Account', line: 'By creating an account, you agree to our Terms of Service and Privacy Policy.' }]);
  });

  it('finds no agree control on the TMZ article, whose newsletter form says "By clicking Submit, you agree"', async () => {
    expect(await withCorpusPage(TMZ, (doc) => findAgreeControls(doc).length)).toBe(0);
  });

  it.each(readdirSync(join(corpus, 'non-agreements')).filter((f) => f.endsWith('.html')))('finds no implicit consent control on %s', async (file) => {
    expect(await withCorpusPage(`non-agreements/${file}`, (doc) => findAgreeControls(doc).filter((c) => c.consentLine).length)).toBe(0);
  });
});

describe('the terms of an implicit consent line', () => {
  const signup = (links: string) => {
    document.body.innerHTML = `<form><input name=email><p>By creating an account, you agree to our ${links}.</p><button>Create account</button></form>`;
    return findAgreeControls(document);
  };

  it('are the links in the line', () => {
    expect(findLinkedTerms(signup('<a href="/legal/terms">Terms of Service</a> and <a href="/privacy">Privacy Policy</a>'), PAGE)).toEqual([
      'https://shop.test/legal/terms',
      'https://shop.test/privacy',
    ]);
  });

  it('are loaded and reviewed like a checkbox label\'s', async () => {
    const terms = '<title>Terms of Service</title><h1>Terms of Service</h1><p>1. These Terms of Service form an agreement between you and us.</p><p>2. These terms are governed by the laws of England and Wales.</p><p>3. Any dispute shall be resolved by binding arbitration in London.</p><p>4. TO THE MAXIMUM EXTENT PERMITTED BY LAW, WE ARE NOT LIABLE FOR ANY INDIRECT DAMAGES.</p>';
    const fetched = vi.fn(async () => new Response(terms, { headers: { 'content-type': 'text/html' } }));
    vi.stubGlobal('fetch', fetched);
    const result = await reviewLinkedTerms(signup('<a href="/legal/terms">Terms of Service</a>'), { pageUrl: PAGE, crossOrigin: vi.fn() });
    expect(String(fetched.mock.calls[0])).toContain('https://shop.test/legal/terms');
    expect(result.kind).toBe('found');
  });

  it('that go nowhere make a quiet failure (nothing locked), as terms that fail to load do', async () => {
    const crossOrigin = vi.fn();
    expect(await reviewLinkedTerms(signup('<a href="#">Terms of Service</a> and <a href="javascript:;">Privacy Policy</a>'), { pageUrl: PAGE, crossOrigin })).toEqual({ kind: 'failed', urls: [] });
    expect(crossOrigin).not.toHaveBeenCalled();
  });
});

describe('hasImplicitConsent (the every-page check)', () => {
  const doc = (html: string) => {
    const d = document.implementation.createHTMLDocument('Page');
    d.body.innerHTML = html;
    return d;
  };

  it('says yes for a sign-up form with a consent line, also when the line sits just outside the form', () => {
    expect(hasImplicitConsent(doc('<form><input name=email><p>By creating an account, you agree to our <a href="/t">Terms</a>.</p><button>Create account</button></form>'))).toBe(true);
    expect(hasImplicitConsent(doc('<div><form><input name=phone><input type=submit value="下一步"></form><p>继续操作即视为同意《服务协议》</p></div>'))).toBe(true);
  });

  it('says no without forms, for newsletter and comment forms, and looks into a shadow root it is given', () => {
    expect(hasImplicitConsent(doc('<p>By creating an account, you agree to our Terms.</p><button>Create account</button>'))).toBe(false);
    expect(hasImplicitConsent(doc('<form action="/subscribe"><input name=email><p>By signing up, you agree to our Terms.</p><button>Sign up</button></form>'))).toBe(false);
    expect(hasImplicitConsent(doc('<form><input name=email><input type=submit value=SUBMIT><span>By clicking "Submit," you agree to the Privacy Policy and Terms of Use.</span></form>'))).toBe(false);
    const host = doc('<sign-up></sign-up>');
    const shadow = host.querySelector('sign-up')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<form><p>By registering you agree to the Terms of Service.</p><button>Register</button></form>';
    expect(hasImplicitConsent(shadow)).toBe(true);
  });

  it('sends the WildNest sign-up to the analyser and leaves every non-agreement corpus page alone', async () => {
    expect(await withCorpusPage(WILDNEST, (d) => hasImplicitConsent(d) && looksLikeAgreement(d, 'https://example.com/guest/register.php'))).toBe(true);
    for (const file of readdirSync(join(corpus, 'non-agreements')).filter((f) => f.endsWith('.html'))) {
      expect(await withCorpusPage(`non-agreements/${file}`, (d) => hasImplicitConsent(d)), file).toBe(false);
    }
  });
});
