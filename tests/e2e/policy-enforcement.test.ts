/**
 * Administrator policy in real browsers, through the browsers' own policy files: Chromium
 * reads /etc/chromium/policies/managed/*.json, Firefox ESR reads distribution/policies.json.
 * The test writes them (it must run as root, as CI does) only for as long as this file runs,
 * and removes them afterwards — also when a test fails or the process dies — because every
 * browser started meanwhile would obey them.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type BrowserKind, type LaunchedBrowser } from './harness/browsers';
import { startServer, type TestServer } from './harness/server';
import { openAgreement, panelStatus, scrollPanelToEnd } from './panel-helpers';

const CHROME_ID = 'ipbfjjhgnioaanbceneececlikbpgohi';
const GECKO_ID = 'clausewise@clausewise.app';
const POLICY_FILES: Record<BrowserKind, string> = {
  chromium: '/etc/chromium/policies/managed/clausewise-e2e.json',
  firefox: '/usr/lib/firefox-esr/distribution/policies.json',
};

const AGREEMENT = '/shared/fixtures/aliyun-service-agreement.html';
const NEVER_ACT = '/shared/fixtures/aliyun-signup-scrollbox.html';
/**
 * Terms the every-page check passes over: a neutral title and address, no heading, no field
 * (a terms region from the corpus under a title of its own), served at a path on the policy's
 * alwaysSites list and at one that is not.
 */
const QUIET_TERMS = 'corpus/pages/agreements/tosback2-gitlab-terms.html';
const ALWAYS_ACT = '/always/plain/';
const NOT_LISTED = '/p/plain/';

// --- policy files: written, and always removed ----------------------------------------------

/** Directories this test created (removed again if still empty) and files it replaced. */
const createdDirs: string[] = [];
const backups = new Map<string, Buffer>();
const written = new Set<string>();

function writePolicy(kind: BrowserKind, policy: Record<string, unknown>): void {
  const file = POLICY_FILES[kind];
  let dir = path.dirname(file);
  const missing: string[] = [];
  while (!fs.existsSync(dir)) {
    missing.unshift(dir);
    dir = path.dirname(dir);
  }
  for (const d of missing) {
    fs.mkdirSync(d);
    createdDirs.unshift(d);
  }
  if (fs.existsSync(file) && !written.has(file)) backups.set(file, fs.readFileSync(file));
  const content =
    kind === 'chromium'
      ? { '3rdparty': { extensions: { [CHROME_ID]: policy } } }
      : { policies: { '3rdparty': { Extensions: { [GECKO_ID]: policy } } } };
  // Written to a temporary name and renamed, so a browser never reads half a file.
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(content));
  fs.renameSync(`${file}.tmp`, file);
  written.add(file);
}

function removePolicies(): void {
  for (const file of written) {
    fs.rmSync(file, { force: true });
    const backup = backups.get(file);
    if (backup) fs.writeFileSync(file, backup);
  }
  written.clear();
  backups.clear();
  for (const dir of createdDirs.splice(0)) {
    try {
      fs.rmdirSync(dir); // only if empty: someone else may have put files there meanwhile
    } catch {
      // not empty or already gone
    }
  }
}
process.once('exit', removePolicies);

// --- reading what Clausewise shows -----------------------------------------------------------

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function groupsIn(page: Page): Promise<string[]> {
  return page.$$eval('pierce/.group', (els) => els.map((e) => e.getAttribute('data-category') ?? ''));
}

interface FieldState {
  locked: string;
  disabled: boolean;
  note: string;
}

async function field(options: Page, setting: string): Promise<FieldState> {
  return options.$eval(`[data-setting="${setting}"]`, (el) => {
    const control = el.matches('fieldset') ? el : el.querySelector('input, select, textarea');
    return {
      locked: el.getAttribute('data-locked') ?? '',
      disabled: (control as HTMLInputElement | null)?.disabled ?? false,
      note: el.querySelector('.locked-note')?.textContent ?? '',
    };
  });
}

async function warnings(options: Page): Promise<Record<string, string>> {
  const items = await options.$$eval('.policy-warnings li', (els) => els.map((e) => [e.getAttribute('data-key') ?? '', e.textContent ?? ''] as const));
  return Object.fromEntries(items);
}

async function openOptions(browser: LaunchedBrowser): Promise<Page> {
  const options = await browser.openExtensionPage('options.html');
  await options.waitForSelector('[data-setting="lockMode"]', { timeout: 20_000 });
  return options;
}

/**
 * Chromium answers extensions' policy reads only once its policy service is ready, some
 * seconds after start; pages reviewed before that use the last policy seen, which a fresh
 * test profile does not have. The options page waits for the live policy: once it shows the
 * policy in force, every page does.
 */
async function waitForPolicy(browser: LaunchedBrowser): Promise<void> {
  const options = await openOptions(browser);
  await options.waitForSelector('.managed-notice', { timeout: 20_000 });
  await options.close();
}

/** Waits as long as the panel takes to appear on an agreement page, then checks it did not. */
async function expectUntouched(page: Page): Promise<void> {
  await sleep(4000);
  expect(await page.$('clausewise-root')).toBeNull();
  expect(await page.$('pierce/.panel')).toBeNull();
}

// --- the tests -------------------------------------------------------------------------------

const STRICT_POLICY = {
  lockMode: 'strict',
  shownCategories: ['liability', 'law', 'dispute'],
  neverLockSites: [`http://127.0.0.1${NEVER_ACT}`],
  alwaysSites: [`http://127.0.0.1/always/*`],
  userChangeable: ['readDelayMs', 'uiLanguage'],
};

const BAD_POLICY = {
  lockMode: 'hard',
  shownCategories: ['law', 'gossip'],
  alwaysSites: ['http://example.com'],
  minReadingMs: 'soon',
};

describe.each<BrowserKind>(['chromium', 'firefox'])('administrator policy in %s', (kind) => {
  let server: TestServer;
  let browser: LaunchedBrowser | undefined;

  beforeAll(async () => {
    if (process.getuid?.() !== 0) throw new Error('policy tests write the browsers\' policy files and must run as root');
    server = await startServer();
    const terms = fs.readFileSync(path.join(import.meta.dirname, '../../../shared', QUIET_TERMS), 'utf8');
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Example Docs</title></head><body>${terms}</body></html>`;
    server.route(ALWAYS_ACT, page);
    server.route(NOT_LISTED, page);
  });
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });
  afterAll(async () => {
    removePolicies();
    await server?.close();
  });

  describe('a strict policy', () => {
    beforeAll(() => writePolicy(kind, STRICT_POLICY));

    it('offers no skip, lists only the chosen categories, and leaves never-act sites untouched', async () => {
      browser = await launchWithExtension(kind);
      await waitForPolicy(browser);
      const page = await openAgreement(browser, server.url(AGREEMENT));
      expect(await panelStatus(page)).toBe('locked');
      expect(await page.$('pierce/.skip')).toBeNull();
      await page.click('#read');
      expect(await page.$eval('#read', (el) => (el as HTMLInputElement).checked)).toBe(false);

      const groups = await groupsIn(page);
      expect(groups).toEqual(['liability', 'law', 'dispute']);

      await scrollPanelToEnd(page);
      expect(await panelStatus(page)).toBe('unlocked');
      await page.close();

      const never = await browser.newPage();
      await never.goto(server.url(NEVER_ACT), { waitUntil: 'load' });
      await expectUntouched(never);
      await never.click('#read');
      expect(await never.$eval('#read', (el) => (el as HTMLInputElement).checked)).toBe(true);
      await never.close();
    });

    it('analyses the sites it always acts on, where the every-page check finds nothing', async () => {
      browser = await launchWithExtension(kind);
      await waitForPolicy(browser);
      const listed = await openAgreement(browser, server.url(ALWAYS_ACT));
      expect(await listed.$$eval('pierce/.clause', (els) => els.length)).toBeGreaterThan(0);
      await listed.close();
      const other = await browser.newPage();
      await other.goto(server.url(NOT_LISTED), { waitUntil: 'load' });
      await expectUntouched(other);
      await other.close();
    });

    it('shows the policy-set fields locked, with the reason, and the others free', async () => {
      browser = await launchWithExtension(kind);
      const options = await openOptions(browser);
      const lockMode = await field(options, 'lockMode');
      expect(lockMode).toMatchObject({ locked: 'policy', disabled: true });
      expect(lockMode.note).toContain('Set by your organisation');
      expect(lockMode.note).toContain("browser policy sets this value");
      expect(await options.$eval('[data-setting="lockMode"] select', (el) => (el as HTMLSelectElement).value)).toBe('strict');
      expect(await field(options, 'shownCategories')).toMatchObject({ locked: 'policy', disabled: true });
      expect(await field(options, 'neverLockSites')).toMatchObject({ locked: 'policy', disabled: true });
      // Not set by the policy and not on its userChangeable list: held at the default.
      const enabled = await field(options, 'enabled');
      expect(enabled).toMatchObject({ locked: 'not-user-changeable', disabled: true });
      expect(enabled.note).toContain('does not let users change');
      // On the list: the user's to change.
      expect(await field(options, 'readDelayMs')).toMatchObject({ locked: '', disabled: false, note: '' });
      expect(await warnings(options)).toEqual({});
      await options.close();
    });

    if (kind === 'chromium') {
      it('applies a changed policy without restarting the browser', async () => {
        browser = await launchWithExtension(kind);
        const options = await openOptions(browser);
        writePolicy(kind, { ...STRICT_POLICY, lockMode: 'off', shownCategories: ['law'] });
        // Chromium watches its policy folder and reloads a few seconds after a change.
        await options.waitForFunction(
          () => (document.querySelector('[data-setting="lockMode"] select') as HTMLSelectElement | null)?.value === 'off',
          { timeout: 45_000, polling: 250 },
        );
        const page = await openAgreement(browser, server.url(AGREEMENT));
        expect(await groupsIn(page)).toEqual(['law']);
        expect(await panelStatus(page)).toBe('lock-off');
        await page.click('#read');
        expect(await page.$eval('#read', (el) => (el as HTMLInputElement).checked)).toBe(true);
        await page.close();
        await options.close();
        writePolicy(kind, STRICT_POLICY);
      });
    }
  });

  describe('a policy with bad values', () => {
    beforeAll(() => writePolicy(kind, BAD_POLICY));

    it('warns about each bad value on the options page and keeps the defaults', async () => {
      browser = await launchWithExtension(kind);
      const options = await openOptions(browser);
      const shown = await warnings(options);
      expect(shown.lockMode).toContain('hard');
      expect(shown.shownCategories).toContain('gossip');
      expect(shown.alwaysSites).toContain('http://example.com');
      // Firefox hands over the mistyped value, and Clausewise reports it; Chromium checks
      // types against the extension's schema and drops it before Clausewise sees it.
      if (kind === 'firefox') expect(shown.minReadingMs).toContain('soon');
      else expect(shown.minReadingMs).toBeUndefined();
      expect(await options.$eval('.policy-warnings h2', (el) => el.textContent ?? '')).toContain('defaults apply');
      // Ignored values lock nothing: the user keeps those settings.
      expect(await field(options, 'lockMode')).toMatchObject({ locked: '', disabled: false });
      expect(await options.$eval('[data-setting="lockMode"] select', (el) => (el as HTMLSelectElement).value)).toBe('soft');
      await options.close();

      // And the review behaves as by default: skippable, every category listed.
      const page = await openAgreement(browser, server.url(AGREEMENT));
      expect(await panelStatus(page)).toBe('locked');
      expect(await page.$('pierce/.skip')).not.toBeNull();
      const groups = await groupsIn(page);
      expect(groups.slice(0, 3)).toEqual(['liability', 'law', 'dispute']);
      expect(groups.length).toBeGreaterThan(3);
      await page.close();
    });
  });

  it('removes its policy files again', () => {
    removePolicies();
    expect(fs.existsSync(POLICY_FILES[kind])).toBe(false);
  });
});
