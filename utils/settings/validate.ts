/**
 * Checks a policy (or a stored user layer) key by key against POLICY_KEYS. A bad value is
 * dropped, so the layer below (the user's choice, then the default) applies, and reported as
 * a warning the options page shows. Nothing here throws, whatever it is given.
 */
import { CATEGORIES } from '../analysis/types';
import { isSettingPath, writePath, type SettingPath, type SettingsLayer } from './paths';
import { POLICY_KEYS, type PolicyKey, type PolicyKind } from './policy-schema';
import { isValidSitePattern } from './site-patterns';

export type WarningProblem =
  | 'not-object'
  | 'unknown-key'
  | 'wrong-type'
  | 'out-of-range'
  | 'not-allowed'
  | 'unknown-category'
  | 'bad-pattern'
  | 'bad-language'
  | 'bad-url'
  | 'unknown-setting';

export interface PolicyWarning {
  /** Policy key, e.g. `lockMode` or `research.studyId`; empty for the whole policy. */
  key: string;
  problem: WarningProblem;
  /** The offending value (or entry), shortened for display. */
  value: string;
  /** What would have been accepted, in the schema's words: `boolean`, `off | soft | strict`, `0–3600000`. */
  expected: string;
}

export interface Policy extends SettingsLayer {
  userChangeable?: SettingPath[];
}

export interface Validated {
  policy: Policy;
  warnings: PolicyWarning[];
}

type Check = { ok: true; value: unknown } | { ok: false; problem: WarningProblem; value: unknown; expected: string };

const LANGUAGE_KEY = /^(?:\*|[a-z]{2,3})$/u;

function show(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function typeName(value: unknown): string {
  return Array.isArray(value) ? 'list' : value === null ? 'null' : typeof value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, expected: string, each: (item: string) => Check | undefined): Check {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    return { ok: false, problem: 'wrong-type', value, expected };
  }
  for (const item of value as string[]) {
    const bad = each(item);
    if (bad) return bad;
  }
  return { ok: true, value: [...new Set(value as string[])] };
}

function checkExtraTerms(value: unknown): Check {
  const expected = 'object: category → language → list of phrases';
  if (!isPlainObject(value)) return { ok: false, problem: 'wrong-type', value, expected };
  const out: Record<string, Record<string, string[]>> = {};
  for (const [category, byLanguage] of Object.entries(value)) {
    if (!(CATEGORIES as readonly string[]).includes(category)) {
      return { ok: false, problem: 'unknown-category', value: category, expected: CATEGORIES.join(' | ') };
    }
    if (!isPlainObject(byLanguage)) return { ok: false, problem: 'wrong-type', value: byLanguage, expected };
    out[category] = {};
    for (const [language, phrases] of Object.entries(byLanguage)) {
      if (!LANGUAGE_KEY.test(language)) return { ok: false, problem: 'bad-language', value: language, expected: 'en, zh, de, … or *' };
      if (!Array.isArray(phrases) || phrases.some((p) => typeof p !== 'string')) {
        return { ok: false, problem: 'wrong-type', value: phrases, expected: 'list of strings' };
      }
      out[category][language] = (phrases as string[]).map((p) => p.trim()).filter((p) => p !== '');
    }
  }
  return { ok: true, value: out };
}

export function checkValue(kind: PolicyKind, value: unknown): Check {
  switch (kind.type) {
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value } : { ok: false, problem: 'wrong-type', value, expected: 'boolean' };
    case 'integer': {
      const range = `${kind.min}–${kind.max}`;
      if (typeof value !== 'number' || !Number.isInteger(value)) return { ok: false, problem: 'wrong-type', value, expected: `integer ${range}` };
      return value >= kind.min && value <= kind.max ? { ok: true, value } : { ok: false, problem: 'out-of-range', value, expected: range };
    }
    case 'string':
      if (typeof value !== 'string') return { ok: false, problem: 'wrong-type', value, expected: 'string' };
      return value.length <= kind.maxLength ? { ok: true, value } : { ok: false, problem: 'out-of-range', value, expected: `at most ${kind.maxLength} characters` };
    case 'enum': {
      const expected = kind.values.join(' | ');
      if (typeof value !== 'string') return { ok: false, problem: 'wrong-type', value, expected };
      return kind.values.includes(value) ? { ok: true, value } : { ok: false, problem: 'not-allowed', value, expected };
    }
    case 'url': {
      if (typeof value !== 'string') return { ok: false, problem: 'wrong-type', value, expected: 'https URL' };
      if (value === '') return { ok: true, value };
      try {
        if (new URL(value).protocol === 'https:') return { ok: true, value };
      } catch {
        // reported below
      }
      return { ok: false, problem: 'bad-url', value, expected: 'https URL' };
    }
    case 'categories':
      return stringList(value, 'list of categories', (item) =>
        (CATEGORIES as readonly string[]).includes(item) ? undefined : { ok: false, problem: 'unknown-category', value: item, expected: CATEGORIES.join(' | ') },
      );
    case 'sites':
      return stringList(value, 'list of host names or match patterns', (item) =>
        isValidSitePattern(item) ? undefined : { ok: false, problem: 'bad-pattern', value: item, expected: 'example.com or *://*.example.com/*' },
      );
    case 'settingNames':
      return stringList(value, 'list of setting names', (item) =>
        isSettingPath(item) ? undefined : { ok: false, problem: 'unknown-setting', value: item, expected: 'a setting name such as readDelayMs' },
      );
    case 'extraTerms':
      return checkExtraTerms(value);
  }
}

/** Validates a policy as read from managed storage (anything at all). */
export function validatePolicy(raw: unknown): Validated {
  const policy: Policy = {};
  const warnings: PolicyWarning[] = [];
  if (raw === undefined || raw === null) return { policy, warnings };
  if (!isPlainObject(raw)) return { policy, warnings: [{ key: '', problem: 'not-object', value: show(raw), expected: 'object' }] };

  const warn = (key: string, problem: WarningProblem, value: unknown, expected: string) =>
    warnings.push({ key, problem, value: show(value), expected });

  const apply = (key: PolicyKey, value: unknown) => {
    const spec = POLICY_KEYS.find((s) => s.key === key)!;
    const result = checkValue(spec.kind, value);
    if (!result.ok) warn(key, result.problem, result.value, result.expected);
    else if (key === 'userChangeable') policy.userChangeable = result.value as SettingPath[];
    else writePath(policy, key, result.value);
  };

  for (const [key, value] of Object.entries(raw)) {
    if (key === 'research') {
      if (!isPlainObject(value)) {
        warn('research', 'wrong-type', value, 'object');
        continue;
      }
      for (const [field, fieldValue] of Object.entries(value)) {
        const path = `research.${field}`;
        if (isSettingPath(path)) apply(path, fieldValue);
        else warn(path, 'unknown-key', path, 'a research setting');
      }
    } else if (key === 'userChangeable' || (isSettingPath(key) && !key.startsWith('research.'))) {
      apply(key, value);
    } else {
      warn(key, 'unknown-key', key, 'a Clausewise policy key');
    }
  }
  return { policy, warnings };
}
