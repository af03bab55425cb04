/**
 * The every-page check's word tests: a plain-substring hint first (vocabulary-hints.ts), the
 * full vocabulary expression only where the hint is there.
 */
import { AGREE_WORDS, AGREEMENT_TITLE, AGREEMENT_URL } from '../analysis/vocabulary';
import { AGREE_HINTS, hinted, TITLE_HINTS, URL_HINTS } from '../analysis/vocabulary-hints';

export const isAgreementTitle = (text: string): boolean => hinted(text, TITLE_HINTS) && AGREEMENT_TITLE.test(text);
export const isAgreementPath = (path: string): boolean => hinted(path, URL_HINTS) && AGREEMENT_URL.test(path);
export const hasAgreeWords = (text: string): boolean => hinted(text, AGREE_HINTS) && AGREE_WORDS.test(text);
