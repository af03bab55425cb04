/**
 * A German shop's checkout, in Chromium and Firefox with the built extension
 * (tests/unit/cases/de-shop-agb-checkout): its terms end with the terse final provisions of
 * smaller shops ("Es gilt das Recht der Bundesrepublik Deutschland.", "Gerichtsstand ist
 * Hamburg."), which the panel must list under governing law and disputes; and its order button
 * goes with an implicit consent line whose verb is split around the links to the terms
 * ("stimmen Sie unseren <a>AGB</a> … zu"), so the order is held until the summary is read.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { BrowserKind } from './harness/browsers';
import { casePage } from './harness/paths';
import { useBrowserAndServer } from './harness/suite';
import { sleep } from './lock-fixtures';
import { openAgreement, panelStatus, scrollPanelToEnd } from './panel-helpers';

const categoryOfCard = (page: Page, start: string) =>
  page.$$eval(
    'pierce/.clause',
    (els, start) => {
      const card = els.find((el) => (el.querySelector('.clause-text')?.textContent ?? '').includes(start));
      return card ? (card.closest('.group')?.getAttribute('data-category') ?? null) : undefined;
    },
    start,
  );

describe.each<BrowserKind>(['chromium', 'firefox'])('a German checkout in %s', (kind) => {
  const env = useBrowserAndServer(kind, (server) => {
    server.route('/kasse.html', casePage('de-shop-agb-checkout'));
    server.route('/bestellung', 'bestellt');
  });

  it('lists the terse law and court clauses and holds the order until the summary is read', async () => {
    const page = await openAgreement(env.browser, env.server.url('/kasse.html'));
    await page.waitForSelector('pierce/.clause', { timeout: 15_000 });
    expect(await categoryOfCard(page, 'Es gilt das Recht der Bundesrepublik Deutschland')).toBe('law');
    expect(await categoryOfCard(page, 'Gerichtsstand ist Hamburg')).toBe('dispute');
    expect(await categoryOfCard(page, 'Wir haften nicht')).toBe('liability');
    expect(await categoryOfCard(page, 'Die Darstellung der Produkte')).toBeUndefined();

    expect(await panelStatus(page)).toBe('locked');
    env.server.clearHits();
    await page.click('button[type="submit"]');
    await sleep(500);
    expect(env.server.hitsFor('/bestellung')).toEqual([]);
    expect(page.url()).toContain('/kasse.html');

    await scrollPanelToEnd(page);
    expect(await panelStatus(page)).toBe('unlocked');
    await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
    expect(env.server.hitsFor('/bestellung').length).toBe(1);
    await page.close();
  });
});
