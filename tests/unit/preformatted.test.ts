/**
 * Plain-text agreements (a licence in <pre>, an EULA in a read-only text box): their paragraphs
 * are line breaks, found by utils/analysis/preformatted.ts.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { collectBlocks } from '../../utils/analysis/blocks';
import { BREAK, isReadOnlyTextBox, PlainTextParagraphs, plainTextParagraphs, wrapWidth } from '../../utils/analysis/preformatted';

const WRAPPED = [
  'This license governs your use of the Orchard Tools software and its',
  'documentation (the "Software"). By installing the Software you accept',
  'this license.',
  '1. Grant. Subject to the terms of this license, Orchard Labs grants you',
  '   a worldwide, royalty-free, non-exclusive license to use the Software',
  '   in source or binary form.',
  '2. No Warranty. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF',
  '   ANY KIND, EXPRESS OR IMPLIED.',
].join('\n');

describe('plainTextParagraphs', () => {
  it('keeps the lines of text wrapped by hand together, and ends a paragraph at a short line or a numbered clause', () => {
    expect(wrapWidth(WRAPPED)).toBe(71);
    expect(plainTextParagraphs(WRAPPED).map((p) => p.replace(/\s+/gu, ' '))).toEqual([
      'This license governs your use of the Orchard Tools software and its documentation (the "Software"). By installing the Software you accept this license.',
      '1. Grant. Subject to the terms of this license, Orchard Labs grants you a worldwide, royalty-free, non-exclusive license to use the Software in source or binary form.',
      '2. No Warranty. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.',
    ]);
  });

  it('takes every line of text not wrapped by hand as a paragraph of its own', () => {
    const text = 'Terms of Use\nWe may suspend your account at any time.\nThese terms are governed by the laws of Ireland and the courts of Dublin decide any dispute.\nContact us at help@example.com.';
    expect(wrapWidth(text)).toBe(0);
    expect(plainTextParagraphs(text)).toEqual(text.split('\n'));
  });

  it('ends paragraphs at blank lines, and at Chinese clause numbers', () => {
    const text = '用户注册协议\n\n一、总则\n1. 本协议是您与本站之间的协议。\n2. 本站有权修订本协议。\r\n\r\n\r\n二、免责声明\n因不可抗力导致服务中断的，本站不承担责任。';
    expect(plainTextParagraphs(text)).toEqual(['用户注册协议', '一、总则', '1. 本协议是您与本站之间的协议。', '2. 本站有权修订本协议。', '二、免责声明', '因不可抗力导致服务中断的，本站不承担责任。']);
  });

  it('judges a line break that ends one piece of text by the line that starts the next (text split by <b>)', () => {
    const lines = new PlainTextParagraphs(wrapWidth(WRAPPED));
    const [first, second] = [WRAPPED.slice(0, WRAPPED.indexOf('1. Grant')), WRAPPED.slice(WRAPPED.indexOf('1. Grant'))];
    const out = [...lines.split(first), ...lines.split(second)];
    expect(out.filter((p) => p === BREAK)).toHaveLength(2);
    expect(out.indexOf(BREAK)).toBe(out.indexOf('1. Grant. Subject to the terms of this license, Orchard Labs grants you') - 1);
  });
});

describe('isReadOnlyTextBox', () => {
  const box = (attributes: string, text = 'These terms are governed by the laws of Ireland. '.repeat(6)) =>
    new JSDOM(`<textarea ${attributes}>${text}</textarea>`).window.document.querySelector('textarea')!;

  it('reads the text boxes a page filled and locked, not those the user types in, nor short ones', () => {
    expect(isReadOnlyTextBox(box('readonly'))).toBe(true);
    expect(isReadOnlyTextBox(box('disabled'))).toBe(true);
    expect(isReadOnlyTextBox(box(''))).toBe(false);
    expect(isReadOnlyTextBox(box('readonly', '<iframe src="https://example.com/embed/1"></iframe>'))).toBe(false);
  });
});

describe('collectBlocks on preformatted text', () => {
  const collect = (html: string) => collectBlocks(new JSDOM(`<body>${html}</body>`).window.document.body);
  const blocksOf = (html: string) => collect(html).map((b) => b.text);

  it('splits a <pre> agreement into paragraphs, its emphasis kept', () => {
    const blocks = collect('<pre>Terms of Use\n\n1. We may change these terms.\n2. <b>We are not liable</b> for lost data.\n3. Irish law applies.</pre>');
    expect(blocks.map((b) => b.text)).toEqual(['Terms of Use', '1. We may change these terms.', '2. We are not liable for lost data.', '3. Irish law applies.']);
    expect(blocks[2].emphasized).toEqual([{ start: 3, end: 20 }]);
  });

  it('leaves code as it was: one block, its numbered lines no clauses', () => {
    expect(blocksOf('<pre><code>1. poll tasks\n2. push tasks\n3. update statuses</code></pre>')).toEqual(['1. poll tasks 2. push tasks 3. update statuses']);
  });

  it('reads a read-only text box, and no box the user types in', () => {
    const terms =
      'These Terms of Use govern your use of the service and of every application we offer.\n\nWe are not liable for any indirect damages arising from the service or from its interruption.\nThese Terms are governed by the laws of Ireland.\n';
    expect(blocksOf(`<p>Read the terms:</p><textarea readonly>${terms}</textarea><textarea>${terms}</textarea>`)).toEqual([
      'Read the terms:',
      'These Terms of Use govern your use of the service and of every application we offer.',
      'We are not liable for any indirect damages arising from the service or from its interruption.',
      'These Terms are governed by the laws of Ireland.',
    ]);
  });
});
