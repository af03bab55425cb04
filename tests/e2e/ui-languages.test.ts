/**
 * Clausewise speaks German, French, Spanish, Japanese, Italian and Polish as well as English and
 * Chinese, in Chromium and Firefox with the built extension: chosen in the settings page's own control, the language
 * reaches the panel on an agreement page (its title, category names and `lang` attribute).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { launchWithExtension, type BrowserKind, type LaunchedBrowser } from './harness/browsers';
import { casePage } from './harness/paths';
import { startServer, type TestServer } from './harness/server';
import { openAgreement } from './panel-helpers';

interface Messages {
  panel: { title: string };
  category: { liability: string; law: string };
  options: { saved: string };
}

const messagesOf = (lang: string) => parse(readFileSync(join(import.meta.dirname, '../../locales', `${lang}.yml`), 'utf8')) as Messages;

const LANGUAGES = [
  { code: 'de', tag: 'de', page: 'de-nutzungsbedingungen' },
  { code: 'fr', tag: 'fr', page: 'fr-conditions-generales' },
  { code: 'es', tag: 'es', page: 'es-terminos-condiciones' },
  { code: 'ja', tag: 'ja', page: 'ja-riyou-kiyaku' },
  // The interface's language is the reader's, not the page's: an Italian reading Spanish terms.
  { code: 'it', tag: 'it', page: 'es-terminos-condiciones' },
  { code: 'pl', tag: 'pl', page: 'fr-conditions-generales' },
];

describe.each<BrowserKind>(['chromium', 'firefox'])('interface languages in %s', (kind) => {
  let server: TestServer;
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    server = await startServer();
    for (const { page } of LANGUAGES) server.route(`/cases/${page}.html`, casePage(page));
    browser = await launchWithExtension(kind);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(LANGUAGES)('shows the panel in $code once the settings say so', async ({ code, tag, page: name }) => {
    const messages = messagesOf(code);
    const english = messagesOf('en');
    expect(messages.panel.title).not.toBe(english.panel.title);

    const options = await browser.openExtensionPage('options.html');
    const select = await options.waitForSelector('[data-setting="uiLanguage"] select');
    await select!.select(code);
    // The settings page itself switches to the chosen language once the choice is stored.
    await options.waitForFunction((saved: string) => document.body.textContent?.includes(saved), { timeout: 10_000 }, messages.options.saved);
    await options.close();

    const page = await openAgreement(browser, server.url(`/cases/${name}.html`));
    await page.waitForSelector('pierce/.clause', { timeout: 15_000 });
    const panel = await page.$eval('pierce/.panel', (el) => ({
      lang: el.getAttribute('lang'),
      title: el.querySelector('.panel-title')?.textContent ?? '',
      text: el.textContent ?? '',
    }));
    expect(panel.lang).toBe(tag);
    expect(panel.title).toBe(messages.panel.title);
    expect(panel.text).toContain(messages.category.liability);
    expect(panel.text).toContain(messages.category.law);
    expect(panel.text).not.toContain(english.panel.title);
    await page.close();
  });
});
