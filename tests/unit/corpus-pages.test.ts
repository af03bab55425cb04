/**
 * Page-level detection on the shared corpus, judged by content alone (the corpus file names
 * say what each page is, so the address is neutralised): every agreement is detected, no
 * non-agreement is, and the agree controls of the acceptance forms are found. The statements
 * the Markdown agreements set in bold are shown as emphasised.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../cli/load-document';
import { analyzeDocument } from '../../utils/analysis/analyze';
import { findBoldStatements } from '../../scripts/corpus-bold-statements';

const corpus = resolve(import.meta.dirname, '../../../shared/corpus');
const rows = readFileSync(join(corpus, 'pages.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'))
  .map(([file, lang, kind]) => ({ file, lang, kind }));

async function analyse(file: string) {
  const loaded = await loadDocument(join(corpus, file));
  try {
    return analyzeDocument(loaded.document, { url: 'https://example.com/page' }).analysis;
  } finally {
    loaded.close();
  }
}

describe('corpus pages', () => {
  it.each(rows.filter((r) => r.kind === 'agreement').map((r) => r.file))('%s is detected as an agreement with key clauses', async (file) => {
    const analysis = await analyse(file);
    expect(analysis.isAgreement, analysis.reasons.join('; ')).toBe(true);
    expect(analysis.keyClauses.length).toBeGreaterThan(0);
  });

  it.each(rows.filter((r) => r.kind === 'non-agreement').map((r) => r.file))('%s is not an agreement', async (file) => {
    const analysis = await analyse(file);
    expect(analysis.isAgreement, analysis.reasons.join('; ')).toBe(false);
  });

  it.each([
    ['pages/acceptance-forms/signup-jd-clone-register-checkbox.html', 'checkbox'],
    ['pages/acceptance-forms/signup-passwordutils-contact-form-privacy-checkbox.html', 'checkbox'],
    ['pages/acceptance-forms/signup-yundianbao-register-with-embedded-agreement-modal.html', 'checkbox'],
    ['pages/acceptance-forms/signup-shijin-vue-register-steps-agreement-preamble.html', 'button'],
  ])('%s: the agree control is found', async (file, kind) => {
    const analysis = await analyse(file);
    expect(analysis.agreeControls.map((c) => c.kind)).toContain(kind);
  });

  it('shows the statements the Markdown agreements set in bold as emphasised clauses', async () => {
    let total = 0;
    const missed: string[] = [];
    for (const { file } of rows.filter((r) => r.kind === 'agreement' && r.file.endsWith('.md'))) {
      const found = findBoldStatements(readFileSync(join(corpus, file), 'utf8'), await analyse(file));
      total += found.total;
      missed.push(...found.missed);
    }
    // Measured: 204 of 211; the rest are bold lines the page reads as headings ("八、取消账号和终止、中止（即有期限停止）服务").
    expect(total).toBeGreaterThan(100);
    expect(missed.length / total, missed.join('\n')).toBeLessThan(0.08);
  });

  it('analyses the agreement hidden in the sign-up modal, emphasis and key clauses included', async () => {
    const analysis = await analyse('pages/acceptance-forms/signup-yundianbao-register-with-embedded-agreement-modal.html');
    expect(analysis.isAgreement).toBe(true);
    const categories = new Set(analysis.keyClauses.flatMap((c) => c.categories));
    for (const category of ['liability', 'law', 'dispute']) expect(categories).toContain(category);
    expect(analysis.keyClauses.some((c) => c.emphasis !== 'none')).toBe(true);
  });
});
