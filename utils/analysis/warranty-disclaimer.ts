/**
 * Warranty disclaimers ("provided AS IS, without warranties of any kind") shift the risk of a
 * faulty service onto the user, so the panel lists them under liability. The labelled corpus
 * the classifier learns from leaves many of them untagged (it marks unfair liability
 * limitations), so the sentence classifier follows the corpus and this rule adds them for the
 * reader.
 */
// "As is" and "as available" count where they name the state the service comes in: in quotes,
// hyphenated, after "provided", "supplied" and the like, or before "basis"; not in prose such as
// "the minimum age as is applicable", "such assistance as is reasonable", "as far as is permitted"
// (nor "en l'état actuel", "tal cual se indica").
const DISCLAIMER =
  /["“”'‘’]\s?as[- ](?:is|available)\b|\bas-(?:is|available)\b|\b(?:provided|supplied|licensed|offered|delivered|sold|available)(?: to you)?(?: on an?)? as (?:is|available)\b|\bas (?:is|available)["”’']?,? (?:basis|and as available|with all faults)\b|without (?:any )?warrant|disclaim|\bno warrant|keine gewähr|ohne gewähr|gewährleistung(?:en)? ausgeschlossen|senza (?:alcuna )?garanzi|nello stato in cui si trova|bez (?:jakichkolwiek )?gwarancji|en l['’]état\b(?! actuel)|sans garantie|tal cual\b(?! (?:se|lo|la|los|las|aparece|figura)\b)|sin garantía|現状有姿|不作(?:任何)?(?:明示或默示的)?(?:保证|担保)/iu;

/** A title such as "14. Disclaimers" only names the section: the analysis leaves titles out first (title-like.ts). */
export function isWarrantyDisclaimer(text: string): boolean {
  return DISCLAIMER.test(text);
}
