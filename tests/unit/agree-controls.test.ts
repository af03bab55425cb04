// @vitest-environment jsdom
/**
 * Which elements are agree controls: the kinds real sign-up, checkout and install flows use,
 * and the consent lines that are not acceptance of terms.
 */
import { describe, expect, it } from 'vitest';
import { findAgreeControls } from '../../utils/analysis/agree-controls';

function controlsIn(html: string, setup?: (doc: Document) => void) {
  document.head.innerHTML = '<style>.pointer { cursor: pointer }</style>';
  document.body.innerHTML = html;
  setup?.(document);
  return findAgreeControls(document).map((c) => ({ kind: c.kind, id: c.element.id, text: c.text }));
}

describe('findAgreeControls', () => {
  it('finds the checkbox and the submit buttons of its form', () => {
    const found = controlsIn('<form><label><input type=checkbox id=box> I have read and agree to the <a href="/terms">Terms</a></label><input type=submit id=go value="Sign up"></form>');
    expect(found.map((f) => [f.kind, f.id])).toEqual([['checkbox', 'box'], ['submit', 'go']]);
  });

  it('reads a German checkbox whose verb is split around the terms ("Ich stimme den AGB zu")', () => {
    const found = controlsIn('<form><label><input type=checkbox id=box> Ich stimme den <a href="/agb">AGB</a> und der <a href="/datenschutz">Datenschutzerklärung</a> zu.</label><button id=go>Konto erstellen</button></form>');
    expect(found.map((f) => [f.kind, f.id])).toEqual([['checkbox', 'box'], ['submit', 'go']]);
  });

  it('finds buttons, image and button inputs, role=button elements and agree links', () => {
    const found = controlsIn(
      '<button id=b>Agree and continue</button><input type=image id=i alt="I accept"><input type=button id=ib value="Accept"><span role=button id=r>I agree</span><a href="/next" id=a>Accept</a><a href="/terms" id=t>User agreement</a>',
    );
    expect(found.map((f) => f.id).sort()).toEqual(['a', 'b', 'i', 'ib', 'r']);
  });

  it('finds a div a framework made clickable, once, by its outermost clickable box', () => {
    const found = controlsIn('<div class="pointer" id=d><span>I agree</span></div><div id=plain>I agree with the author</div>');
    expect(found.map((f) => f.id)).toEqual(['d']);
    const byClass = controlsIn('<div class="signup-btn" id=c>Accept all terms</div>');
    expect(byClass.map((f) => f.id)).toEqual(['c']);
  });

  it('finds controls inside open shadow roots', () => {
    const found = controlsIn('<signup-form id=host></signup-form>', (doc) => {
      const root = doc.getElementById('host')!.attachShadow({ mode: 'open' });
      root.innerHTML = '<form><label><input type=checkbox id=sbox> I agree to the Terms of Service</label><button id=sgo>Join</button></form>';
    });
    expect(found.map((f) => [f.kind, f.id])).toEqual([['checkbox', 'sbox'], ['submit', 'sgo']]);
  });

  it('ignores newsletter and cookie consent', () => {
    expect(controlsIn('<form><label><input type=checkbox> Subscribe to our newsletter, I agree to receive email</label><button>Send</button></form>')).toEqual([]);
    expect(controlsIn('<div class="cookie-banner"><button>Accept cookies</button></div>')).toEqual([]);
  });

  it.each([
    ["Je suis d'accord avec les conditions d'utilisation"],
    ['Estoy de acuerdo con los Términos de uso'],
    ['Ho letto e accetto i Termini di servizio'],
    ['Ich habe die AGB gelesen und bin einverstanden'],
  ])('finds the terms box whose label says it agrees: %s', (label) => {
    expect(controlsIn(`<form><label><input type=checkbox id=box> ${label}</label><button id=go>OK</button></form>`).map((f) => f.id)).toContain('box');
  });

  it.each([
    ["J'accepte de recevoir des offres commerciales par e-mail", "J'accepte les conditions générales d'utilisation"],
    ["J'accepte de recevoir des communications commerciales", "J'ai lu et j'accepte les CGU"],
    ['Acepto recibir comunicaciones comerciales y ofertas', 'He leído y acepto los términos y condiciones'],
    ['Acconsento a ricevere comunicazioni commerciali e offerte', 'Ho letto e accetto i termini di servizio'],
    ['メールマガジンの配信に同意する', '利用規約に同意する'],
  ])('takes consent to marketing mail for no agree control, beside the terms box: %s', (marketing, terms) => {
    const found = controlsIn(`<form><label><input type=checkbox id=mail> ${marketing}</label><label><input type=checkbox id=box> ${terms}</label><button id=go>OK</button></form>`);
    expect(found.filter((f) => f.kind === 'checkbox').map((f) => f.id)).toEqual(['box']);
  });

  it("leaves a cookie banner's own buttons alone, beside a sign-up form whose controls it still finds", () => {
    const signup = '<form><p>Create your account.</p><label><input type=checkbox id=box> I agree to the Terms of Service and the Cookie Policy</label><button id=go>Agree and sign up</button></form>';
    const marked = '<div id="onetrust-banner-sdk" role="dialog"><div><p>We value your privacy.</p></div><div><button id=all>Accept all</button><button id=ok>I Agree</button></div></div>';
    const unmarked = '<div class="notice"><p>We and our partners store and read information on your device, such as cookies, to measure audiences.</p><p><button id=yes>I accept</button> <span role=button id=no>Reject</span></p></div>';
    expect(controlsIn(signup + marked + unmarked).map((f) => f.id)).toEqual(['box', 'go']);
    // A bare "I agree" outside any box of words, on a short page that also has a cookie banner.
    expect(controlsIn(`<p><input type=submit id=bare value="I agree"></p>${unmarked}`).map((f) => f.id)).toEqual(['bare']);
    // A banner-like box that never mentions cookies is not one.
    expect(controlsIn('<div class="notice"><p>Please read the new licence before you install the update.</p><button id=acc>I accept</button></div>').map((f) => f.id)).toEqual(['acc']);
  });

  it('finds several agree controls on one page', () => {
    const found = controlsIn('<label><input type=checkbox id=a> I agree to the Terms</label><label><input type=checkbox id=b> I accept the Privacy Policy</label>');
    expect(found.map((f) => f.id)).toEqual(['a', 'b']);
  });
});
