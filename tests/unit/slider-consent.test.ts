// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://shop.test/register"}
/**
 * Slide-to-verify sliders beside a "继续操作即视为同意…" line: which words make a slider, which
 * box is held (the whole track, knob included), that it is held only with a consent line that
 * says a contract-making action, and that the every-page check sends such a page on. The e2e
 * page tests/e2e/pages/implicit/mobile-slider-zh.html is read here as it is served.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadDocument } from '../../cli/load-document';
import { findAgreeControls } from '../../utils/analysis/agree-controls';
import { hasImplicitConsent } from '../../utils/analysis/implicit-consent';
import { findSlideToVerify, SLIDE_TO_VERIFY } from '../../utils/analysis/slider-controls';
import { findLinkedTerms } from '../../utils/linked/find-linked-terms';
import { reviewLinkedTerms } from '../../utils/linked/review-linked';
import { looksLikeAgreement } from '../../utils/sniff/looks-like-agreement';

const PAGE = resolve(import.meta.dirname, '../e2e/pages/implicit/mobile-slider-zh.html');
const TAOBAO_CLONE = resolve(import.meta.dirname, '../../../shared/corpus/pages/acceptance-forms/signup-taobao-clone-mobile-register-footer-consent.html');

/** The e2e page's body as the test server sends it. */
function servedPage(): string {
  const html = readFileSync(PAGE, 'utf8').replaceAll('{{TERMS_URL}}', '/legal/terms.html');
  return /<body>([\s\S]*)<\/body>/u.exec(html)![1].replace(/<script>[\s\S]*<\/script>/u, '');
}

function controlsIn(html: string) {
  document.body.innerHTML = html;
  return findAgreeControls(document).map((c) => ({ kind: c.kind, id: c.element.id, line: c.consentLine?.id }));
}

/** A form with a slider (its words given) in a card whose footer is `footer`. */
const card = (slider: string, footer: string, formAttrs = '') =>
  `<div id=card><div id=main><form id=f ${formAttrs}><input type=tel id=phone>${slider}</form></div><div id=footer>${footer}</div></div>`;
const TAOBAO_LINE = '继续操作即视为同意<a href="/terms">平台服务协议</a>、<a href="javascript:;">隐私权政策</a>';

describe('slide-to-verify wording', () => {
  it.each(['向右滑动验证', '请按住滑块，拖动到最右边', '拖动下方滑块完成拼图', '滑動驗證', 'Slide to verify', 'Please swipe right to continue', 'Drag the slider'])(
    'is a slider: "%s"',
    (text) => expect(SLIDE_TO_VERIFY.test(text)).toBe(true),
  );

  it.each(['向右滑动查看更多', '滑动浏览商品', 'Slide 3 of 5', 'Drag files here to upload', 'Swipe for more'])('is not a slider: "%s"', (text) =>
    expect(SLIDE_TO_VERIFY.test(text)).toBe(false),
  );
});

describe('findSlideToVerify', () => {
  it('takes the whole track around the knob and its words, once', () => {
    document.body.innerHTML =
      '<form><input id=phone><div id=track><div class=mask></div><div id=knob>&gt;&gt;</div><label>向右滑动验证</label></div><button>下一步</button></form>';
    expect(findSlideToVerify(document).map((e) => e.id)).toEqual(['track']);
  });

  it('finds a role=slider knob by its accessible name, and stops at a box that holds other controls', () => {
    document.body.innerHTML = '<form><div id=wrap><input id=phone><div id=track><div id=knob role=slider aria-label="Slide to verify"></div></div></div></form>';
    expect(findSlideToVerify(document).map((e) => e.id)).toEqual(['track']);
  });

  it('leaves buttons and links that mention sliding alone', () => {
    document.body.innerHTML = '<button id=b>滑动验证</button><a href="/help" id=a>Slide to verify help</a>';
    expect(findSlideToVerify(document)).toEqual([]);
  });
});

describe('sliders held with an implicit consent line', () => {
  it('holds the slider, with the footer line as its consent line, and the form\'s 下一步 button', () => {
    const found = controlsIn(card('<div id=slider><div id=knob>&gt;&gt;</div><span>向右滑动验证</span></div><button id=next>下一步</button>', TAOBAO_LINE));
    expect(found).toEqual(expect.arrayContaining([{ kind: 'slider', id: 'slider', line: 'footer' }, { kind: 'submit', id: 'next', line: 'footer' }]));
    expect(found).toHaveLength(2);
  });

  it('holds a slider that is the only way on (the page moves on by itself after the slide)', () => {
    expect(controlsIn(card('<div id=slider><div>&gt;&gt;</div><span>向右滑动验证</span></div>', TAOBAO_LINE))).toEqual([
      { kind: 'slider', id: 'slider', line: 'footer' },
    ]);
  });

  it('finds the e2e page\'s slider track and button, and its linked terms', () => {
    document.body.innerHTML = servedPage();
    const controls = findAgreeControls(document);
    expect(controls.map((c) => [c.kind, c.element.id, c.consentLine?.id])).toEqual(
      expect.arrayContaining([
        ['slider', 'slider', 're_footer'],
        ['submit', 'next', 're_footer'],
      ]),
    );
    expect(findLinkedTerms(controls, location.href)).toEqual(['https://shop.test/legal/terms.html']);
  });

  it('finds the slider of the corpus Taobao clone (its template read as markup), whose links go nowhere: a quiet failure, nothing locked', async () => {
    const loaded = await loadDocument(TAOBAO_CLONE);
    try {
      const controls = findAgreeControls(loaded.document);
      expect(controls.map((c) => [c.kind, c.element.className, c.consentLine?.id])).toEqual([['slider', 're_slide', 're_footer']]);
      const crossOrigin = vi.fn();
      expect(await reviewLinkedTerms(controls, { pageUrl: 'https://shop.test/register', crossOrigin })).toEqual({ kind: 'failed', urls: [] });
      expect(crossOrigin).not.toHaveBeenCalled();
    } finally {
      loaded.close();
    }
  });

  it.each([
    ['no consent line (a login captcha)', card('<div id=slider><span>向右滑动验证</span></div>', '忘记密码？')],
    ['a line that names no contract-making action', card('<div id=slider><span>向右滑动验证</span></div>', '登录即表示同意<a href="/terms">用户协议</a>')],
    ['a newsletter line', card('<div id=slider><span>Slide to verify</span></div>', 'By subscribing to our newsletter, you agree to the <a href="/terms">Terms of Service</a>.')],
    ['a comment form', card('<div id=slider><span>向右滑动验证</span></div>', TAOBAO_LINE, 'action="/comment"')],
    ['a carousel, not a captcha', card('<div id=slider><span>向右滑动查看更多</span></div>', TAOBAO_LINE)],
  ])('holds no slider with %s', (_what, html) => {
    expect(controlsIn(html).filter((c) => c.kind === 'slider')).toEqual([]);
  });
});

describe('every-page check', () => {
  it('sends the page on when the consent line is the footer of the card around the form\'s own wrapper', () => {
    document.body.innerHTML = servedPage();
    expect(hasImplicitConsent(document)).toBe(true);
    expect(looksLikeAgreement(document, location.href)).toBe(true);
  });

  it('still reads no further than the card: a line two wrappers up and a long page around the form are not read', () => {
    document.body.innerHTML = `<div><div><div><form><input type=tel></form></div></div><p>${TAOBAO_LINE}</p></div>`;
    expect(hasImplicitConsent(document)).toBe(false);
    document.body.innerHTML = `<div><div><form><input type=tel></form></div><article>${'正文。'.repeat(1200)}</article><p>${TAOBAO_LINE}</p></div>`;
    expect(hasImplicitConsent(document)).toBe(false);
  });
});
