/**
 * How a clause's structure reaches the reader, in Chromium and Firefox with the built extension,
 * on pages of the analysis cases (tests/unit/cases): an exclusion of liability that ends in
 * a colon shows its list items in its own card, one item to a line, and "Show in page" outlines
 * the exclusion with its list; a clause numbered past its
 * section's heading is shown without that heading; titles set as plain text ("2 Warranty
 * disclaimer", "How is My Account Closed?") head their clauses and are not cards of their own; a
 * clause's bold run-in title or defined term does not make it emphasised, while a statement in
 * bold or in colour (the browser's computed style) does, and so does a short Chinese line in bold
 * that states something ("本公司不保证服务不会中断"), which is no title; and where a page sets whole
 * paragraphs in a heading (as Markdown does above a "=====" line), the bold among them is
 * emphasis while the heading's own weight is none. Subsection titles set as plain lines
 * ("4.2.1 Dispute resolution and arbitration") and titles left as loose text between paragraphs
 * head their clauses, and a clause under a title that names liability or disputes, or that
 * opens with such a title of its own, is listed there where its own words carry the topic; a
 * table of contents left in the text is no clause, and a heading's permalink ("¶") is no part of
 * its title. A title the page left at the end of the text before it ("… is not limited. 2.
 * RESTRICTIONS AND RESPONSIBILITIES") heads the clauses after it, and so does a further
 * agreement's title left as loose text ("Example Subscription Terms"), and so do titles in
 * capitals run together ("DISPUTE RESOLUTION BY BINDING ARBITRATION. CLASS ACTION WAIVER"), and
 * the opening title of a section's first clause ("15. Dispute Resolution. Please read …").
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type BrowserKind, type LaunchedBrowser } from './harness/browsers';
import { casePage } from './harness/paths';
import { startServer, type TestServer } from './harness/server';
import { openAgreement, panelCategoryOf } from './panel-helpers';


interface Card {
  number: string | null;
  heading: string | null;
  text: string;
  /** The card says "emphasised by the provider". */
  emphasized: boolean;
}

const cards = (page: Page): Promise<Card[]> =>
  page.$$eval('pierce/.clause', (els) =>
    els.map((el) => ({
      number: el.querySelector('.clause-number')?.textContent ?? null,
      heading: el.querySelector('.clause-heading')?.textContent ?? null,
      text: el.querySelector('.clause-text')?.textContent ?? '',
      emphasized: el.querySelector('.tag-emph') !== null,
    })),
  );

/** The top of each of `lines` as the card for clause `number` renders it (null: not found). */
const lineTops = (page: Page, number: string, lines: string[]) =>
  page.$$eval(
    'pierce/.clause',
    (els, n, wanted) => {
      const card = els.find((el) => el.querySelector('.clause-number')?.textContent === n);
      const text = card?.querySelector('.clause-text');
      if (!text) return null;
      return wanted.map((line) => {
        const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.nodeValue!.indexOf(line);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          return range.getBoundingClientRect().top;
        }
        return null;
      });
    },
    number,
    lines,
  );

describe.each<BrowserKind>(['chromium', 'firefox'])('clause structure in the panel in %s', (kind) => {
  let server: TestServer;
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    server = await startServer();
    server.route('/cases/liability-list.html', casePage('en-liability-list'));
    server.route('/cases/flat-titles.html', casePage('en-flat-titles'));
    server.route('/cases/run-in-titles.html', casePage('en-run-in-titles'));
    server.route('/cases/run-in-titles-zh.html', casePage('zh-run-in-titles'));
    server.route('/cases/question-headings.html', casePage('en-question-headings'));
    server.route('/cases/subsection-titles.html', casePage('en-subsection-titles'));
    server.route('/cases/section-topics.html', casePage('en-section-topics'));
    server.route('/cases/loose-titles.html', casePage('en-loose-titles'));
    server.route('/cases/opening-titles.html', casePage('en-opening-titles'));
    server.route('/cases/table-of-contents.html', casePage('en-table-of-contents'));
    server.route('/cases/linked-contents.html', casePage('en-linked-contents'));
    server.route('/cases/heading-permalinks.html', casePage('en-heading-permalinks'));
    server.route('/cases/trailing-titles.html', casePage('en-trailing-titles'));
    server.route('/cases/caps-titles-run-together.html', casePage('en-caps-titles-run-together'));
    server.route('/cases/opening-title-sections.html', casePage('en-opening-title-sections'));
    server.route('/cases/short-bold-statements-zh.html', casePage('zh-short-bold-statements'));
    server.route('/cases/paragraphs-in-headings-zh.html', casePage('zh-paragraphs-in-headings'));
    server.route('/cases/numbers-on-own-lines-zh.html', casePage('zh-numbers-on-own-lines'));
    browser = await launchWithExtension(kind);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The case page at `path`, once its panel lists clauses (`selector`: a part of them to wait for). */
  const openCase = async (path: string, selector = 'pierce/.clause'): Promise<Page> => {
    const page = await openAgreement(browser, server.url(path));
    await page.waitForSelector(selector, { timeout: 15_000 });
    return page;
  };

  it('shows a liability exclusion with its list items, one to a line, and no stale heading', async () => {
    const page = await openCase('/cases/liability-list.html', 'pierce/.clause-number');
    const shown = await cards(page);
    const lead = shown.find((c) => c.number === '7.1');
    expect(lead?.text).toContain('any of the following:\n• loss of profits;\n• loss of data;\n• indirect or consequential loss; or\n• business interruption.');
    expect(await panelCategoryOf(page, '7.1')).toBe('liability');
    // No item is a card of its own.
    expect(shown.filter((c) => c.text.startsWith('loss of') || c.text.startsWith('business interruption'))).toEqual([]);
    // Each item on a line below the one before ("data" is the provider's bold, a text of its own).
    const tops = await lineTops(page, '7.1', ['Subject to', 'loss of profits', 'data', 'indirect', 'business interruption']);
    expect(tops).not.toContain(null);
    for (let i = 1; i < tops!.length; i++) expect(tops![i]!).toBeGreaterThan(tops![i - 1]!);

    expect(shown.find((c) => c.number === '7.2')?.heading).toBe('7. Limitation of liability');
    expect(shown.find((c) => c.number === '9')?.heading).toBeNull();
    await page.close();
  });

  it('outlines the exclusion with its list when the reader asks to see it in the page', async () => {
    const page = await openCase('/cases/liability-list.html', 'pierce/.clause-number');
    for (const card of await page.$$('pierce/.clause')) {
      if ((await card.$eval('.clause-number', (el) => el.textContent).catch(() => null)) !== '7.1') continue;
      await (await card.$('.show'))!.click();
      break;
    }
    await page.waitForSelector('pierce/.highlight', { timeout: 5000 });
    // The highlight follows the smooth scroll; measure once it has settled.
    await new Promise((r) => setTimeout(r, 1000));
    const boxes = await page.evaluate(() => {
      const box = (el: Element | null | undefined) => {
        const r = el!.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom };
      };
      const lead = [...document.querySelectorAll('p')].find((p) => p.textContent?.startsWith('7.1'));
      return {
        lead: box(lead),
        list: box(lead?.nextElementSibling),
        highlight: box(document.querySelector('clausewise-root')?.shadowRoot?.querySelector('.highlight')),
      };
    });
    expect(boxes.highlight.top).toBeLessThanOrEqual(boxes.lead.top);
    expect(boxes.highlight.bottom).toBeGreaterThanOrEqual(boxes.list.bottom);
    // And no further than the clause: the next paragraph (7.2) is not inside it.
    expect(boxes.highlight.bottom).toBeLessThan(boxes.list.bottom + 30);
    await page.close();
  });

  it('heads clauses with titles set as plain text, and lists no title as a clause', async () => {
    const page = await openCase('/cases/flat-titles.html');
    const shown = await cards(page);
    const disclaimer = shown.find((c) => c.text.startsWith('THE SERVICE IS PROVIDED'));
    expect(disclaimer?.heading).toBe('2 Warranty disclaimer');
    for (const title of ['2 Warranty disclaimer', '16 14. Disclaimers', 'WHAT IS THE SCOPE', '5. Order Process.']) {
      expect(shown.filter((c) => c.text.startsWith(title)), title).toEqual([]);
    }
    expect(shown.find((c) => c.text.startsWith('You must be at least 18'))).toBeDefined();
    await page.close();
  });

  it('counts neither a bold run-in title nor a bold defined term as the provider emphasising a clause', async () => {
    const page = await openCase('/cases/run-in-titles.html');
    const shown = await cards(page);
    // "1. **Registration.** … (“**Account**”) …", "2. **Feedback.** …", "5. **Who Can Use It.** …": no key clauses.
    for (const number of ['1', '2', '5']) expect(shown.find((c) => c.number === number), number).toBeUndefined();
    // Key by its words, not emphasised: only its title is bold.
    expect(shown.find((c) => c.number === '4')?.emphasized).toBe(false);
    // A bold disclaimer after its bold title, and a bold sentence: emphasised.
    expect(shown.find((c) => c.number === '3')?.emphasized).toBe(true);
    expect(shown.find((c) => c.text.startsWith('You agree to bring every claim'))?.emphasized).toBe(true);
    await page.close();
  });

  it('takes a Chinese statement set in colour for emphasis, and a bold run-in title for none', async () => {
    const page = await openCase('/cases/run-in-titles-zh.html');
    const shown = await cards(page);
    expect(shown.find((c) => c.number === '1.1')).toBeUndefined();
    expect(shown.find((c) => c.number === '1.4')?.emphasized).toBe(false);
    expect(shown.find((c) => c.number === '1.5')?.emphasized).toBe(true);
    await page.close();
  });

  it('takes a short Chinese line in bold that states something for an emphasised clause, not a title', async () => {
    const page = await openCase('/cases/short-bold-statements-zh.html');
    const shown = await cards(page);
    for (const number of ['2.1', '2.2']) {
      const card = shown.find((c) => c.number === number);
      expect(card?.emphasized, number).toBe(true);
      expect(card?.heading, number).toBe('二、免责条款');
      expect(await panelCategoryOf(page, number), number).toBe('liability');
    }
    expect(shown.find((c) => c.number === '2.3')?.heading).toBe('二、免责条款');
    await page.close();
  });

  it('takes the bold inside a heading that holds whole paragraphs for emphasis, and the heading\'s own weight for none', async () => {
    const page = await openCase('/cases/paragraphs-in-headings-zh.html');
    const shown = await cards(page);
    const card = (start: string) => shown.find((c) => c.text.startsWith(start));
    for (const start of ['非示例公司原因', '示例公司依照法律法规']) expect(card(start)?.emphasized, start).toBe(true);
    for (const start of ['基于不可抗力', '本协议的生效']) expect(card(start)?.emphasized, start).toBe(false);
    expect(card('非示例公司原因')?.heading).toBe('第二条 帐号安全');
    expect(card('本协议的生效')?.heading).toBe('第五条 法律适用');
    // The text in the heading's own weight, with no words of a key clause, is no card.
    expect(card('用户应妥善保管')).toBeUndefined();
    // A list numbered anew after its lead is one card with it, an item to a line.
    expect(card('因下列原因导致')?.text).toContain('我们免于承担责任：\n1、我们的系统停机维护或升级；\n2、因台风、地震、洪水等不可抗力原因。');
    expect(card('1、')).toBeUndefined();
    await page.close();
  });

  it('numbers a clause whose number stands on the line above it ("2.<br>任何由于…"), and lists no number as a card or heading', async () => {
    const page = await openCase('/cases/numbers-on-own-lines-zh.html', 'pierce/.clause-number');
    const shown = await cards(page);
    const second = shown.find((c) => c.number === '2');
    expect(second?.text).toContain('任何由于黑客攻击');
    expect(second?.heading).toBe('四、免责声明');
    expect(shown.find((c) => c.number === '5.1')?.text).toContain('适用中华人民共和国大陆地区法律');
    // No number is a card, nor a heading, of its own.
    expect(shown.filter((c) => /^[\d.]+$/u.test(c.text) || /^[\d.]+$/u.test(c.heading ?? ''))).toEqual([]);
    await page.close();
  });

  it('heads the clauses below a question set on a line of its own or in a heading element', async () => {
    const page = await openCase('/cases/question-headings.html');
    const shown = await cards(page);
    expect(shown.find((c) => c.text.startsWith('Example Notes may suspend'))?.heading).toBe('How is My Account Closed?');
    expect(shown.find((c) => c.text.startsWith('These Terms and any dispute'))?.heading).toBe('What Law Applies to My Use of Example Notes?');
    expect(shown.filter((c) => c.text.startsWith('How is My Account Closed?'))).toEqual([]);
    // A long question in a heading element is its title too, not a card.
    expect(shown.find((c) => c.text.startsWith('You can request that Example Notes erase'))?.heading).toBe(
      'WHAT ARE YOUR RIGHTS WITH RESPECT TO THE PROCESSING OF YOUR PERSONAL DATA WHEN YOU USE EXAMPLE NOTES?',
    );
    expect(shown.filter((c) => c.text.startsWith('WHAT ARE YOUR RIGHTS'))).toEqual([]);
    await page.close();
  });

  it('heads clauses with subsection titles set as plain lines, and with a section title run into its first subsection\'s', async () => {
    const page = await openCase('/cases/subsection-titles.html');
    const shown = await cards(page);
    const card = (start: string) => shown.find((c) => c.text.startsWith(start));
    expect(card('We may modify these terms')?.heading).toBe('1.2 Change');
    expect(card('These terms are governed')?.heading).toBe('4 Choice of law, mandatory arbitration, and venue › 4.1 Governing Law / Jurisdiction');
    expect(card('You and Example agree')?.heading).toBe('4.2.1 Dispute resolution and arbitration');
    // Past the subsection "2.1 Extended Warranty", clause 3 is in the part whose title the subsection stood in.
    expect(shown.find((c) => c.number === '3')?.heading).toBe('ADDITIONAL TERMS FOR EXAMPLE PREMIUM');
    for (const title of ['4 Choice of law', '4.2 ARBITRATION', '4.2.1 Dispute', '1.2 Change']) {
      expect(shown.filter((c) => c.text.startsWith(title)), title).toEqual([]);
    }
    await page.close();
  });

  it('heads clauses with a title left as loose text between paragraphs, and lists no such title as a clause', async () => {
    const page = await openCase('/cases/loose-titles.html');
    const shown = await cards(page);
    expect(shown.find((c) => c.text.startsWith('Example reserves the right'))?.heading).toBe('Suspending or terminating your access to Example services');
    expect(shown.find((c) => c.text.startsWith('We are not liable for lost photos'))?.heading).toBe('Settling disputes, governing law, and courts');
    expect(shown.filter((c) => c.text.startsWith('Suspending or terminating'))).toEqual([]);
    await page.close();
  });

  it('lists a clause under a title that names its topic in that topic, where its words carry it', async () => {
    const page = await openCase('/cases/section-topics.html');
    const categoryOf = (start: string) =>
      page.$$eval(
        'pierce/.clause',
        (els, wanted) => els.find((el) => el.querySelector('.clause-text')?.textContent?.startsWith(wanted))?.closest('.group')?.getAttribute('data-category') ?? null,
        start,
      );
    expect(await categoryOf('YOUR SOLE REMEDY')).toBe('liability');
    expect(await categoryOf('Arbitration is more informal')).toBe('dispute');
    // Neither the title without the words nor the words without the title.
    expect(await categoryOf('You can reach our support team')).toBeNull();
    expect(await categoryOf('Moderators may refer')).toBeNull();
    await page.close();
  });

  it('lists a clause under its own opening title\'s topic, where its words carry it', async () => {
    const page = await openCase('/cases/opening-titles.html', 'pierce/.clause-number');
    expect(await panelCategoryOf(page, 'a')).toBe('dispute');
    expect(await panelCategoryOf(page, 'b')).toBe('liability');
    expect(await panelCategoryOf(page, 'd')).toBe('change');
    // "Dispute Resolution." over a support notice, "Changes to the Store." over the catalogue.
    for (const number of ['c', 'e']) expect(await panelCategoryOf(page, number), number).toBeNull();
    await page.close();
  });

  it('lists no table of contents as a clause, and heads clauses with numbered titles left as loose text', async () => {
    const page = await openCase('/cases/table-of-contents.html');
    const shown = await cards(page);
    expect(shown.filter((c) => c.text.startsWith('Table of Contents'))).toEqual([]);
    expect(shown.find((c) => c.text.startsWith('We are not liable for any loss'))?.heading).toBe('2. Disclaimer and Limit of Liability');
    expect(shown.find((c) => c.text.startsWith('In the unlikely event'))?.heading).toBe('4. Governing Law and Dispute Resolution');
    await page.close();
  });

  it('lists no item of a list of links to the sections below as a clause', async () => {
    const page = await openCase('/cases/linked-contents.html');
    const shown = await cards(page);
    for (const start of ['1. What happens', '2. Our liability', 'When we may close', 'Why we are not liable', 'HOW LONG WE KEEP', 'WHAT ARE YOUR RIGHTS']) {
      expect(shown.filter((c) => c.text.startsWith(start)), start).toEqual([]);
    }
    expect(shown.find((c) => c.text.startsWith('We are not liable for any indirect'))).toBeDefined();
    // Links in capitals are no titles of what follows them: the sections keep their own.
    expect(shown.find((c) => c.text.startsWith('We may retain your personal data'))?.heading).toBe('HOW LONG WE KEEP YOUR DATA');
    await page.close();
  });

  it('heads clauses with their titles without the titles\' permalinks, whose numbers still count', async () => {
    const page = await openCase('/cases/heading-permalinks.html');
    const shown = await cards(page);
    expect(shown.find((c) => c.text.startsWith('To the maximum extent'))?.heading).toBe('8. Limitation of liability');
    expect(shown.find((c) => c.text.startsWith('These terms are governed'))?.heading).toBe('9. Governing law');
    // Numbered past "9. Governing law" ("# 9. …" read with its permalink had no number).
    expect(shown.find((c) => c.number === '10')?.heading).toBeNull();
    await page.close();
  });

  it('heads clauses with a next agreement\'s loose title, and with section titles left at the end of the text before them', async () => {
    const page = await openCase('/cases/trailing-titles.html', 'pierce/.clause-number');
    const shown = await cards(page);
    expect(shown.find((c) => c.text.startsWith('BY CHECKING'))?.heading).toBe('Example Subscription Terms');
    expect(shown.find((c) => c.number === '2.1')?.heading).toBe('2. RESTRICTIONS AND RESPONSIBILITIES');
    expect(shown.find((c) => c.number === '3.1')?.heading).toBe('3. Limitation of liability');
    // Two titles run together: "… the claim. 4. WARRANTY. SOFTWARE SECURITY".
    expect(shown.find((c) => c.number === '4.1')?.heading).toBe('4. WARRANTY. SOFTWARE SECURITY');
    expect(shown.filter((c) => /Example Subscription Terms|RESTRICTIONS AND|Limitation of liability|WARRANTY\./u.test(c.text))).toEqual([]);
    await page.close();
  });

  it('heads clauses with two titles run together, and lists them in the titles\' topic or their section\'s', async () => {
    const page = await openCase('/cases/caps-titles-run-together.html', 'pierce/.clause-number');
    const shown = await cards(page);
    expect(shown.find((c) => c.number === '3.2')?.heading).toBe('3. DISPUTE RESOLUTION BY BINDING ARBITRATION. CLASS ACTION WAIVER');
    expect(await panelCategoryOf(page, '3.2')).toBe('dispute');
    expect(shown.filter((c) => c.text.startsWith('3. DISPUTE') || c.text.startsWith('5. Governing Law'))).toEqual([]);
    expect(shown.find((c) => c.text.startsWith('The courts in some countries'))?.heading).toBe('5. Governing Law. Venue.');
    // A subsection whose own title names no topic ("6.1 Notice; Process") is read in its section's.
    const category = await page.$$eval('pierce/.clause', (els) =>
      els.find((el) => el.querySelector('.clause-text')?.textContent?.startsWith('A party who intends'))?.closest('.group')?.getAttribute('data-category') ?? null,
    );
    expect(category).toBe('dispute');
    await page.close();
  });

  it('heads a section\'s clauses with the opening title of its first clause ("15. Dispute Resolution. Please read …")', async () => {
    const page = await openCase('/cases/opening-title-sections.html', 'pierce/.clause-number');
    const shown = await cards(page);
    expect(shown.find((c) => c.text.startsWith('IF YOU AGREE'))?.heading).toBe('15. Dispute Resolution');
    expect(shown.find((c) => c.number === '15.2')?.heading).toBe('15. Dispute Resolution');
    expect(await panelCategoryOf(page, '15.2')).toBe('dispute');
    await page.close();
  });
});
