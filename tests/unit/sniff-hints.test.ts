/**
 * The sniffer's substring hints skip the vocabulary expressions only where they could not
 * match: every top-level alternative of each expression contains one of its hints.
 */
import { describe, expect, it } from 'vitest';
import { AGREE_WORDS, AGREEMENT_TITLE, AGREEMENT_URL } from '../../utils/analysis/vocabulary';
import { CONSENT_VERB } from '../../utils/analysis/implicit-consent';
import { AGREE_HINTS, CONSENT_HINTS, TITLE_HINTS, URL_HINTS } from '../../utils/analysis/vocabulary-hints';
import { alternativesOf } from '../../utils/classify/rules';
import { hasAgreeWords, isAgreementPath, isAgreementTitle } from '../../utils/sniff/hints';

/** The literal text before any group or class, e.g. `terms of (?:service|use)` → `terms of `: always matched. */
function literalPrefix(alternative: string): string {
  return alternative.replace(/\\b|\^/gu, '').replace(/\\s\+?/gu, ' ').split(/[([?]/u)[0].toLowerCase();
}

describe.each([
  ['AGREEMENT_TITLE', AGREEMENT_TITLE, TITLE_HINTS],
  ['AGREEMENT_URL', AGREEMENT_URL, URL_HINTS],
  ['AGREE_WORDS', AGREE_WORDS, AGREE_HINTS],
  // implicit-consent.ts skips its expressions on text without these hints.
  ['CONSENT_VERB', CONSENT_VERB, CONSENT_HINTS],
] as const)('%s', (_name, pattern, hints) => {
  it.each(alternativesOf(pattern.source))('alternative %s carries a hint', (alternative) => {
    // The hint must sit in the part every match contains, or in a literal after `j['’]`-style classes.
    const prefix = literalPrefix(alternative);
    const afterClass = alternative.toLowerCase().split(/\]/u).pop()!.split(/[([?]/u)[0];
    expect(hints.some((h) => prefix.includes(h) || afterClass.includes(h)), alternative).toBe(true);
  });
});

describe('hinted checks', () => {
  it('agree with the full expressions on typical text', () => {
    for (const title of ['Terms of Service', 'Política de privacidad', '用户服务协议', 'Nutzungsbedingungen', 'Weather today', 'Release notes']) {
      expect(isAgreementTitle(title), title).toBe(AGREEMENT_TITLE.test(title));
    }
    for (const path of ['/legal/terms', '/blog/post-1', '/xieyi.html', '/news/2024/rules-of-the-game']) expect(isAgreementPath(path), path).toBe(AGREEMENT_URL.test(path));
    for (const text of ['I HAVE READ and agree', '我已阅读并同意', 'Akzeptieren', 'Read more', 'Sign in']) expect(hasAgreeWords(text), text).toBe(AGREE_WORDS.test(text));
  });
});
