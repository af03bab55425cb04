import type { Lang } from '../analysis/types';

/**
 * Cheap language guess: writing system first, then counts of very common function words.
 * Only needs to be good enough to pick a lexicon for agreement text, which is long and formal.
 */
const STOP: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'you', 'your', 'we', 'or', 'is', 'are', 'any', 'this', 'with', 'for', 'not', 'that', 'will', 'be', 'by', 'our', 'may', 'use', 'if', 'these', 'from', 'such', 'shall'],
  de: ['der', 'die', 'und', 'das', 'sie', 'ist', 'nicht', 'mit', 'den', 'oder', 'ihre', 'wir', 'für', 'von', 'auf', 'zu', 'dem', 'des', 'ein', 'eine', 'wenn', 'ihnen', 'sind', 'werden', 'diese', 'bei', 'im', 'uns', 'oder', 'dass', 'nach'],
  it: ['il', 'di', 'che', 'la', 'per', 'non', 'del', 'della', 'sono', 'gli', 'le', 'con', 'ai', 'utente', 'dei', 'nel', 'nella', 'alla', 'al', 'una', 'un', 'questo', 'presenti', 'essere', 'ogni', 'tuoi', 'suoi', 'qualsiasi', 'delle', 'degli', 'sul', 'anche', 'si', 'ad', 'dal', 'dalla', 'più', 'termini', 'servizi'],
  pl: ['w', 'nie', 'na', 'z', 'się', 'do', 'lub', 'jest', 'że', 'oraz', 'przez', 'dla', 'od', 'może', 'jak', 'są', 'ich', 'to', 'po', 'przy', 'tym', 'jego', 'ze', 'być', 'każdy', 'usług', 'użytkownik', 'regulamin', 'niniejszy', 'niniejszych', 'warunków'],
  fr: ['le', 'la', 'les', 'des', 'et', 'vous', 'est', 'pour', 'que', 'qui', 'dans', 'une', 'du', 'pas', 'ou', 'votre', 'vos', 'nous', 'sur', 'au', 'aux', 'ces', 'par', 'sont', 'être', 'leur', 'ne', 'sera', 'aucun', 'aucune', 'tout', 'toute', 'cette', 'avec', 'dont', 'présentes'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'usted', 'para', 'con', 'por', 'una', 'del', 'es', 'su', 'o', 'no', 'sus', 'como', 'al', 'estos', 'cualquier', 'puede', 'se', 'este', 'esta', 'estas', 'será', 'nuestros', 'nuestra', 'dicho'],
};

const WORD_LANG = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOP)) {
  for (const w of words) {
    const list = WORD_LANG.get(w);
    if (list) list.push(lang);
    else WORD_LANG.set(w, [lang]);
  }
}
const WORD = /[a-zà-ÿąćęłńóśźż]+/g;

export function detectLanguage(text: string): Lang {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  let han = 0;
  let kana = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
    else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  // Japanese always mixes kana into its kanji; Chinese has none.
  if (kana > 0 && kana * 10 >= han) return 'ja';
  if (han > 0 && han >= latin / 4) return kana > 0 && kana * 30 >= han ? 'ja' : 'zh';
  const score: Record<string, number> = { en: 0, de: 0, it: 0, pl: 0, fr: 0, es: 0 };
  const lower = sample.toLowerCase();
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(lower)) !== null) {
    const langs = WORD_LANG.get(m[0]);
    if (langs) for (const l of langs) score[l] += 1 / langs.length;
  }
  // Letters that only one of the languages uses settle close calls.
  score.pl += 2 * (lower.match(/[ąęłńśźżć]/g)?.length ?? 0);
  score.de += 2 * (lower.match(/[äöüß]/g)?.length ?? 0);
  // Italian accents end words ("responsabilità", "è"); French puts "à" alone and circumflexes
  // inside words; only Spanish writes acute accents on a, i and u (Polish has ó too).
  score.it += 2 * (lower.match(/zion[ei]\b|[a-z][àùò](?![a-zà-ÿ])|(?<![a-zà-ÿ])è(?![a-zà-ÿ])|\b(l|d|un|all|dell|nell|sull|dall)['’]/g)?.length ?? 0);
  score.es += 2 * (lower.match(/[ñ¿¡áíú]|ción\b|ciones\b/g)?.length ?? 0);
  score.fr += 2 * (lower.match(/[çœêâîû]|(?<![a-zà-ÿ])à(?![a-zà-ÿ])|[a-z]è[a-z]|\b(l|d|qu|n|s)['’]/g)?.length ?? 0);
  let best = 'en';
  for (const l of Object.keys(score)) if (score[l] > score[best]) best = l;
  return best;
}
