/**
 * The single description of every policy key: its type, what it does and an example. The
 * validator, the Chrome/Edge `managed_schema.json`, the ready-made policy files and the key
 * table in docs/enterprise.md are all derived from this list (scripts/generate-policies.ts),
 * so they cannot drift apart.
 */
import { CATEGORIES } from '../analysis/types';
import { DEFAULT_SETTINGS } from './defaults';
import { readPath, type SettingPath, type SettingsLayer } from './paths';
import { UI_LANGUAGES } from '../ui-languages';

export type PolicyKind =
  | { type: 'boolean' }
  | { type: 'integer'; min: number; max: number }
  | { type: 'string'; maxLength: number }
  | { type: 'enum'; values: readonly string[] }
  /** An https URL, or empty for none. */
  | { type: 'url' }
  | { type: 'categories' }
  | { type: 'sites' }
  /** category → language → phrases */
  | { type: 'extraTerms' }
  /** A list of setting names. */
  | { type: 'settingNames' };

export type PolicyKey = SettingPath | 'userChangeable';

export interface PolicyKeySpec {
  key: PolicyKey;
  kind: PolicyKind;
  description: string;
  example: unknown;
}

const HOUR_MS = 3_600_000;

export const POLICY_KEYS: readonly PolicyKeySpec[] = [
  { key: 'enabled', kind: { type: 'boolean' }, description: 'Review agreements at all.', example: true },
  {
    key: 'lockMode',
    kind: { type: 'enum', values: ['off', 'soft', 'strict'] },
    description: 'off: show the key clauses without locking; soft: lock, the user may skip the review; strict: lock, no skip, and the user\'s own per-site exceptions are ignored.',
    example: 'strict',
  },
  {
    key: 'shownCategories',
    kind: { type: 'categories' },
    description: `Categories listed in the panel. Categories: ${CATEGORIES.join(', ')}.`,
    example: ['liability', 'law', 'dispute', 'data'],
  },
  {
    key: 'requiredCategories',
    kind: { type: 'categories' },
    description: 'Categories whose clauses must be scrolled through before the agree controls unlock. An empty list unlocks after readDelayMs.',
    example: ['liability', 'dispute'],
  },
  {
    key: 'minReadingMs',
    kind: { type: 'integer', min: 0, max: HOUR_MS },
    description: 'Minimum milliseconds between the panel appearing and the agree controls unlocking, however fast the user reads.',
    example: 15000,
  },
  {
    key: 'readDelayMs',
    kind: { type: 'integer', min: 0, max: 120_000 },
    description: 'A summary short enough to need no scrolling counts as read after this many milliseconds on screen.',
    example: 3000,
  },
  {
    key: 'rememberReadDays',
    kind: { type: 'integer', min: 0, max: 365 },
    description:
      'Days a review the user read to the end is trusted: the same agreement on the same site, with none of its key clauses new or reworded since, is not locked again within them. New or reworded clauses are marked in the panel. 0 locks every time.',
    example: 0,
  },
  {
    key: 'neverLockSites',
    kind: { type: 'sites' },
    description: 'Sites where Clausewise never acts: host names (example.com covers its subdomains) or match patterns (*://intranet.example.com/*).',
    example: ['intranet.example.com', 'https://hr.example.com/onboarding/*'],
  },
  {
    key: 'alwaysSites',
    kind: { type: 'sites' },
    description: 'Sites where Clausewise always analyses the page, even when its quick check sees no agreement. Same forms as neverLockSites.',
    example: ['https://*.vendor.example/terms*'],
  },
  {
    key: 'extraTerms',
    kind: { type: 'extraTerms' },
    description: 'Extra detection phrases: category → language (en, zh, de, … or * for any) → phrases. A clause containing a phrase (case-insensitive) gets that category.',
    example: { fees: { en: ['cancellation charge'], de: ['Stornogebühr'] }, data: { '*': ['ACME Analytics'] } },
  },
  {
    key: 'uiLanguage',
    kind: { type: 'enum', values: ['auto', ...UI_LANGUAGES] },
    description: 'Language of Clausewise\'s panel and pages; auto follows the browser.',
    example: 'en',
  },
  { key: 'research.enabled', kind: { type: 'boolean' }, description: 'Research mode records reading times.', example: true },
  { key: 'research.studyId', kind: { type: 'string', maxLength: 200 }, description: 'Study identifier attached to every record.', example: 'acme-2025-terms' },
  {
    key: 'research.uploadEndpoint',
    kind: { type: 'url' },
    description: 'https URL that receives batches of records. Empty: nothing leaves the browser. Policy only.',
    example: 'https://research.example.com/clausewise/upload',
  },
  {
    key: 'research.consentText',
    kind: { type: 'string', maxLength: 5000 },
    description: 'Consent notice shown before the first recording; empty uses the built-in text. Policy only.',
    example: 'ACME records how long you spend on the key clauses for the 2025 terms study.',
  },
  { key: 'research.recordFullUrl', kind: { type: 'boolean' }, description: 'Record the full page URL rather than only its origin.', example: false },
  { key: 'research.uploadClauseText', kind: { type: 'boolean' }, description: 'Upload clause text with the measurements.', example: false },
  { key: 'research.retentionDays', kind: { type: 'integer', min: 1, max: 3650 }, description: 'Days records are kept in the browser.', example: 30 },
  { key: 'research.wordsPerMinute', kind: { type: 'integer', min: 50, max: 2000 }, description: 'Expected reading speed for alphabetic text.', example: 238 },
  { key: 'research.charactersPerMinute', kind: { type: 'integer', min: 50, max: 5000 }, description: 'Expected reading speed for Chinese and Japanese text.', example: 400 },
  {
    key: 'userChangeable',
    kind: { type: 'settingNames' },
    description: 'Settings users may still change. Without this key, every setting the policy does not set stays the user\'s. With it, only the listed ones are; a listed setting that the policy also sets becomes a default the user may override.',
    example: ['readDelayMs', 'uiLanguage'],
  },
];

export function specFor(key: string): PolicyKeySpec | undefined {
  return POLICY_KEYS.find((spec) => spec.key === key);
}

/** The default of a key, for documentation. */
export function defaultFor(key: PolicyKey): unknown {
  if (key === 'userChangeable') return undefined;
  return readPath(DEFAULT_SETTINGS as SettingsLayer, key);
}

/**
 * What the ready-made policy files set: a typical managed deployment (strict lock, the three
 * categories that matter most must be read, ten seconds minimum), for administrators to edit.
 */
export const STARTER_POLICY = {
  enabled: true,
  lockMode: 'strict',
  requiredCategories: ['liability', 'law', 'dispute'],
  minReadingMs: 10000,
  neverLockSites: ['intranet.example.com'],
  extraTerms: { fees: { en: ['cancellation charge'] } },
  userChangeable: ['uiLanguage', 'readDelayMs'],
} as const;
