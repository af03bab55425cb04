/**
 * Settings layering and policy validation: policy over user over defaults, per-key warnings
 * for values that cannot be used, site patterns, extra detection terms, the managed-storage
 * wrapper's handling of Firefox's throwing get(), and the uiLanguage override of t().
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { loadDocument } from '../../cli/load-document';
import { formatExtraTerms, parseExtraTerms } from '../../components/options/extra-terms-text';
import { analyzeDocument } from '../../utils/analysis/analyze';
import { applyUiLanguage, t, uiLanguageTag } from '../../utils/i18n';
import { DEFAULT_SETTINGS } from '../../utils/settings/defaults';
import { readManagedPolicy } from '../../utils/settings/managed';
import { POLICY_KEYS } from '../../utils/settings/policy-schema';
import { resolveSettings } from '../../utils/settings/resolve';
import { withShownCategories } from '../../utils/settings/shown-categories';
import { isValidSitePattern, matchesSite } from '../../utils/settings/site-patterns';
import { getSettingsState, saveSettings } from '../../utils/settings/store';
import { validatePolicy } from '../../utils/settings/validate';

describe('validatePolicy', () => {
  it('accepts every documented example without a warning', () => {
    for (const spec of POLICY_KEYS) {
      const raw = spec.key.startsWith('research.') ? { research: { [spec.key.slice(9)]: spec.example } } : { [spec.key]: spec.example };
      expect(validatePolicy(raw).warnings, spec.key).toEqual([]);
    }
  });

  it('drops each bad value with a warning that names the key and the problem', () => {
    const { policy, warnings } = validatePolicy({
      enabled: 'yes',
      lockMode: 'hard',
      shownCategories: ['law', 'gossip'],
      neverLockSites: ['example.com', 'http://example.com'],
      minReadingMs: -5,
      extraTerms: { fees: { english: ['x'] } },
      userChangeable: ['lockMode', 'colour'],
      research: { studyId: 7, uploadEndpoint: 'http://insecure.example/upload', favourite: true },
      surprise: 1,
      readDelayMs: 2000,
    });
    const byKey = Object.fromEntries(warnings.map((w) => [w.key, w.problem]));
    expect(byKey).toEqual({
      enabled: 'wrong-type',
      lockMode: 'not-allowed',
      shownCategories: 'unknown-category',
      neverLockSites: 'bad-pattern',
      minReadingMs: 'out-of-range',
      extraTerms: 'bad-language',
      userChangeable: 'unknown-setting',
      'research.studyId': 'wrong-type',
      'research.uploadEndpoint': 'bad-url',
      'research.favourite': 'unknown-key',
      surprise: 'unknown-key',
    });
    expect(warnings.find((w) => w.key === 'shownCategories')?.value).toBe('gossip');
    expect(warnings.find((w) => w.key === 'neverLockSites')?.value).toBe('http://example.com');
    // Only the good value survives.
    expect(policy).toEqual({ readDelayMs: 2000 });
  });

  it('treats a missing policy as none and anything else that is not an object as a warning', () => {
    expect(validatePolicy(undefined)).toEqual({ policy: {}, warnings: [] });
    expect(validatePolicy([1, 2]).warnings.map((w) => w.problem)).toEqual(['not-object']);
    expect(validatePolicy('strict').policy).toEqual({});
  });

  it('rejects a research group that is not an object', () => {
    expect(validatePolicy({ research: true }).warnings).toMatchObject([{ key: 'research', problem: 'wrong-type' }]);
  });
});

describe('resolveSettings', () => {
  it('is the defaults with no user choice and no policy', () => {
    const { settings, locks, managed } = resolveSettings({}, {});
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(locks).toEqual({ 'research.uploadEndpoint': 'policy-only', 'research.consentText': 'policy-only' });
    expect(managed).toBe(false);
  });

  it('puts the policy over the user over the defaults, and locks what the policy sets', () => {
    const { settings, locks } = resolveSettings(
      { lockMode: 'off', readDelayMs: 1000, research: { studyId: 'mine', retentionDays: 5 } },
      { lockMode: 'strict', research: { studyId: 'acme' } },
    );
    expect(settings.lockMode).toBe('strict');
    expect(settings.readDelayMs).toBe(1000);
    expect(settings.research.studyId).toBe('acme');
    expect(settings.research.retentionDays).toBe(5);
    expect(settings.research.wordsPerMinute).toBe(DEFAULT_SETTINGS.research.wordsPerMinute);
    expect(locks.lockMode).toBe('policy');
    expect(locks['research.studyId']).toBe('policy');
    expect(locks.readDelayMs).toBeUndefined();
  });

  it('with userChangeable, holds unlisted settings and lets listed policy values be overridden', () => {
    const { settings, locks } = resolveSettings(
      { enabled: false, readDelayMs: 9000, minReadingMs: 1 },
      { minReadingMs: 5000, readDelayMs: 4000, userChangeable: ['readDelayMs'] },
    );
    expect(settings.enabled).toBe(true);
    expect(locks.enabled).toBe('not-user-changeable');
    expect(settings.minReadingMs).toBe(5000);
    expect(locks.minReadingMs).toBe('policy');
    expect(settings.readDelayMs).toBe(9000);
    expect(locks.readDelayMs).toBeUndefined();
  });

  it('in strict mode ignores the user\'s own never-act sites but keeps the policy\'s', () => {
    const user = { neverLockSites: ['shop.example'] };
    const strictByPolicy = resolveSettings(user, { lockMode: 'strict' });
    expect(strictByPolicy.settings.neverLockSites).toEqual([]);
    expect(strictByPolicy.locks.neverLockSites).toBe('strict-mode');
    const withPolicySites = resolveSettings(user, { lockMode: 'strict', neverLockSites: ['intranet.example'] });
    expect(withPolicySites.settings.neverLockSites).toEqual(['intranet.example']);
    expect(resolveSettings(user, { lockMode: 'soft' }).settings.neverLockSites).toEqual(['shop.example']);
  });

  it('never takes where research data goes from the user', () => {
    const { settings } = resolveSettings({ research: { uploadEndpoint: 'https://evil.example/' } }, {});
    expect(settings.research.uploadEndpoint).toBe('');
    const byPolicy = resolveSettings({}, { research: { uploadEndpoint: 'https://study.example/up' } });
    expect(byPolicy.settings.research.uploadEndpoint).toBe('https://study.example/up');
    expect(byPolicy.locks['research.uploadEndpoint']).toBe('policy');
  });

  it('returns copies: changing the result does not change the defaults', () => {
    const { settings } = resolveSettings({}, {});
    settings.shownCategories.push('other');
    settings.research.studyId = 'x';
    expect(DEFAULT_SETTINGS.research.studyId).toBe('');
    expect(resolveSettings({}, {}).settings.shownCategories).toEqual(DEFAULT_SETTINGS.shownCategories);
  });
});

describe('site patterns', () => {
  it('matches host names with their subdomains, on any scheme and port', () => {
    expect(matchesSite('https://example.com/terms', ['example.com'])).toBe(true);
    expect(matchesSite('http://shop.example.com:8080/x', ['*.example.com'])).toBe(true);
    expect(matchesSite('https://notexample.com/', ['example.com'])).toBe(false);
  });

  it('matches browser match patterns by scheme, host, port and path', () => {
    const sites = ['https://hr.example.com/onboarding/*'];
    expect(matchesSite('https://hr.example.com/onboarding/step-2?x=1', sites)).toBe(true);
    expect(matchesSite('https://hr.example.com/payroll', sites)).toBe(false);
    expect(matchesSite('http://hr.example.com/onboarding/', sites)).toBe(false);
    expect(matchesSite('http://127.0.0.1:4000/a/b.html', ['*://127.0.0.1/a/*'])).toBe(true);
    expect(matchesSite('http://127.0.0.1:4000/a/b.html', ['http://127.0.0.1:5000/*'])).toBe(false);
    expect(matchesSite('https://a.b.vendor.example/terms-of-use', ['*://*.vendor.example/terms*'])).toBe(true);
    expect(matchesSite('file:///home/u/terms.html', ['file:///home/*'])).toBe(true);
    expect(matchesSite('https://anything.example/', ['<all_urls>'])).toBe(true);
  });

  it('tells malformed entries apart, and they match nothing', () => {
    for (const bad of ['http://example.com', 'exa mple.com', 'https://*foo.com/*', '', 'ftp//x/*', 'http://ex*ample.com/*']) {
      expect(isValidSitePattern(bad), bad).toBe(false);
    }
    expect(matchesSite('http://example.com/', ['http://example.com'])).toBe(false);
    expect(matchesSite('not a url', ['example.com'])).toBe(false);
  });
});

describe('extra detection terms', () => {
  it('adds a category to clauses containing an administrator\'s phrase in their language', async () => {
    const loaded = await loadDocument(join(import.meta.dirname, 'cases/en-caps-disclaimer/page.html'));
    const plain = analyzeDocument(loaded.document, { url: loaded.url }).analysis;
    const target = plain.clauses.find((c) => !c.categories.includes('fees') && c.text.length > 40)!;
    const phrase = target.text.split(/\s+/u).slice(1, 4).join(' ');
    const extra = analyzeDocument(loaded.document, { url: loaded.url, extraTerms: { fees: { en: [phrase.toUpperCase()] } } }).analysis;
    expect(extra.clauses[target.index].categories).toContain('fees');
    const otherLanguage = analyzeDocument(loaded.document, { url: loaded.url, extraTerms: { fees: { de: [phrase] } } }).analysis;
    expect(otherLanguage.clauses[target.index].categories).not.toContain('fees');
  });

  it('round-trips through the options page\'s text form and reports lines it cannot read', () => {
    const text = 'fees en: cancellation charge\ndata *: ACME Analytics\nnonsense\ngossip en: x';
    const { terms, invalid } = parseExtraTerms(text);
    expect(terms).toEqual({ fees: { en: ['cancellation charge'] }, data: { '*': ['ACME Analytics'] } });
    expect(invalid).toEqual(['nonsense', 'gossip en: x']);
    expect(parseExtraTerms(formatExtraTerms(terms)).terms).toEqual(terms);
  });
});

describe('shown categories', () => {
  it('keeps only shown categories and drops clauses left with none', () => {
    const clause = (index: number, categories: string[]) => ({ index, text: 't', emphasis: 'none', emphasized: [], categories }) as never;
    const analysis = { keyClauses: [clause(0, ['liability', 'fees']), clause(1, ['fees']), clause(2, ['law'])], clauses: [] } as never;
    const shown = withShownCategories(analysis, ['liability', 'law']);
    expect(shown.keyClauses.map((c) => [c.index, c.categories])).toEqual([[0, ['liability']], [2, ['law']]]);
  });
});

describe('managed storage', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('treats Firefox\'s throwing get() (no policy for the add-on) as no policy', async () => {
    vi.spyOn(browser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await readManagedPolicy()).toEqual({});
    const state = await getSettingsState({ waitForPolicy: true });
    expect(state.settings).toEqual(DEFAULT_SETTINGS);
    expect(state.warnings).toEqual([]);
  });

  it('layers a live policy over the user\'s saved choices, with warnings for bad values', async () => {
    vi.spyOn(browser.storage.managed, 'get').mockResolvedValue({ lockMode: 'strict', minReadingMs: 'soon' } as never);
    await saveSettings({ lockMode: 'off', readDelayMs: 1000 });
    const state = await getSettingsState({ waitForPolicy: true });
    expect(state.settings.lockMode).toBe('strict');
    expect(state.settings.readDelayMs).toBe(1000);
    expect(state.settings.minReadingMs).toBe(0);
    expect(state.warnings.map((w) => w.key)).toEqual(['minReadingMs']);
  });

  it('uses the last policy seen when the browser has not answered in time, waiting longer when there is none', async () => {
    vi.spyOn(browser.storage.managed, 'get').mockReturnValue(new Promise(() => undefined) as never);
    const deadlines = { withLastSeenMs: 20, withoutLastSeenMs: 300 };
    let started = Date.now();
    expect(await readManagedPolicy(deadlines)).toEqual({});
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    await fakeBrowser.storage.local.set({ managedPolicyLastSeen: { lockMode: 'strict' } });
    started = Date.now();
    expect(await readManagedPolicy(deadlines)).toEqual({ lockMode: 'strict' });
    expect(Date.now() - started).toBeLessThan(250);
  });

  it('takes the live policy over the last one seen when the browser answers in time', async () => {
    vi.spyOn(browser.storage.managed, 'get').mockResolvedValue({ lockMode: 'off' } as never);
    await fakeBrowser.storage.local.set({ managedPolicyLastSeen: { lockMode: 'strict' } });
    expect(await readManagedPolicy({ withLastSeenMs: 20, withoutLastSeenMs: 300 })).toEqual({ lockMode: 'off' });
  });
});

describe('UI language override', () => {
  // The browser's own translation, as the fake browser has none.
  beforeEach(() => {
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key: string) => `browser:${key}`);
  });
  afterEach(async () => {
    await applyUiLanguage('auto');
    vi.restoreAllMocks();
  });

  it('reads from the loaded table, substitutes $1, and falls back for missing keys', async () => {
    await applyUiLanguage('zh_CN', async () => ({ panel_title: '关键条款', panel_count: '共 $1 条' }));
    expect(t('panel.title')).toBe('关键条款');
    expect(t('panel.count', ['3'])).toBe('共 3 条');
    expect(uiLanguageTag()).toBe('zh-CN');
    expect(t('panel.skip')).toBe('browser:panel_skip');
    await applyUiLanguage('auto');
    expect(t('panel.title')).toBe('browser:panel_title');
  });

  it('keeps the browser language when the table cannot be loaded', async () => {
    await applyUiLanguage('zh_CN', () => Promise.reject(new Error('offline')));
    expect(t('panel.title')).toBe('browser:panel_title');
  });
});
