/**
 * clausewise analyze <file-or-url>... [--json]   is it an agreement, and its key clauses
 * clausewise classify                              one sentence per line in, categories out
 */
import { createInterface } from 'node:readline';
import { analyzeDocument } from '../utils/analysis/analyze';
import type { Analysis } from '../utils/analysis/types';
import { classifyDocument, detectLanguage } from '../utils/classify';
import { loadDocument } from './load-document';

const USAGE = `Usage:
  clausewise analyze <file-or-url>... [--json]
  clausewise classify            (reads one sentence per line from standard input)`;

export function toJson(source: string, analysis: Analysis) {
  return {
    source,
    isAgreement: analysis.isAgreement,
    confidence: analysis.confidence,
    reasons: analysis.reasons,
    language: analysis.language,
    title: analysis.title,
    clauses: analysis.keyClauses.map((c) => ({
      category: c.categories[0],
      categories: c.categories,
      ...(c.disputeKind && { disputeKind: c.disputeKind }),
      emphasized: c.emphasis !== 'none',
      emphasis: c.emphasis,
      ...(c.number !== undefined && { number: c.number }),
      ...(c.heading !== undefined && { heading: c.heading }),
      text: c.text,
    })),
    agreeControls: analysis.agreeControls,
  };
}

function printText(source: string, analysis: Analysis): void {
  const verdict = analysis.isAgreement ? 'agreement' : 'not an agreement';
  console.log(`${source}: ${verdict} (${analysis.language}, confidence ${analysis.confidence})`);
  if (!analysis.isAgreement) return;
  for (const c of analysis.keyClauses) {
    const mark = c.emphasis === 'none' ? ' ' : '*';
    const label = [c.number, c.heading].filter(Boolean).join(' · ');
    // One line per clause: a clause joined with its list items shows them after one another.
    const line = c.text.replace(/\s*\n\s*/gu, ' ');
    const text = line.length > 160 ? `${line.slice(0, 157)}…` : line;
    console.log(`  ${mark} [${c.categories.join(', ')}] ${label ? `${label}: ` : ''}${text}`);
  }
  for (const control of analysis.agreeControls) console.log(`  agree control (${control.kind}): ${control.text}`);
  console.log('  (* emphasised by the provider)');
}

async function analyze(inputs: string[], json: boolean): Promise<number> {
  let failures = 0;
  for (const input of inputs) {
    try {
      const loaded = await loadDocument(input);
      const { analysis } = analyzeDocument(loaded.document, { url: loaded.url });
      if (json) console.log(JSON.stringify(toJson(input, analysis)));
      else printText(input, analysis);
      loaded.close();
    } catch (error) {
      failures++;
      const message = error instanceof Error ? error.message : String(error);
      if (json) console.log(JSON.stringify({ source: input, error: message }));
      else console.error(`${input}: ${message}`);
    }
  }
  return failures > 0 ? 1 : 0;
}

async function classifyLines(): Promise<number> {
  // The lines are consecutive sentences of a document: read them all, so that each is classified
  // with its neighbours (classifyDocument; a run of under 50 lines, each alone). A blank line
  // ends a run of context. The language is that of the run (one short line says little about
  // its language), or of the whole input when the run is too short to tell.
  const lines: string[] = [];
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) lines.push(line);
  const inputLang = detectLanguage(lines.join('\n'));
  const out: string[] = new Array(lines.length).fill('');
  for (let start = 0; start < lines.length; ) {
    if (!lines[start].trim()) {
      start++;
      continue;
    }
    let end = start;
    while (end < lines.length && lines[end].trim()) end++;
    const run = lines.slice(start, end);
    const text = run.join('\n');
    const lang = text.length >= 400 ? detectLanguage(text) : inputLang;
    classifyDocument(run, lang).forEach((c, i) => (out[start + i] = c.categories.join(' ')));
    start = end;
  }
  if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'analyze') {
    const json = rest.includes('--json');
    const inputs = rest.filter((a) => a !== '--json');
    if (inputs.length === 0) {
      console.error(USAGE);
      return 2;
    }
    return analyze(inputs, json);
  }
  if (command === 'classify') return classifyLines();
  console.error(USAGE);
  return command === undefined || command === '--help' || command === '-h' ? 0 : 2;
}

// A reader that stops early (`clausewise analyze … | head`) closes the pipe: that ends the output,
// it is no error to report.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
