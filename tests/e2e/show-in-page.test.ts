/**
 * "Show in page" where the clause is not simply there to scroll to.
 *
 * Clauses a terms page keeps folded away: sections in closed `<details>`,
 * a `hidden="until-found"` section (which find-in-page would open), a script's accordion whose
 * button names its section (`aria-controls`) or whose closed header stands before it, a tab
 * panel not selected, and a section hidden by CSS with no such control.
 * The first three are unfolded and scrolled to, as the page's own controls would unfold them;
 * the last only the page can open, and the panel says so instead of doing nothing.
 *
 * Terms a single-page app re-rendered after the analysis: the clause is found again in the new
 * elements; one the page no longer holds is said to be gone.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { BrowserKind } from './harness/browsers';
import { pagesDir } from './harness/paths';
import { useBrowserAndServer } from './harness/suite';
import { sleep } from './lock-fixtures';
import { openAgreement } from './panel-helpers';

/**
 * Presses a card's "Show in page" from the keyboard: a pointer click can miss when reading the
 * list to its end re-lays the panel out (its status line grows) between aiming and clicking.
 */
async function showClause(page: Page, number: string): Promise<void> {
  for (const card of await page.$$('pierce/.clause')) {
    if ((await card.evaluate((el) => el.querySelector('.clause-number')?.textContent)) !== number) continue;
    await ((await card.$('.show')) as ElementHandle<HTMLElement>).focus();
    await page.keyboard.press('Enter');
    return;
  }
  throw new Error(`no card for clause ${number}`);
}

/** Whether the page's paragraph starting with `number` is shown inside the window (Firefox lays out a closed <details>'s content, hidden). */
const onScreen = (page: Page, number: string) =>
  page.evaluate((n) => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.startsWith(`${n} `));
    const r = p!.getBoundingClientRect();
    return p!.checkVisibility() && r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
  }, number);

const statusText = (page: Page) => page.$eval('pierce/.status', (el) => el.textContent ?? '');

describe.each<BrowserKind>(['chromium', 'firefox'])('clauses in folded sections, in %s', (kind) => {
  const env = useBrowserAndServer(kind, (server) => server.route('/terms.html', readFileSync(path.join(pagesDir, 'folded-terms.html'), 'utf8')));

  it('unfolds a closed <details> or an until-found section to show the clause, and says when the page hides it otherwise', async () => {
    const page = await openAgreement(env.browser, env.server.url('/terms.html'));
    await page.setViewport({ width: 1280, height: 700 });
    expect(await onScreen(page, '7.1')).toBe(false);

    await showClause(page, '7.1');
    await page.waitForSelector('pierce/.highlight', { timeout: 5000 });
    await sleep(1000);
    expect(await onScreen(page, '7.1')).toBe(true);
    // Only the section that holds the clause opened.
    expect(await page.$$eval('details', (all) => all.map((d) => (d as HTMLDetailsElement).open))).toEqual([false, false, true, false]);

    await showClause(page, '13.1');
    await sleep(1000);
    expect(await onScreen(page, '13.1')).toBe(true);
    expect(await page.$eval('section', (s) => s.hasAttribute('hidden'))).toBe(false);

    // A script's accordion whose button names the section it shows: opened by its button.
    await showClause(page, '15.1');
    await page.waitForSelector('pierce/.highlight', { timeout: 5000 });
    await sleep(1000);
    expect(await onScreen(page, '15.1')).toBe(true);
    expect(await page.$eval('#termination-button', (b) => b.getAttribute('aria-expanded'))).toBe('true');

    // An accordion whose closed header stands right before the hidden answer.
    await showClause(page, '18.1');
    await page.waitForSelector('pierce/.highlight', { timeout: 5000 });
    await sleep(1000);
    expect(await onScreen(page, '18.1')).toBe(true);

    // A tab panel not selected: its tab is selected.
    await showClause(page, '17.1');
    await page.waitForSelector('pierce/.highlight', { timeout: 5000 });
    await sleep(1000);
    expect(await onScreen(page, '17.1')).toBe(true);
    expect(await page.$eval('#panel-refunds', (p) => (p as HTMLElement).hidden)).toBe(true);

    const before = await statusText(page);
    expect(before).not.toContain('hidden');
    await showClause(page, '14.1');
    await page.waitForFunction(() => document.querySelector('clausewise-root')?.shadowRoot?.querySelector('.status')?.textContent?.includes('hidden'), { timeout: 5000 });
    expect(await page.$eval('#script-accordion', (el) => getComputedStyle(el).display)).toBe('none');
    // Showing a clause the page shows clears the note.
    await showClause(page, '12.1');
    await sleep(300);
    expect(await statusText(page)).toBe(before);
    await page.close();
  });
});

/** Terms whose script replaces them with new elements, one clause fewer, when the test says (as an app's update would). */
const RERENDERED = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Terms of Service – Relay</title></head><body><main id="terms">
<h1>Terms of Service</h1>
${Array.from({ length: 12 }, (_, i) => `<h2>${i + 1}. Section ${i + 1}</h2><p>${i + 1}.1 You agree to use Relay lawfully and to keep your account details up to date, as these terms describe in this section.</p>`).join('\n')}
<h2>13. Limitation of liability</h2><p>13.1 To the maximum extent permitted by law, Relay is not liable for any indirect or consequential loss, or for loss of profits or data.</p>
<h2>14. Governing law</h2><p>14.1 These terms are governed by the laws of the State of California.</p>
<h2>15. Disputes</h2><p>15.1 Any dispute shall be resolved exclusively by the state and federal courts in San Francisco County, California.</p>
<p><label><input type="checkbox" id="agree"> I agree to the Terms of Service</label></p>
</main><script>
  window.rerender = () => {
    const main = document.getElementById('terms');
    main.innerHTML = main.innerHTML.replace(/<h2>15\\.[^]*?<\\/p>/, '');
  };
</script></body></html>`;

describe.each<BrowserKind>(['chromium', 'firefox'])('clauses of terms re-rendered after the analysis, in %s', (kind) => {
  const env = useBrowserAndServer(kind, (server) => server.route('/relay-terms.html', RERENDERED));

  it('shows the clause in its new element, and says when the page no longer holds it', async () => {
    const page = await openAgreement(env.browser, env.server.url('/relay-terms.html'));
    await page.setViewport({ width: 1280, height: 700 });
    await page.evaluate(() => (window as unknown as { rerender(): void }).rerender());
    expect(await onScreen(page, '13.1')).toBe(false);

    await showClause(page, '13.1');
    await page.waitForSelector('pierce/.highlight', { timeout: 5000 });
    await sleep(1000);
    expect(await onScreen(page, '13.1')).toBe(true);

    await showClause(page, '15.1');
    await page
      .waitForFunction(() => document.querySelector('clausewise-root')?.shadowRoot?.querySelector('.status')?.textContent?.includes('no longer shows'), { timeout: 5000 })
      .catch(async (error: Error) => {
        throw new Error(`${error.message}; the panel's status said: ${await statusText(page).catch(() => '(no status)')}`);
      });
    await page.close();
  });
});
