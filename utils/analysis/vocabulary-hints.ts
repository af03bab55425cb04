/**
 * Plain-substring hints for the expressions of vocabulary.ts and implicit-consent.ts. Text is
 * tested with a few `includes` on its lower-cased form before a large expression runs: V8
 * compiles a regular expression the first time it runs, which for these multilingual
 * alternations costs 0.3 ms or more, and most pages never need it. Every alternative of each
 * expression contains one of its hints (tests/unit/sniff-hints.test.ts checks this), so the
 * hints only skip work, never change an answer.
 */
export const TITLE_HINTS = [
  'term', 'tos', 'eula', 'agreement', 'licen', 'condition', 'privacy', 'agb', 'nutzungsbedingungen', 'geschäftsbedingungen', 'datenschutz',
  'condizioni', 'termini', 'informativa', 'regulamin', 'warunki', 'polityka', 'politique', 'términos', 'condiciones', 'política',
  '协议', '協議', '条款', '條款', '隐私', '隱私', '须知', '規約', '约定', '承诺', 'プライバシー', '約款', '個人情報',
];

export const URL_HINTS = [
  'term', 'tos', 'eula', 'legal', 'agreement', 'polic', 'privacy', 'condition', 'licen', 'xieyi', 'tiaokuan', 'agb',
  'nutzungsbedingungen', 'datenschutz', 'regulamin', 'condizioni', 'condici', 'privacidad', 'cgu', 'cgv', 'confidentialit', 'kiyaku', 'rules',
  'protocol',
];

export const AGREE_HINTS = [
  'agree', 'accept', 'consent', 'i have read', 'akzeptier', 'zustimm', 'stimme', 'einverstanden', 'accett', 'acconsent', 'akceptuj', 'zgadzam',
  'zapoznałem', 'je suis d', 'acepto', 'aceptar', 'estoy de acuerdo', '同意', '接受', '已阅读', '已閱讀', '已读', '阅读并', '承諾',
];

/** Words that may start a consent verb ("you agree"), for implicit-consent.ts's CONSENT_VERB. */
export const CONSENT_HINTS = ['agree', 'accept', 'consent', 'akzeptier', 'einverstanden', 'stimm', 'accett', 'acconsent', 'akceptuj', 'zgadza', 'acept', '同意', '接受', '承諾', '承認'];

export function hinted(text: string, hints: readonly string[]): boolean {
  return includesAny(text.toLowerCase(), hints);
}

/** Whether `lower` (already lower-cased) contains one of `hints`. */
export function includesAny(lower: string, hints: readonly string[]): boolean {
  for (let i = 0; i < hints.length; i++) if (lower.includes(hints[i])) return true;
  return false;
}
