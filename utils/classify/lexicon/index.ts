import type { Lexicon } from './types';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import { pl } from './pl';
import { zh } from './zh';

/** Lexicons by language. Languages without one fall back to English (see `classify`). */
export const LEXICONS: Record<string, Lexicon> = { en, de, it, pl, zh, fr, es, ja };
