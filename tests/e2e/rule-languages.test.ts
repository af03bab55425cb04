/**
 * Agreements in the languages read by rules alone (French, Spanish, Japanese), in Chromium and
 * Firefox with the built extension, on the analysis cases' pages (tests/unit/cases): the panel
 * lists their key clauses under the right categories, says which the provider set in bold (the
 * browser's computed style), and holds the page's agree checkbox until the summary is read.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type BrowserKind, type LaunchedBrowser } from './harness/browsers';
import { casePage } from './harness/paths';
import { startServer, type TestServer } from './harness/server';
import { openAgreement, panelStatus, scrollPanelToEnd } from './panel-helpers';


interface Card {
  text: string;
  category: string | null;
  emphasized: boolean;
}

const cards = (page: Page): Promise<Card[]> =>
  page.$$eval('pierce/.clause', (els) =>
    els.map((el) => ({
      text: el.querySelector('.clause-text')?.textContent ?? '',
      category: el.closest('.group')?.getAttribute('data-category') ?? null,
      emphasized: el.querySelector('.tag-emph') !== null,
    })),
  );

const isChecked = (page: Page, selector: string) => page.$eval(selector, (el) => (el as HTMLInputElement).checked);

/** Per page: how a key clause's text starts, its category in the panel, and whether it is emphasised. */
const CASES: Array<{ name: string; want: Array<[string, string, boolean]>; absent: string[] }> = [
  {
    name: 'fr-conditions-generales',
    want: [
      ['LE SERVICE EST FOURNI', 'liability', true],
      ['Dans toute la mesure permise', 'liability', false],
      ['Les présentes conditions sont régies', 'law', false],
      ['Tout litige relatif', 'dispute', true],
    ],
    absent: ['Vous devez avoir au moins seize ans', 'Si une stipulation'],
  },
  {
    name: 'es-terminos-condiciones',
    want: [
      ['EL SERVICIO SE PROPORCIONA', 'liability', true],
      ['En la medida máxima', 'liability', false],
      ['Estos términos se regirán', 'law', false],
      ['Cualquier disputa se resolverá', 'dispute', true],
    ],
    absent: ['Debe tener al menos', 'Si alguna disposición'],
  },
  {
    name: 'ja-riyou-kiyaku',
    want: [
      ['当社は、本サービスに起因して', 'liability', true],
      ['当社は、本サービスに事実上', 'liability', false],
      ['本規約の解釈にあたっては', 'law', false],
      ['本サービスに関して紛争', 'dispute', false],
    ],
    absent: ['本規約は、ユーザーと当社', '本サービスに関するお問い合わせ'],
  },
];

describe.each<BrowserKind>(['chromium', 'firefox'])('agreements read by rules in %s', (kind) => {
  let server: TestServer;
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    server = await startServer();
    for (const { name } of CASES) server.route(`/cases/${name}.html`, casePage(name));
    browser = await launchWithExtension(kind);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(CASES)('summarises $name and holds its agree checkbox until the summary is read', async ({ name, want, absent }) => {
    const page = await openAgreement(browser, server.url(`/cases/${name}.html`));
    await page.waitForSelector('pierce/.clause', { timeout: 15_000 });
    const shown = await cards(page);
    for (const [start, category, emphasized] of want) {
      // Card texts may lead with the clause's number ("3.1", "１．").
      const card = shown.find((c) => c.text.replace(/^[\d０-９.．\s]+/u, '').startsWith(start));
      expect(card, start).toBeDefined();
      expect(card!.category, start).toBe(category);
      expect(card!.emphasized, start).toBe(emphasized);
    }
    for (const start of absent) expect(shown.filter((c) => c.text.includes(start)), start).toEqual([]);

    expect(await panelStatus(page)).toBe('locked');
    await page.click('input[type="checkbox"]');
    expect(await isChecked(page, 'input[type="checkbox"]')).toBe(false);
    await scrollPanelToEnd(page);
    expect(await panelStatus(page)).toBe('unlocked');
    await page.click('input[type="checkbox"]');
    expect(await isChecked(page, 'input[type="checkbox"]')).toBe(true);
    await page.close();
  });
});
