/**
 * Warranty disclaimers ("provided AS IS, without warranties of any kind") shift the risk of a
 * faulty service onto the user, so the panel lists them under liability. The labelled corpus
 * the classifier learns from leaves many of them untagged (it marks unfair liability
 * limitations), so the sentence classifier follows the corpus and this rule adds them for the
 * reader.
 */
const DISCLAIMER =
  /\bas[- ]is\b|\bas[- ]available\b|without (?:any )?warrant|disclaim|\bno warrant|keine gewähr|ohne gewähr|gewährleistung(?:en)? ausgeschlossen|senza (?:alcuna )?garanzi|nello stato in cui si trova|bez (?:jakichkolwiek )?gwarancji|en l['’]état|sans garantie|tal cual|sin garantía|現状有姿|不作(?:任何)?(?:明示或默示的)?(?:保证|担保)/iu;

/**
 * A disclaimer is a sentence: a title such as "14. Disclaimers" or "NO WARRANTIES" only names
 * the section, and headings alone are not key clauses.
 */
const MIN_WORDS = 5;
const MIN_CJK_CHARACTERS = 10;

export function isWarrantyDisclaimer(text: string): boolean {
  if (!DISCLAIMER.test(text)) return false;
  const words = text.match(/\p{L}+/gu) ?? [];
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  return words.length >= MIN_WORDS || cjk >= MIN_CJK_CHARACTERS;
}
