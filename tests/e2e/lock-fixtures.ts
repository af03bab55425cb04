/**
 * Serves the lock fixture pages (tests/e2e/pages/lock/) under /lock/, filling in the shared
 * agreement text (`<!--TERMS-->`), the other origin for cross-origin frames and links
 * (`{{OTHER_ORIGIN}}`: the same server reached as `localhost`), and a linked-terms address
 * (`{{TERMS_URL}}`, from the `terms` query parameter).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { pagesDir } from './harness/paths';
import type { TestServer } from './harness/server';

export function serveLockFixtures(server: TestServer): void {
  server.route(/^\/lock\//, async ({ hit }) => {
    // A single-page app's client-side addresses (/lock/spa/signup) reload the app's own page.
    const view = /^\/lock\/([\w-]+)\/./u.exec(hit.path);
    const name = view ? `${view[1]}.html` : hit.path.slice('/lock/'.length);
    const [page, terms] = await Promise.all([readFile(join(pagesDir, 'lock', name), 'utf8'), readFile(join(pagesDir, 'lock', 'terms-body.html'), 'utf8')]);
    return {
      type: 'text/html; charset=utf-8',
      body: page
        .replace('<!--TERMS-->', terms)
        .replaceAll('{{OTHER_ORIGIN}}', otherOrigin(server))
        .replaceAll('{{TERMS_URL}}', hit.query.terms ?? '/lock/terms.html'),
    };
  });
}

/** The same server under another origin. */
export function otherOrigin(server: TestServer): string {
  return `http://localhost:${server.port}`;
}

export const isChecked = (page: Page, selector: string) => page.$eval(selector, (el) => (el as HTMLInputElement).checked);

/** Text the page's own handlers logged. */
export const pageLog = (page: Page) => page.$eval('#log', (el) => el.textContent ?? '');

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Skip review through the panel, as a user would (confirmed). */
export async function skipReview(page: Page): Promise<void> {
  await page.click('pierce/.skip');
  await page.click('pierce/.confirm .danger');
}
