/**
 * Every setting Clausewise has, with its default. Effective settings are layered:
 * defaults < the user's choices < the administrator's policy (managed storage).
 */
import type { Category } from '../analysis/types';
import type { UiLanguageCode } from '../ui-languages';

/** `soft`: the user may skip the review; `strict`: no skip and no per-site exceptions. */
export type LockMode = 'off' | 'soft' | 'strict';
export type UiLanguage = 'auto' | UiLanguageCode;

/** What research mode may record (issue: research mode). */
export interface ResearchSettings {
  /** Recording is on (set by the user in the options, or by policy with a study id). */
  enabled: boolean;
  studyId: string;
  /** Where batches are POSTed; only ever set by policy. Empty: nothing leaves the browser. */
  uploadEndpoint: string;
  /** Consent notice shown before the first recording; empty uses the built-in text. */
  consentText: string;
  /** Record the full page URL rather than only its origin. */
  recordFullUrl: boolean;
  /** Upload clause text with the measurements. */
  uploadClauseText: boolean;
  /** Days records are kept in the browser. */
  retentionDays: number;
  /** Expected reading speeds, for reading time against expected time. */
  wordsPerMinute: number;
  charactersPerMinute: number;
}

export interface Settings {
  /** Review agreements at all. */
  enabled: boolean;
  lockMode: LockMode;
  /** Categories listed in the panel. */
  shownCategories: Category[];
  /** Categories whose clauses must have been scrolled through before unlocking. */
  requiredCategories: Category[];
  /** However fast the scroll, the controls stay locked at least this long. */
  minReadingMs: number;
  /** A summary short enough to need no scrolling counts as read after this long on screen. */
  readDelayMs: number;
  /**
   * Days a review read to the end is trusted: the same agreement, none of its key clauses new
   * or reworded since, is not locked again within them (0: every review locks).
   */
  rememberReadDays: number;
  /** Host names or match patterns where Clausewise never acts. */
  neverLockSites: string[];
  /** Host names or match patterns where Clausewise always analyses, whatever the sniffer says. */
  alwaysSites: string[];
  /** Extra detection terms: category → language → phrases. */
  extraTerms: Partial<Record<Category, Partial<Record<string, string[]>>>>;
  uiLanguage: UiLanguage;
  research: ResearchSettings;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  lockMode: 'soft',
  shownCategories: ['liability', 'law', 'dispute', 'change', 'termination', 'content-removal', 'acceptance-by-use', 'fees', 'data', 'other'],
  requiredCategories: ['liability', 'law', 'dispute', 'change', 'termination', 'content-removal', 'acceptance-by-use', 'fees', 'data', 'other'],
  minReadingMs: 0,
  readDelayMs: 3000,
  rememberReadDays: 30,
  neverLockSites: [],
  alwaysSites: [],
  extraTerms: {},
  uiLanguage: 'auto',
  research: {
    enabled: false,
    studyId: '',
    uploadEndpoint: '',
    consentText: '',
    recordFullUrl: false,
    uploadClauseText: false,
    retentionDays: 90,
    wordsPerMinute: 238,
    charactersPerMinute: 400,
  },
};
