/**
 * Serving and loading the implicit-consent pages (tests/e2e/pages/implicit/) under /implicit/,
 * with the shared terms text (`<!--TERMS-->`) and a terms address (`{{TERMS_URL}}`, from the
 * `terms` query parameter) filled in.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { LaunchedBrowser } from './harness/browsers';
import { pagesDir } from './harness/paths';
import type { TestServer } from './harness/server';
import { sleep } from './lock-fixtures';

export const TERMS = '/lock/terms.html';

export function serveImplicitPages(server: TestServer): void {
  server.route(/^\/implicit\//, async ({ hit }) => {
    const [page, terms] = await Promise.all([
      readFile(join(pagesDir, 'implicit', hit.path.slice('/implicit/'.length)), 'utf8'),
      readFile(join(pagesDir, 'lock', 'terms-body.html'), 'utf8'),
    ]);
    return { type: 'text/html; charset=utf-8', body: page.replace('<!--TERMS-->', terms).replaceAll('{{TERMS_URL}}', hit.query.terms ?? TERMS) };
  });
}

/** Firefox over BiDi now and then reports a first navigation as rejected; one retry settles it. */
export async function load(browser: LaunchedBrowser, url: string): Promise<Page> {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
  } catch (error) {
    if (!String(error).includes('Address rejected')) throw error;
    await sleep(500);
    await page.goto(url, { waitUntil: 'load' });
  }
  return page;
}
