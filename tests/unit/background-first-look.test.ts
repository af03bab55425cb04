/**
 * The background's half of the every-page check, driven through the browser's own events (the
 * fake browser's): what it loads into which frame for a tab's title and address, a subframe's
 * navigation, a single-page app's client-side navigation and an administrator's always-act
 * sites, and that it loads nothing twice for one document.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { routeFirstLooks } from '../../utils/sniff/background-first-look';
import { saveSettings } from '../../utils/settings/store';

type Tab = Browser.tabs.Tab;
const executeScript = vi.fn(async (_options: unknown): Promise<unknown[]> => []);
let nextTabId = 100;

/** What was loaded, as `frameId file`, for one tab. */
function loadsIn(tabId: number): string[] {
  return executeScript.mock.calls
    .map(([options]) => options as { target: { tabId: number; frameIds: number[] }; files: string[] })
    .filter((o) => o.target.tabId === tabId)
    .map((o) => `${o.target.frameIds[0]} ${o.files[0]}`);
}

function pageLoaded(tabId: number, url: string, title: string): Promise<unknown> {
  const tab = { id: tabId, url, title, status: 'complete' } as Tab;
  return fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'complete' }, tab);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeAll(() => {
  (fakeBrowser.scripting as unknown as { executeScript: typeof executeScript }).executeScript = executeScript;
  routeFirstLooks();
});
beforeEach(() => {
  executeScript.mockClear();
  nextTabId++;
});
afterEach(() => vi.useRealTimers());

describe('the background routes each frame by its title and address', () => {
  it('loads the analyser into a top frame whose title or address says terms, once per document', async () => {
    const tab = nextTabId;
    await pageLoaded(tab, 'https://shop.test/legal/terms', 'Shop');
    await pageLoaded(tab, 'https://shop.test/legal/terms', 'Shop');
    await settle();
    expect(loadsIn(tab)).toEqual(['0 /content-scripts/analyzer.js']);
    // A new document at the same address is loaded into again.
    await fakeBrowser.webNavigation.onCommitted.trigger({ tabId: tab, frameId: 0, url: 'https://shop.test/legal/terms' } as never);
    await pageLoaded(tab, 'https://shop.test/legal/terms', 'Shop');
    await settle();
    expect(loadsIn(tab)).toHaveLength(2);
  });

  it('loads the closer look into sign-up and install pages, nothing into other pages', async () => {
    const signup = nextTabId;
    await pageLoaded(signup, 'https://shop.test/account/signup', 'Shop');
    const news = ++nextTabId;
    await pageLoaded(news, 'https://news.test/2026/11/council', 'City news');
    await settle();
    expect(loadsIn(signup)).toEqual(['0 /closer-look.js']);
    expect(loadsIn(news)).toEqual([]);
  });

  it('judges a subframe by its own navigation, and leaves the top frame to the tab', async () => {
    const tab = nextTabId;
    await fakeBrowser.webNavigation.onCompleted.trigger({ tabId: tab, frameId: 7, url: 'https://pay.test/terms-of-service' } as never);
    await fakeBrowser.webNavigation.onCompleted.trigger({ tabId: tab, frameId: 8, url: 'https://ads.test/slot?id=3' } as never);
    await fakeBrowser.webNavigation.onCompleted.trigger({ tabId: tab, frameId: 0, url: 'https://shop.test/terms' } as never);
    await settle();
    expect(loadsIn(tab)).toEqual(['7 /content-scripts/analyzer.js']);
    // Parsed, then loaded: one injection; one that failed is tried again at the next event.
    const other = ++nextTabId;
    executeScript.mockRejectedValueOnce(new Error('Frame with ID 7 is showing error page'));
    await fakeBrowser.webNavigation.onDOMContentLoaded.trigger({ tabId: other, frameId: 7, url: 'https://pay.test/terms-of-service' } as never);
    await settle();
    await fakeBrowser.webNavigation.onCompleted.trigger({ tabId: other, frameId: 7, url: 'https://pay.test/terms-of-service' } as never);
    await fakeBrowser.webNavigation.onCompleted.trigger({ tabId: other, frameId: 7, url: 'https://pay.test/terms-of-service' } as never);
    await settle();
    expect(loadsIn(other)).toEqual(['7 /content-scripts/analyzer.js', '7 /content-scripts/analyzer.js']);
  });

  it('looks at a single-page app\'s view again each time it is shown, also at an address it showed before', async () => {
    vi.useFakeTimers();
    const tab = nextTabId;
    for (const url of ['https://app.test/signup', 'https://app.test/home', 'https://app.test/signup']) {
      await fakeBrowser.webNavigation.onHistoryStateUpdated.trigger({ tabId: tab, frameId: 0, url } as never);
      await vi.advanceTimersByTimeAsync(600);
    }
    expect(loadsIn(tab)).toEqual(['0 /sniffer.js', '0 /sniffer.js', '0 /sniffer.js']);
    // A view whose address says terms gets the analyser straight away.
    await fakeBrowser.webNavigation.onHistoryStateUpdated.trigger({ tabId: tab, frameId: 0, url: 'https://app.test/terms' } as never);
    await vi.advanceTimersByTimeAsync(600);
    expect(loadsIn(tab).at(-1)).toBe('0 /content-scripts/analyzer.js');
  });

  it('loads the analyser into the sites an administrator always wants analysed, unless they are never to be locked', async () => {
    await saveSettings({ alwaysSites: ['intranet.test'], neverLockSites: ['https://intranet.test/private*'] });
    const listed = nextTabId;
    await pageLoaded(listed, 'https://intranet.test/p/1', 'Intranet');
    const exempt = ++nextTabId;
    await pageLoaded(exempt, 'https://intranet.test/private', 'Intranet');
    await settle();
    expect(loadsIn(listed)).toEqual(['0 /content-scripts/analyzer.js']);
    expect(loadsIn(exempt)).toEqual([]);
    await saveSettings({ alwaysSites: [], neverLockSites: [] });
  });
});
