/**
 * Inputs of the command line — HTML files, Markdown files (rendered with `marked`, as many
 * archived agreements are Markdown) and URLs — as DOM documents.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { marked } from 'marked';

export interface LoadedDocument {
  source: string;
  url: string;
  document: Document;
  close(): void;
}

function isUrl(input: string): boolean {
  return /^https?:\/\//iu.test(input);
}

function isMarkdown(name: string, contentType = ''): boolean {
  return /\.(?:md|markdown)$/iu.test(new URL(name, 'file:///').pathname) || contentType.includes('markdown');
}

/** Markdown has no title element: the first heading (or the file name) stands in. */
export function markdownToHtml(markdown: string, fallbackTitle: string): string {
  // Archived agreements put one paragraph per line: single line breaks are real breaks.
  const body = withoutBracketedHeadings(withoutStrayDelimiters(marked.parse(markdown, { async: false, breaks: true }) as string));
  const heading = /^#{1,3}\s+(.+)$/mu.exec(markdown)?.[1]?.trim();
  const title = (heading ?? fallbackTitle).replace(/[<>&]/gu, ' ');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
}

/**
 * Emphasis delimiters that `marked` left as text because nothing closes them ("**特别约定" over
 * a heading's two lines, "[__**第九条…**]"): markup, not words of the agreement. Matched ones
 * are elements by now, so any `**` or `__` left in the text between tags is one of these; code
 * keeps its own.
 */
export function withoutStrayDelimiters(html: string): string {
  let inCode = 0;
  return html.replace(/(<[^>]*>)|([^<]+)/gu, (_, tag: string | undefined, text: string | undefined) => {
    if (tag) {
      if (/^<(?:code|pre)\b/iu.test(tag)) inCode++;
      else if (/^<\/(?:code|pre)>/iu.test(tag)) inCode = Math.max(0, inCode - 1);
      return tag;
    }
    return inCode > 0 ? text! : text!.replace(/\*\*+|__+/gu, '');
  });
}

/**
 * A line that is nothing but a bold title in square brackets ("[ __ **第一条【重要提示】**]", a
 * folding section header of the archived app, saved as a link with no target): `marked` keeps
 * the brackets as text, which then stood in the section's title. The brackets go; a line with
 * more than the one title, and brackets in running text, stay.
 */
export function withoutBracketedHeadings(html: string): string {
  return html.replace(/(^|<p>|<br>\n?)\[\s*(<(strong|em|b)>[^<]*<\/\3>)\s*\](?=<br>|<\/p>|\n|$)/gu, '$1$2');
}

/**
 * Single-file components (Vue and the like) keep their markup in a top-level <template>,
 * which a parser holds inert; the command line reads that markup as the page.
 */
export function unwrapComponentTemplate(html: string): string {
  const match = /^\s*<template\b[^>]*>([\s\S]*)<\/template>/iu.exec(html);
  return match ? `<!doctype html><html><head><meta charset="utf-8"></head><body>${match[1]}</body></html>` : html;
}

export async function loadDocument(input: string): Promise<LoadedDocument> {
  let html: string;
  let url: string;
  if (isUrl(input)) {
    const response = await fetch(input, { redirect: 'follow' });
    if (!response.ok) throw new Error(`${input}: HTTP ${response.status}`);
    const text = await response.text();
    url = response.url;
    html = isMarkdown(url, response.headers.get('content-type') ?? '') ? markdownToHtml(text, input) : text;
  } else {
    const path = resolve(input);
    const text = await readFile(path, 'utf8');
    url = pathToFileURL(path).href;
    html = isMarkdown(path) ? markdownToHtml(text, input.split('/').pop() ?? input) : text;
  }
  // Scripts never run and nothing is fetched: the page is data. Browsers with scripting on
  // treat <noscript> as raw text; without that flag the parser would read its markup (an
  // unclosed tracking <iframe/> there swallows the whole page), so it is dropped as browsers do.
  const dom = new JSDOM(unwrapComponentTemplate(html).replace(/<noscript\b[^>]*>[\s\S]*?<\/noscript\s*>/giu, ''), { url, virtualConsole: new VirtualConsole() });
  return { source: input, url, document: dom.window.document, close: () => dom.window.close() };
}
