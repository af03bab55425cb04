/**
 * Agreements rendered by web components: the clauses sit in open shadow roots (nested, and with
 * light-DOM content slotted in). Each folder in shadow-cases/ holds a page written with
 * declarative shadow roots (`<template shadowrootmode="open">`), which the test attaches the
 * way a component's script would — jsdom does not parse them — and what the analysis must find:
 * as in cases/, plus `order` (clauses in the order the page renders them), `absent` (light-DOM
 * text no slot shows) and `inShadowRoot` (clauses whose page element is inside a shadow root).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../utils/analysis/analyze';
import { collectBlocks } from '../../utils/analysis/blocks';
import { findMainText } from '../../utils/analysis/main-text';
import { findOpenShadowRoots, renderedTextLength } from '../../utils/analysis/shadow-dom';

interface Expected {
  isAgreement: boolean;
  language: string;
  clauses: Array<{ number: string; emphasis: string; categories?: string[]; disputeKind?: string[] }>;
  order: string[];
  absent: string[];
  inShadowRoot: string[];
  agreeControls: Array<{ kind: string; text: string }>;
}

const casesDir = join(import.meta.dirname, 'shadow-cases');

/** What a component's constructor does: move each declarative template into a shadow root. */
function attachDeclarativeShadowRoots(root: Document | ShadowRoot): void {
  for (const template of Array.from(root.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode]'))) {
    const host = template.parentElement!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(template.content);
    template.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}

function load(html: string): Document {
  const dom = new JSDOM(html, { url: 'https://signup.example.com/register' });
  attachDeclarativeShadowRoots(dom.window.document);
  return dom.window.document;
}

describe.each(readdirSync(casesDir))('shadow case %s', (name) => {
  const expected = JSON.parse(readFileSync(join(casesDir, name, 'expected.json'), 'utf8')) as Expected;
  const html = readFileSync(join(casesDir, name, 'page.html'), 'utf8');

  it('finds the clauses inside the shadow roots with their numbers, categories and emphasis', () => {
    const doc = load(html);
    expect(findOpenShadowRoots(doc).length, 'the fixture has shadow roots').toBeGreaterThan(1);
    const { analysis, clauseElements } = analyzeDocument(doc);
    expect(analysis.isAgreement, analysis.reasons.join('; ')).toBe(expected.isAgreement);
    expect(analysis.language).toBe(expected.language);
    for (const want of expected.clauses) {
      const clause = analysis.clauses.find((c) => c.number === want.number);
      expect(clause, `clause ${want.number}`).toBeDefined();
      expect(clause!.emphasis, `emphasis of ${want.number}`).toBe(want.emphasis);
      for (const category of want.categories ?? []) expect(clause!.categories, `categories of ${want.number}`).toContain(category);
      if (want.disputeKind) expect(clause!.disputeKind).toEqual(want.disputeKind);
    }
    expect(analysis.agreeControls).toEqual(expected.agreeControls);

    const numbers = analysis.clauses.map((c) => c.number);
    expect(numbers.filter((n) => n !== undefined && expected.order.includes(n))).toEqual(expected.order);
    for (const number of expected.absent) expect(numbers).not.toContain(number);

    // "Show in page" scrolls to these elements: they must be the clause's own, in its shadow root.
    for (const number of expected.inShadowRoot) {
      const clause = analysis.clauses.find((c) => c.number === number)!;
      const element = clauseElements[clause.index];
      expect(element.getRootNode(), `root of ${number}`).toBeInstanceOf(doc.defaultView!.ShadowRoot);
      expect(element.textContent?.startsWith(`${number}.`), `element of ${number}`).toBe(true);
    }
  });
});

describe('reading through shadow roots', () => {
  it('lists nested shadow roots, outer ones first', () => {
    const doc = load(readFileSync(join(casesDir, 'app-shell', 'page.html'), 'utf8'));
    const hosts = findOpenShadowRoots(doc).map((r) => r.host.tagName.toLowerCase());
    expect(hosts).toEqual(['my-app', 'signup-form', 'terms-text']);
  });

  it('leaves Clausewise’s own panel out', () => {
    const doc = load('<!doctype html><body><p>Page text.</p></body>');
    const panel = doc.createElement('clausewise-root');
    panel.attachShadow({ mode: 'open' }).innerHTML = `<ul>${'<li>10.5. We are not liable for any indirect loss or damage of any kind.</li>'.repeat(20)}</ul>`;
    doc.documentElement.append(panel);
    expect(findOpenShadowRoots(doc)).toEqual([]);
    expect(analyzeDocument(doc).analysis.clauses.map((c) => c.text)).toEqual(['Page text.']);
  });

  it('finds no shadow roots in a plain page and measures text as textContent does', () => {
    const doc = load('<!doctype html><body><div id=a><p>One clause.</p><p>Another.</p></div></body>');
    expect(findOpenShadowRoots(doc)).toEqual([]);
    const a = doc.getElementById('a')!;
    expect(renderedTextLength([])(a)).toBe(a.textContent!.length);
  });

  it('counts the text of shadow roots below an element, but not their stylesheets', () => {
    const doc = load(
      '<!doctype html><body><div id=outer><x-box><template shadowrootmode="open"><style>p { color: red; margin: 0 }</style><p>Twelve chars</p></template></x-box></div></body>',
    );
    const length = renderedTextLength(findOpenShadowRoots(doc));
    expect(length(doc.getElementById('outer')!)).toBe('Twelve chars'.length);
  });

  it('reads a host where it stands, a slot where it stands, and fallback content of an empty slot', () => {
    const doc = load(
      `<!doctype html><body><div id=root><p>1. Before the component.</p>
      <x-terms><template shadowrootmode="open"><p>2. First shadow clause.</p><slot name=a></slot><p>4. After the slot.</p><slot name=empty><p>5. Fallback clause.</p></slot><slot></slot></template>
      <p slot=a>3. Slotted clause.</p><p>6. Default-slotted clause.</p></x-terms>
      <p>7. After the component.</p></div></body>`,
    );
    const texts = collectBlocks(doc.getElementById('root')!).map((b) => b.text);
    expect(texts).toEqual([
      '1. Before the component.',
      '2. First shadow clause.',
      '3. Slotted clause.',
      '4. After the slot.',
      '5. Fallback clause.',
      '6. Default-slotted clause.',
      '7. After the component.',
    ]);
  });

  it('finds emphasis inside a shadow root from tags and inline styles', () => {
    const doc = load(
      `<!doctype html><body><div id=root><x-terms><template shadowrootmode="open">
      <p>1. Plain text, then <b>bold words here</b>.</p><p><span style="text-decoration: underline">2. Underlined by style.</span></p>
      </template></x-terms></div></body>`,
    );
    const blocks = collectBlocks(doc.getElementById('root')!);
    const emphasised = blocks.map((b) => b.emphasized.map((r) => b.text.slice(r.start, r.end)));
    expect(emphasised).toEqual([['bold words here'], ['2. Underlined by style.']]);
  });

  it('takes the component holding most of the text as the main text, with its headings', () => {
    const doc = load(
      `<!doctype html><body><nav><a href="/">Home</a></nav><aside>${'News and offers that are not part of the terms. '.repeat(6)}</aside>
      <terms-dialog id=dialog><template shadowrootmode="open"><style>h2 { font-size: 20px }</style><h2>Terms of Service</h2><div class=body>
      ${Array.from({ length: 8 }, (_, i) => `<p>${i + 1}. You agree that this clause number ${i + 1} applies to your use of the service.</p>`).join('')}
      </div></template></terms-dialog></body>`,
    );
    const root = findMainText(doc, findOpenShadowRoots(doc));
    expect(root.id).toBe('dialog');
    expect(collectBlocks(root)[0]).toMatchObject({ text: 'Terms of Service', headingLevel: 2 });
  });
});
