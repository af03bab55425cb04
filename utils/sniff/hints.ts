/**
 * Plain-substring hints that must be present before the sniffer runs the full vocabulary
 * regular expressions. V8 compiles a regular expression the first time it runs, and compiling
 * the large multilingual alternations in vocabulary.ts costs about a millisecond per page; a
 * handful of `includes` on lower-cased short strings costs microseconds. Every alternative of
 * each expression contains one of its hints (tests/unit/sniff-hints.test.ts checks this), so the
 * hints only skip work, never change an answer.
 */
import { AGREE_WORDS, AGREEMENT_TITLE, AGREEMENT_URL } from '../analysis/vocabulary';

export const TITLE_HINTS = [
  'term', 'tos', 'eula', 'agreement', 'condition', 'privacy', 'agb', 'nutzungsbedingungen', 'geschäftsbedingungen', 'datenschutz',
  'condizioni', 'termini', 'informativa', 'regulamin', 'warunki', 'polityka', 'politique', 'términos', 'condiciones', 'política',
  '协议', '協議', '条款', '條款', '隐私', '隱私', '须知', '規約', '约定', '承诺', 'プライバシー', '約款',
];

export const URL_HINTS = [
  'term', 'tos', 'eula', 'legal', 'agreement', 'polic', 'privacy', 'condition', 'licen', 'xieyi', 'tiaokuan', 'agb',
  'nutzungsbedingungen', 'regulamin', 'condizioni', 'rules', 'protocol',
];

export const AGREE_HINTS = [
  'agree', 'accept', 'consent', 'i have read', 'akzeptier', 'zustimm', 'einverstanden', 'accett', 'acconsent', 'akceptuj', 'zgadzam',
  'zapoznałem', 'acepto', 'aceptar', '同意', '接受', '已阅读', '已閱讀', '已读', '阅读并', '承諾',
];

function hinted(text: string, hints: readonly string[]): boolean {
  const lower = text.toLowerCase();
  for (const hint of hints) if (lower.includes(hint)) return true;
  return false;
}

export const isAgreementTitle = (text: string): boolean => hinted(text, TITLE_HINTS) && AGREEMENT_TITLE.test(text);
export const isAgreementPath = (path: string): boolean => hinted(path, URL_HINTS) && AGREEMENT_URL.test(path);
export const hasAgreeWords = (text: string): boolean => hinted(text, AGREE_HINTS) && AGREE_WORDS.test(text);
