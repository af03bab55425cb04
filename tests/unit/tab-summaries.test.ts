/**
 * Which frame's summary the browser's side panel mirrors for a tab (utils/tab-summaries.ts):
 * the top frame's, else the first subframe's that has one (terms in a frame of a checkout page).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabSummary } from '../../utils/messages';
import { forgetFrameSummary, getTabSummary, publishFrameSummary } from '../../utils/tab-summaries';

const summary = (url: string): TabSummary => ({ url, analysis: {} as TabSummary['analysis'], unlocked: false, inPage: true });

describe('the summary a tab shows in the side panel', () => {
  beforeEach(() => fakeBrowser.reset());

  it("is a subframe's while the top frame has none, and the top frame's once it has one", async () => {
    await publishFrameSummary(7, 3, summary('https://pay.test/terms'));
    expect(await getTabSummary(7)).toMatchObject({ url: 'https://pay.test/terms', frameId: 3 });
    // Another subframe does not take the place of the first; the first may update its own.
    await publishFrameSummary(7, 4, summary('https://ads.test/terms'));
    await publishFrameSummary(7, 3, { ...summary('https://pay.test/terms'), unlocked: true });
    expect(await getTabSummary(7)).toMatchObject({ url: 'https://pay.test/terms', frameId: 3, unlocked: true });

    await publishFrameSummary(7, 0, summary('https://shop.test/checkout'));
    expect(await getTabSummary(7)).toMatchObject({ url: 'https://shop.test/checkout', frameId: 0 });
    await publishFrameSummary(7, 3, summary('https://pay.test/terms'));
    expect(await getTabSummary(7)).toMatchObject({ url: 'https://shop.test/checkout', frameId: 0 });
  });

  it("is forgotten when its subframe moves to another document, and a subframe's move leaves the top frame's alone", async () => {
    await publishFrameSummary(8, 3, summary('https://pay.test/terms'));
    await forgetFrameSummary(8, 4);
    expect(await getTabSummary(8)).not.toBeNull();
    await forgetFrameSummary(8, 3);
    expect(await getTabSummary(8)).toBeNull();

    await publishFrameSummary(8, 0, summary('https://shop.test/terms'));
    await forgetFrameSummary(8, 3);
    expect(await getTabSummary(8)).toMatchObject({ frameId: 0 });
  });
});
