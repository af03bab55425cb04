import path from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file so tests work from any working directory. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Shared corpus and fixtures live beside the repository, not inside it. */
export const sharedDir = path.resolve(projectRoot, '../shared');

/** Fixture pages written for the end-to-end tests. */
export const pagesDir = path.resolve(projectRoot, 'tests/e2e/pages');

/** Build output that `npm run build` leaves for each browser. */
export const extensionDirs = {
  chromium: path.resolve(projectRoot, '.output/chrome-mv3'),
  firefox: path.resolve(projectRoot, '.output/firefox-mv2'),
} as const;

/** The analysis cases (tests/unit/cases/<name>/page.html), which the end-to-end tests also serve. */
export const casesDir = path.resolve(projectRoot, 'tests/unit/cases');

/** The page of analysis case `name`, as served. */
export const casePage = (name: string): string => readFileSync(path.join(casesDir, name, 'page.html'), 'utf8');
