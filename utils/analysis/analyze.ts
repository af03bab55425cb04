/**
 * The analysis pipeline over a live (or parsed) document: main text → blocks with emphasis →
 * clauses → categories → detection. Pure over the DOM it is given: no extension APIs, no
 * timers; the content script, the tests and the command line all call this.
 */
import { classify, detectLanguage } from '../classify';
import { findAgreeControls, type FoundControl } from './agree-controls';
import { dialogWithAgreeControl } from './agreement-dialog';
import { isConsentManagerBox } from './cookie-consent';
import { collectBlocks } from './blocks';
import { detectAgreement } from './detect';
import { extraTermMatcher, withExtraCategories, type ExtraTerms } from './extra-terms';
import { findMainText } from './main-text';
import { segmentClauses } from './segment';
import { withSectionTopics } from './section-topic';
import { tablesOfContents } from './table-of-contents';
import { findOpenShadowRoots, renderedTextLength } from './shadow-dom';
import { isWarrantyDisclaimer } from './warranty-disclaimer';
import { isTitleLike } from './title-like';
import { collapseWhitespace, hasHan } from './text';
import type { Analysis, Clause } from './types';

export interface LiveAnalysis {
  analysis: Analysis;
  /** The page element of each clause, by `Clause.index`. */
  clauseElements: Element[];
  /** Where each clause ends in the page: the list its items came from, or its own element. */
  clauseEnds: Element[];
  controls: FoundControl[];
}

export interface AnalyzeOptions {
  url?: string;
  /** Analyse this element instead of looking for the main text (an agreement in a dialog). */
  root?: Element;
  maxBlocks?: number;
  /** Administrator-supplied phrases that add categories on top of the classifier. */
  extraTerms?: ExtraTerms;
}

const PAGE_CHROME = 'nav, footer, [role=navigation], [role=contentinfo], [role=search]';

/**
 * Not agreement text: labels of form controls ("I have read and agree…"), navigation,
 * footers, and cookie banners. Lengths are as rendered (`textLength`): a sign-up form whose
 * agreement box is a web component holds that agreement's text in a shadow root.
 */
function isNotAgreementText(el: Element, textLength: (el: Element) => number): boolean {
  if (el.tagName === 'LABEL') return true;
  if (el.tagName === 'FORM') return el.querySelector('input[type=checkbox]') !== null && textLength(el) < 400;
  if (el.matches(PAGE_CHROME)) return true;
  return isConsentManagerBox(el) && textLength(el) < 4000;
}

/**
 * Bilingual agreements put an English version under the Chinese one: a clause in another
 * script than the document's is classified in its own language.
 */
function clauseLanguage(text: string, documentLanguage: string): string {
  const cjkDocument = documentLanguage === 'zh' || documentLanguage === 'ja';
  return hasHan(text) === cjkDocument ? documentLanguage : detectLanguage(text);
}

export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): LiveAnalysis {
  const controls = findAgreeControls(doc);
  // Web components keep agreements in open shadow roots; blocks are collected through them too.
  const shadowRoots = findOpenShadowRoots(doc);
  if (options.root) return analyzeWithin(doc, options.root, controls, shadowRoots, options);
  const onPage = analyzeWithin(doc, findMainText(doc, shadowRoots), controls, shadowRoots, options);
  if (onPage.analysis.isAgreement) return onPage;
  // The page's own text is something else (a product page, an article), and a dialog on screen
  // asks to agree: its text, where that reads as an agreement. Not before the page's text, so a
  // cookie dialog's "I agree" never stands in for the terms page it covers.
  const dialog = dialogWithAgreeControl(controls);
  if (!dialog) return onPage;
  const inDialog = analyzeWithin(doc, dialog, controls, shadowRoots, options);
  return inDialog.analysis.isAgreement ? inDialog : onPage;
}

function analyzeWithin(doc: Document, root: Element, controls: FoundControl[], shadowRoots: ShadowRoot[], options: AnalyzeOptions): LiveAnalysis {
  const textLength = renderedTextLength(shadowRoots);
  const blocks = collectBlocks(root, { maxBlocks: options.maxBlocks, exclude: (el) => isNotAgreementText(el, textLength) });
  const segments = segmentClauses(blocks);

  const sample = segments
    .slice(0, 60)
    .map((s) => s.text)
    .join('\n')
    .slice(0, 4000);
  const language = detectLanguage(sample || doc.title);

  const extra = extraTermMatcher(options.extraTerms);
  const contents = tablesOfContents(segments);
  // Each clause is classified alone, not with its neighbours (classifyDocument): the page shows
  // every clause that states a liability, law or dispute term, where the document stage keeps
  // the main one (see the README). On the labelled documents shown as bare pages, the document
  // stage agreed better with the corpus, which tags only the main statement (cross-validated
  // macro-F1 +0.003 English, +0.011 German, +0.030 Italian, +0.033 Polish), by dropping such
  // clauses.
  const clauses: Clause[] = segments.map((segment, index) => {
    const lang = clauseLanguage(segment.text, language);
    // A title the page did not set as a heading names a section, and a table of contents the
    // sections: no key clause of its own, whatever its words (an administrator's phrases still
    // count).
    const title = isTitleLike(segment.text, segment.numberLength) || contents.has(index);
    const classified = title ? { categories: [] } : withSectionTopics(classify(segment.text, lang), segment.text, [segment.heading, segment.outerHeading], lang, segment.numberLength);
    const { disputeKind } = classified;
    const found = !title && isWarrantyDisclaimer(segment.text) ? withExtraCategories(classified.categories, ['liability']) : classified.categories;
    const categories = extra ? withExtraCategories(found, extra(segment.text, lang)) : found;
    return {
      index,
      ...(segment.number !== undefined && { number: segment.number }),
      ...(segment.heading !== undefined && { heading: segment.heading }),
      text: segment.text,
      emphasis: segment.emphasis,
      emphasized: segment.emphasized,
      categories: categories.length > 0 ? categories : segment.emphasis !== 'none' && !title ? ['other'] : [],
      ...(disputeKind && disputeKind.length > 0 && { disputeKind }),
    };
  });

  const headings = blocks.filter((b) => b.headingLevel !== undefined).map((b) => b.text);
  const detection = detectAgreement({
    title: collapseWhitespace(doc.title ?? ''),
    headings,
    url: options.url ?? doc.URL,
    segments: clauses,
    controlCount: controls.length,
  });

  const analysis: Analysis = {
    ...detection,
    language,
    title: collapseWhitespace(doc.title || headings[0] || ''),
    clauses,
    keyClauses: clauses.filter((c) => c.categories.length > 0),
    agreeControls: controls.map(({ kind, text }) => ({ kind, text })),
  };
  return {
    analysis,
    clauseElements: segments.map((s) => s.block.element),
    clauseEnds: segments.map((s) => s.end ?? s.block.element),
    controls,
  };
}
