/**
 * Bundles the analysis (and the classifier) into one script that a benchmark injects into a
 * plain page, so the browser runs exactly the code the extension ships.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

export async function bundleForPage(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { analyzeDocument } from './utils/analysis/analyze';
        import { classify, detectLanguage } from './utils/classify';
        globalThis.__clausewiseBench = { analyzeDocument, classify, detectLanguage };
      `,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    loader: { '.json': 'json' },
  });
  return result.outputFiles[0].text;
}
