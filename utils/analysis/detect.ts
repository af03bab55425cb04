/**
 * Is this page an agreement the user is asked to accept (or reads before accepting)? A score
 * from independent signals, so that no single one (a cookie line saying "you agree", a news
 * story about a court case) is enough on its own.
 */
import type { Segment } from './segment';
import type { Category } from './types';
import { countContractPhrases } from './contract-voice';
import { AGREEMENT_TITLE, AGREEMENT_URL } from './vocabulary';

export interface DetectionInput {
  title: string;
  headings: string[];
  url?: string;
  segments: Array<Pick<Segment, 'number' | 'text' | 'heading'> & { categories: Category[] }>;
  controlCount: number;
}

export interface Detection {
  isAgreement: boolean;
  confidence: number;
  reasons: string[];
}

/** Length in Latin-letter equivalents: a Han character carries about as much as a short word. */
function textWeight(text: string): number {
  let han = 0;
  for (const ch of text) if (ch >= '\u3400' && ch <= '\u9fff') han++;
  return text.length + han * 2;
}

const KEY: Category[] = ['liability', 'law', 'dispute'];

/**
 * The notice Chinese agreements open with, since the Civil Code (art. 496) has them point out
 * the clauses that exempt or limit the provider's liability ("请您务必审慎阅读……其中包括：1、与您
 * 约定免除或限制责任的条款；……以粗体下划线标识"). It names those clauses without being one (the
 * lexicon reads it as no key clause), yet nothing but an agreement says it: a sign-up step that
 * shows only this preamble above its "同意协议" button is an agreement to review.
 */
const EXEMPTION_NOTICE = /(?:审慎阅读|重点阅读|粗体|加粗|下划线)[\s\S]{0,200}?(?:免除|限制|减轻)[^。；]{0,8}责任|(?:免除|限制|减轻)[^。；]{0,8}责任[\s\S]{0,200}?(?:粗体|加粗|下划线)/u;

export const AGREEMENT_THRESHOLD = 0.55;

export function detectAgreement(input: DetectionInput): Detection {
  const reasons: string[] = [];
  let score = 0;

  const titled = [input.title, ...input.headings.slice(0, 3)].some((t) => AGREEMENT_TITLE.test(t));
  if (titled) {
    score += 0.35;
    reasons.push('agreement title or heading');
  } else {
    // Terms lifted out of their page keep their title only as the first line of text (a plain
    // text licence centres it over the first clause, which then stands under it as a heading).
    const first = input.segments[0];
    const lead = first?.heading ?? first?.text ?? '';
    if (lead.length < 160 && AGREEMENT_TITLE.test(lead.slice(0, 80))) {
      score += 0.25;
      reasons.push('agreement title in the first line');
    }
  }
  if (input.url && AGREEMENT_URL.test(new URL(input.url, 'http://x/').pathname)) {
    score += 0.1;
    reasons.push('agreement-like address');
  }

  const numbered = input.segments.filter((s) => s.number !== undefined).length;
  if (numbered >= 5) {
    score += numbered >= 15 ? 0.25 : 0.15;
    reasons.push(`${numbered} numbered clauses`);
  }

  let phrases = 0;
  let chars = 0;
  for (const s of input.segments) {
    chars += textWeight(s.text);
    phrases += countContractPhrases(s.text);
  }
  if (phrases >= 3) {
    score += phrases >= 25 ? 0.4 : phrases >= 10 ? 0.3 : 0.2;
    reasons.push(`${phrases} contractual phrases`);
  }

  const keyFound = new Set(input.segments.flatMap((s) => s.categories.filter((c) => KEY.includes(c))));
  if (keyFound.size > 0) {
    score += keyFound.size >= 3 ? 0.25 : keyFound.size === 2 ? 0.2 : 0.1;
    reasons.push(`key clauses: ${[...keyFound].join(', ')}`);
  }
  if (input.segments.some((s) => EXEMPTION_NOTICE.test(s.text))) {
    score += 0.15;
    reasons.push('notice of its exemption clauses');
  }
  if (input.controlCount > 0) {
    score += 0.1;
    reasons.push('agree control');
  }
  // A few lines cannot be the agreement itself, whatever they say — unless they are titled
  // as terms and hold key clauses (short beta or promotion terms).
  if (chars < 500) {
    score *= titled && keyFound.size > 0 ? 0.8 : 0.5;
    reasons.push('little text');
  }

  const confidence = Math.min(1, Math.round(score * 100) / 100);
  return { isAgreement: confidence >= AGREEMENT_THRESHOLD, confidence, reasons };
}
