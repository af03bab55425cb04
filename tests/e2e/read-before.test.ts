/**
 * An agreement the user has read before, in real Chromium and Firefox: opened again unchanged,
 * its agree controls are not locked and the panel says when it was read; with a key clause
 * reworded, the lock holds and the panel (and the browser's side panel) marks that clause as
 * new; after "Forget these reviews" in the settings, or with `rememberReadDays` 0, every review
 * locks again. Linked terms are known by their own site, whichever sign-up page links them, and
 * when read to the end on their own page, which has nothing to lock. An agreement read on one
 * host of a registrable domain is known on its others, and not on another domain's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { HOST_TAG } from '../../utils/ui/shadow-host';
import type { BrowserKind, LaunchedBrowser } from './harness/browsers';
import { forgetReviews, inExtension } from './harness/extension-context';
import { sharedDir } from './harness/paths';
import type { TestHost } from './harness/test-hosts';
import { useBrowserAndServer } from './harness/suite';
import { otherOrigin, serveLockFixtures, sleep } from './lock-fixtures';
import { expectHeldUntilRead, openAgreement, panelStatus, scrollPanelToEnd } from './panel-helpers';

const sample = readFileSync(join(sharedDir, 'fixtures/aliyun-service-agreement.html'), 'utf8');
const LAW_CLAUSE = '均适用中华人民共和国大陆法律。';
// The same agreement with its governing law changed: one key clause reworded.
const revised = sample.replace(LAW_CLAUSE, '均适用新加坡法律。');

const checked = (page: Page) => page.$eval('#read', (el) => (el as HTMLInputElement).checked);
const newClauses = (page: Page) => page.$$eval('pierce/.clause-new .clause-number', (els) => els.map((e) => e.textContent));
/** Where the first new clause's card is against the top of the panel's list, whether its button has focus. */
const newClauseAtTop = (page: Page) =>
  page.evaluate((tag) => {
    const root = document.querySelector(tag)!.shadowRoot!;
    const card = root.querySelector('.clause-new')!;
    const offset = Math.round(card.getBoundingClientRect().top - root.querySelector('.list')!.getBoundingClientRect().top);
    return { offset, focused: card.contains(root.activeElement), pageScroll: window.scrollY };
  }, HOST_TAG);
const earlierNotice = (page: Page) => page.$eval('pierce/.earlier-read', (el) => el.textContent).catch(() => null);

describe.each<BrowserKind>(['chromium', 'firefox'])('an agreement read before, in %s', (kind) => {
  const env = useBrowserAndServer(kind, (server) => {
    server.route('/terms.html', sample);
    server.route('/terms-revised.html', revised);
    server.route('/elsewhere.html', sample);
  });

  it('is locked until read the first time, then unlocked when opened again unchanged', async () => {
    expect(revised).not.toBe(sample);
    const first = await openAgreement(env.browser, env.server.url('/terms.html'));
    expect(await panelStatus(first)).toBe('locked');
    expect(await earlierNotice(first)).toBeNull();
    await scrollPanelToEnd(first);
    await first.close();

    // The same agreement at another address of the site: the wording, not the address, counts.
    const again = await openAgreement(env.browser, env.server.url('/elsewhere.html'));
    expect(await panelStatus(again)).toBe('read-before');
    expect(await again.$eval('pierce/.status', (el) => el.textContent)).toMatch(/\d/u);
    expect(await newClauses(again)).toEqual([]);
    await again.click('#read');
    expect(await checked(again)).toBe(true);
    await again.close();
  });

  it('stays locked when a key clause was reworded since, and marks that clause as new, in the side panel too', async () => {
    // The browser's side panel, opened in a tab (its real opening takes a user gesture).
    const sidePanel = await env.browser.openExtensionPage('sidepanel.html');
    const page = await openAgreement(env.browser, env.server.url('/terms-revised.html'));
    await page.bringToFront();
    expect(await panelStatus(page)).toBe('locked');
    expect(await newClauses(page)).toEqual(['13.1']);
    expect(await earlierNotice(page)).not.toBeNull();
    // "Show the next" brings the new clause to the top of the list, its button focused; the page stays put.
    await page.click('pierce/.next-new');
    expect(await newClauseAtTop(page)).toEqual({ offset: 0, focused: true, pageScroll: 0 });
    await sidePanel.waitForSelector('.clause-new', { timeout: 10_000 });
    expect(await sidePanel.$$eval('.clause-new .clause-number', (els) => els.map((e) => e.textContent))).toEqual(['13.1']);
    await sidePanel.close();
    await expectHeldUntilRead(page, '#read');
    await page.close();
  });

  it('is locked again once the user forgot the reviews in the settings', async () => {
    const options = await env.browser.openExtensionPage('options.html');
    await options.waitForSelector('.history li');
    await options.click('button.forget-reviews');
    await options.waitForSelector('.history', { hidden: true });
    await options.close();
    const page = await openAgreement(env.browser, env.server.url('/terms.html'));
    expect(await panelStatus(page)).toBe('locked');
    expect(await earlierNotice(page)).toBeNull();
    await scrollPanelToEnd(page);
    await page.close();
  });

  it('locks every time when rememberReadDays is 0', async () => {
    await forgetReviews(env.browser);
    const options = await env.browser.openExtensionPage('options.html');
    await options.evaluate(() => {
      type Api = { storage: { sync: { set(v: object): Promise<void> } } };
      const api = globalThis as unknown as { browser?: Api; chrome: Api };
      return (api.browser ?? api.chrome).storage.sync.set({ settings: { rememberReadDays: 0 } });
    });
    await options.close();
    const first = await openAgreement(env.browser, env.server.url('/terms.html'));
    expect(await panelStatus(first)).toBe('locked');
    await scrollPanelToEnd(first);
    await first.close();

    const page = await openAgreement(env.browser, env.server.url('/terms.html'));
    expect(await panelStatus(page)).toBe('locked');
    expect(await newClauses(page)).toEqual([]);
    await page.click('#read');
    expect(await checked(page)).toBe(false);
    await page.close();
  });
});

describe.each<BrowserKind>(['chromium', 'firefox'])('an agreement read on another host of its site, in %s', (kind) => {
  const env = useBrowserAndServer(kind, (server) => server.route('/terms.html', sample));
  const on = (host: TestHost) => `http://${host}:${env.server.port}/terms.html`;

  it('is known on every host of its registrable domain, and not on another domain', async () => {
    const first = await openAgreement(env.browser, on('www.clausewise.test'));
    expect(await panelStatus(first)).toBe('locked');
    await scrollPanelToEnd(first);
    await first.close();

    const signup = await openAgreement(env.browser, on('accounts.clausewise.test'));
    expect(await panelStatus(signup)).toBe('read-before');
    // The status says when it was read.
    expect(await signup.$eval('pierce/.status', (el) => el.textContent)).toMatch(/\d/u);
    await signup.click('#read');
    expect(await checked(signup)).toBe(true);
    await signup.close();

    const elsewhere = await openAgreement(env.browser, on('shop.elsewhere.test'));
    expect(await panelStatus(elsewhere)).toBe('locked');
    expect(await earlierNotice(elsewhere)).toBeNull();
    await elsewhere.close();
  });
});

describe.each<BrowserKind>(['chromium', 'firefox'])('linked terms read before, in %s', (kind) => {
  const env = useBrowserAndServer(kind, serveLockFixtures);

  it('are known from a sign-up page on another site of the provider that links the same terms', async () => {
    // The terms live on the other origin; the first sign-up page is on this one, the second on that one.
    const terms = encodeURIComponent(`${otherOrigin(env.server)}/lock/terms.html`);
    const first = await openAgreement(env.browser, env.server.url(`/lock/linked-signup.html?terms=${terms}`));
    expect(await panelStatus(first)).toBe('locked');
    await scrollPanelToEnd(first);
    await first.close();

    const second = await openAgreement(env.browser, `${otherOrigin(env.server)}/lock/linked-signup.html?terms=${terms}`);
    expect(await panelStatus(second)).toBe('read-before');
    await second.click('#linked-box');
    expect(await second.$eval('#linked-box', (box) => (box as HTMLInputElement).checked)).toBe(true);
    await second.close();
  });

  it('are known from their own page, read there to the end, though it has nothing to lock', async () => {
    await forgetReviews(env.browser);
    const terms = `${otherOrigin(env.server)}/lock/terms.html`;
    const page = await openAgreement(env.browser, terms);
    expect(await panelStatus(page)).toBe('no-control');
    await wheelListToEnd(page);
    await waitForRead(env.browser);
    await page.close();

    const signup = await openAgreement(env.browser, env.server.url(`/lock/linked-signup.html?terms=${encodeURIComponent(terms)}`));
    expect(await panelStatus(signup)).toBe('read-before');
    await signup.close();
  });
});

/** Wheels the panel's list to its end (a page with nothing locked gives no sign of it). */
async function wheelListToEnd(page: Page): Promise<void> {
  const box = (await (await page.$('pierce/.list'))!.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const atEnd = () =>
    page.evaluate((tag) => {
      const list = document.querySelector(tag)!.shadowRoot!.querySelector('.list')!;
      return list.scrollTop + list.clientHeight >= list.scrollHeight - 1;
    }, HOST_TAG);
  for (let step = 0; step < 200 && !(await atEnd()); step++) await page.mouse.wheel({ deltaY: 400 });
}

/** Waits until the review log holds a read (the summary is read to the end, or a short one was on screen long enough). */
async function waitForRead(browser: LaunchedBrowser): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const outcomes = await inExtension(browser, async () => {
      type Api = { storage: { local: { get(key: string): Promise<Record<string, Array<{ outcome: string }> | undefined>> } } };
      const api = globalThis as unknown as { browser?: Api; chrome: Api };
      return ((await (api.browser ?? api.chrome).storage.local.get('reviewLog')).reviewLog ?? []).map((entry) => entry.outcome);
    });
    if (outcomes.includes('read')) return;
    await sleep(250);
  }
  throw new Error('no read was recorded');
}
