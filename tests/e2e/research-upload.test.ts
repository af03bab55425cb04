/**
 * Research uploads reach a real collector exactly once, in real Chromium with the built
 * extension and the upload endpoint set by an enterprise policy file: while the collector is
 * up; when an answer is lost after the collector stored the batch (the retry carries the same
 * idempotency key); when the collector is down for a while and comes back; and when the
 * browser is closed with uploads still queued and started again on the same profile.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViewRecord } from '../../utils/research/types';
import { launchWithExtension, type LaunchedBrowser } from './harness/browsers';
import { startServer, type TestServer } from './harness/server';
import { startCollector, type Collector } from './research/collector';
import { serveStudyPage, storedViews, waitFor, waitInPanel } from './research/helpers';

const CHROME_ID = 'ipbfjjhgnioaanbceneececlikbpgohi';
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = path.join(POLICY_DIR, 'clausewise-research-e2e.json');
const CONSENT_TEXT = 'The e2e study records how long you read each key clause.';

// --- the policy file: written before the browser starts, always removed -----------------------

const createdDirs: string[] = [];
/** Writes the research policy as an administrator would (see docs/enterprise.md). */
function writeResearchPolicy(research: Record<string, unknown>): void {
  const missing: string[] = [];
  for (let dir = POLICY_DIR; !fs.existsSync(dir); dir = path.dirname(dir)) missing.unshift(dir);
  for (const dir of missing) {
    fs.mkdirSync(dir);
    createdDirs.unshift(dir);
  }
  const content = { '3rdparty': { extensions: { [CHROME_ID]: { research } } } };
  // Renamed into place, so the browser never reads half a file.
  fs.writeFileSync(`${POLICY_FILE}.tmp`, JSON.stringify(content));
  fs.renameSync(`${POLICY_FILE}.tmp`, POLICY_FILE);
}
function removeResearchPolicy(): void {
  fs.rmSync(POLICY_FILE, { force: true });
  fs.rmSync(`${POLICY_FILE}.tmp`, { force: true });
  for (const dir of createdDirs.splice(0)) {
    try {
      fs.rmdirSync(dir); // only when empty: other tests may keep their own files there
    } catch {
      // not empty, or gone
    }
  }
}
process.once('exit', removeResearchPolicy);

// --- steps -------------------------------------------------------------------------------------

type WorkerChrome = { storage: { managed: { get(k: null): Promise<Record<string, unknown>> }; local: { get(k: string): Promise<Record<string, unknown>> } } };

/** Chromium hands policies to extensions some seconds after start: wait until the endpoint is visible. */
async function waitForPolicy(browser: LaunchedBrowser, endpoint: string): Promise<void> {
  await waitFor(
    'the research policy',
    async () => {
      const target = (await browser.browser.targets()).find((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${CHROME_ID}/`));
      const worker = await target?.worker();
      const managed = await worker
        ?.evaluate(() => (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.managed.get(null))
        .catch(() => undefined);
      return (managed?.research as { uploadEndpoint?: string } | undefined)?.uploadEndpoint === endpoint ? true : undefined;
    },
    30_000,
  );
}

/** Opens the study page; with `consent`, answers the notice; returns once recording. */
async function openStudyPage(browser: LaunchedBrowser, url: string, consent = false): Promise<Page> {
  const page = await browser.newPage();
  await page.bringToFront();
  await page.goto(url, { waitUntil: 'load' });
  if (consent) {
    await waitInPanel(page, '.research-consent');
    expect(await page.$eval('pierce/.research-consent', (el) => el.textContent ?? '')).toContain(CONSENT_TEXT);
    await page.click('pierce/.research-yes');
  }
  await waitInPanel(page, '.research-recording');
  return page;
}

/** Leaves the page for another (pagehide): the view is final and queued for upload. Returns its id. */
async function leave(options: Page, page: Page, known: Set<string>): Promise<string> {
  await page.goto(new URL('/accepted', page.url()).href, { waitUntil: 'load' });
  await page.close();
  const view = await waitFor('the final view', async () => (await storedViews(options)).find((v) => v.final && !known.has(v.viewId)));
  known.add(view.viewId);
  return view.viewId;
}

async function outboxSize(options: Page): Promise<number> {
  const stored = await options.evaluate(() => (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.local.get('research:outbox'));
  const outbox = stored['research:outbox'] as { pending: unknown[]; batches: Array<{ events: unknown[] }> } | undefined;
  return (outbox?.pending.length ?? 0) + (outbox?.batches.reduce((n, b) => n + b.events.length, 0) ?? 0);
}

const storedIds = (collector: Collector) => collector.stored.map((s) => s.event.viewId);

describe('research uploads to a real collector in chromium', () => {
  let server: TestServer;
  let collector: Collector;
  let browser: LaunchedBrowser | undefined;
  let profile: string;

  beforeAll(async () => {
    server = await startServer();
    collector = await startCollector();
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'clausewise-research-profile-'));
    writeResearchPolicy({ enabled: true, studyId: 'e2e-upload', uploadEndpoint: collector.endpoint, consentText: CONSENT_TEXT });
  });
  afterAll(async () => {
    try {
      await browser?.close();
      await collector?.close();
      await server?.close();
      if (profile) fs.rmSync(profile, { recursive: true, force: true });
    } finally {
      removeResearchPolicy();
    }
  });

  const launch = async () => {
    // The collector's certificate is self-signed; the product itself accepts only https.
    browser = await launchWithExtension('chromium', { userDataDir: profile, args: ['--ignore-certificate-errors'], extensionDir: process.env.RESEARCH_EXTENSION_DIR });
    await waitForPolicy(browser, collector.endpoint);
    return { browser, options: await browser.openExtensionPage('options.html') };
  };

  it('delivers every view exactly once through lost answers, an outage and a browser restart', async () => {
    const url = serveStudyPage(server);
    const known = new Set<string>();
    let { browser: b, options } = await launch();

    // 1. Collector up: the first view (after consent, with the policy's text), whose review
    // the participant skips, arrives as skipped.
    const skipping = await openStudyPage(b, url, true);
    await skipping.click('pierce/.skip');
    await skipping.click('pierce/.confirm .danger');
    const first = await leave(options, skipping, known);
    await waitFor('view 1 at the collector', async () => (storedIds(collector).includes(first) ? true : undefined));
    const skipped = collector.stored.find((s) => s.event.viewId === first)!.event;
    expect(skipped).toMatchObject({ outcome: 'skipped', final: true, studyId: 'e2e-upload' });
    expect(skipped.msToUnlock).toBeGreaterThan(0);

    // 2. The collector stores a batch but its answer is lost: the retry has the same key.
    collector.dropAnswers(1);
    const second = await leave(options, await openStudyPage(b, url), known);
    await waitFor('view 2 retried and answered', async () => ((await outboxSize(options)) === 0 && storedIds(collector).includes(second) ? true : undefined), 30_000);
    const secondDeliveries = collector.deliveries.filter((d) => d.eventIds.includes(second));
    expect(secondDeliveries.length).toBeGreaterThanOrEqual(2);
    expect(new Set(secondDeliveries.map((d) => d.key)).size).toBe(1);

    // 3. The collector is down for a while and comes back.
    await collector.stop();
    const third = await leave(options, await openStudyPage(b, url), known);
    await new Promise((r) => setTimeout(r, 5000));
    expect(await outboxSize(options)).toBe(1); // queued and retrying, not lost
    await collector.start();
    await waitFor('view 3 after the outage', async () => (storedIds(collector).includes(third) ? true : undefined), 40_000);

    // 4. Down again, views queued, and the browser closes before they can be sent.
    await collector.stop();
    const fourth = await leave(options, await openStudyPage(b, url), known);
    const fifth = await leave(options, await openStudyPage(b, url), known);
    await new Promise((r) => setTimeout(r, 3000));
    expect(await outboxSize(options)).toBe(2);
    await b.close();
    browser = undefined;

    // The browser comes back on the same profile; the collector is back too.
    await collector.start();
    ({ browser: b, options } = await launch());
    await waitFor('views 4 and 5 after the restart', async () => ([fourth, fifth].every((id) => storedIds(collector).includes(id)) ? true : undefined), 60_000);
    await waitFor('an empty queue', async () => ((await outboxSize(options)) === 0 ? true : undefined));

    // Exactly once: every final view stored in the browser is at the collector once, and no
    // event ever travelled under two different keys.
    const views: ViewRecord[] = await storedViews(options);
    const finals = views.filter((v) => v.final).map((v) => v.viewId).sort();
    expect(finals).toEqual([first, second, third, fourth, fifth].sort());
    expect([...storedIds(collector)].sort()).toEqual(finals);
    for (const id of finals) {
      const keys = new Set(collector.deliveries.filter((d) => d.eventIds.includes(id)).map((d) => d.key));
      expect(keys.size, `keys that carried ${id}`).toBe(1);
    }
    // What left the browser: measurements, no clause text (the policy does not allow it).
    for (const { event } of collector.stored) {
      expect(event.studyId).toBe('e2e-upload');
      for (const clause of event.clauses as Array<Record<string, unknown>>) expect(clause.text).toBeUndefined();
    }
  }, 240_000);
});
