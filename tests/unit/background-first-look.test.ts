/**
 * The background's half of the every-page check, driven through the browser's own events (the
 * fake browser's): what it loads into which frame for a tab's title and address, a subframe's
 * navigation, the first look's answer, a single-page app's client-side navigation and an
 * administrator's always-act sites, and that it loads nothing twice for one document.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { routeFirstLooks } from '../../utils/sniff/background-first-look';
import { saveSettings } from '../../utils/settings/store';

type Tab = Browser.tabs.Tab;
interface Injection {
  target: { tabId: number; frameIds: number[] };
  files?: string[];
  func?: (...args: unknown[]) => unknown;
  args?: unknown[];
  world?: string;
}
/** The first look's answer in the fake page: a plain value, or a promise for one given later. */
let firstLookAnswer: () => unknown = () => false;
/** Whether the next script loaded (not the first look) fails, as into a frame not ready yet. */
let failNextLoad = false;
const executeScript = vi.fn(async (options: Injection): Promise<unknown[]> => {
  if (options.func) return [{ frameId: 0, result: await firstLookAnswer() }];
  if (failNextLoad) {
    failNextLoad = false;
    throw new Error('Frame with ID 7 is showing error page');
  }
  return [];
});
let nextTabId = 100;

const injectionsIn = (tabId: number) => executeScript.mock.calls.map(([options]) => options).filter((o) => o.target.tabId === tabId);

/** What was loaded, as `frameId file`, for one tab. */
function loadsIn(tabId: number): string[] {
  return injectionsIn(tabId)
    .filter((o) => o.files)
    .map((o) => `${o.target.frameIds[0]} ${o.files![0]}`);
}

/** The first looks sent, as `frameId world waitsForClicks`, for one tab. */
function firstLooksIn(tabId: number): string[] {
  return injectionsIn(tabId)
    .filter((o) => o.func)
    .map((o) => `${o.target.frameIds[0]} ${o.world} ${o.args![1]}`);
}

function pageLoaded(tabId: number, url: string, title: string): Promise<unknown> {
  const tab = { id: tabId, url, title, status: 'complete' } as Tab;
  return fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'complete' }, tab);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
/** Past the moment after which a parsed top frame that has not loaded is looked at. */
const waitForParsedPageLook = () => new Promise((resolve) => setTimeout(resolve, 260));

beforeAll(() => {
  (fakeBrowser.scripting as unknown as { executeScript: typeof executeScript }).executeScript = executeScript;
  routeFirstLooks();
});
beforeEach(() => {
  executeScript.mockClear();
  firstLookAnswer = () => false;
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
    failNextLoad = true;
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
    // The first view's look waits for clicks (its answer never comes here); the later ones answer "no" at once.
    firstLookAnswer = () => (executeScript.mock.calls.length === 1 ? new Promise(() => undefined) : false);
    for (const url of ['https://app.test/signup', 'https://app.test/home', 'https://app.test/signup']) {
      await fakeBrowser.webNavigation.onHistoryStateUpdated.trigger({ tabId: tab, frameId: 0, url } as never);
      await vi.advanceTimersByTimeAsync(600);
    }
    // Only one look per document waits for clicks.
    expect(firstLooksIn(tab)).toEqual(['0 MAIN true', '0 MAIN false', '0 MAIN false']);
    expect(loadsIn(tab)).toEqual([]);
    // A view whose address says terms gets the analyser straight away.
    await fakeBrowser.webNavigation.onHistoryStateUpdated.trigger({ tabId: tab, frameId: 0, url: 'https://app.test/terms' } as never);
    await vi.advanceTimersByTimeAsync(600);
    expect(loadsIn(tab).at(-1)).toBe('0 /content-scripts/analyzer.js');
  });

  it("sends the first look into a parsed top frame's page world, and loads the closer look where it says maybe", async () => {
    const tab = nextTabId;
    firstLookAnswer = () => true;
    await fakeBrowser.webNavigation.onDOMContentLoaded.trigger({ tabId: tab, frameId: 0, url: 'https://news.test/2026/11/council' } as never);
    await fakeBrowser.webNavigation.onDOMContentLoaded.trigger({ tabId: tab, frameId: 0, url: 'https://news.test/2026/11/council' } as never);
    await settle();
    // A page that has not loaded within a moment of being parsed is looked at before it loads.
    expect(firstLooksIn(tab)).toEqual([]);
    await waitForParsedPageLook();
    expect(firstLooksIn(tab)).toEqual(['0 MAIN true']);
    expect(loadsIn(tab)).toEqual(['0 /closer-look.js']);
    // "No": nothing more. A page still loading answers "not yet" to a look that would wait for
    // clicks; the look that waits is sent again once the page has loaded.
    const other = ++nextTabId;
    firstLookAnswer = () => null;
    await fakeBrowser.webNavigation.onDOMContentLoaded.trigger({ tabId: other, frameId: 0, url: 'https://news.test/p/2' } as never);
    await waitForParsedPageLook();
    firstLookAnswer = () => false;
    await fakeBrowser.webNavigation.onCompleted.trigger({ tabId: other, frameId: 0, url: 'https://news.test/p/2' } as never);
    await settle();
    expect(firstLooksIn(other)).toEqual(['0 MAIN true', '0 MAIN true']);
    expect(loadsIn(other)).toEqual([]);
  });

  it('sends a single look, which also waits for clicks, into a top frame that loads within a moment of being parsed', async () => {
    const tab = nextTabId;
    await fakeBrowser.webNavigation.onDOMContentLoaded.trigger({ tabId: tab, frameId: 0, url: 'https://news.test/p/3' } as never);
    await settle();
    await fakeBrowser.webNavigation.onCompleted.trigger({ tabId: tab, frameId: 0, url: 'https://news.test/p/3' } as never);
    await waitForParsedPageLook();
    expect(firstLooksIn(tab)).toEqual(['0 MAIN true']);
  });

  it('sends the first look into a subframe once it has loaded, and never into a frame it may not script', async () => {
    const tab = nextTabId;
    firstLookAnswer = () => true;
    await fakeBrowser.webNavigation.onDOMContentLoaded.trigger({ tabId: tab, frameId: 3, url: 'https://pay.test/checkout' } as never);
    await fakeBrowser.webNavigation.onDOMContentLoaded.trigger({ tabId: tab, frameId: 4, url: 'about:blank' } as never);
    await settle();
    expect(firstLooksIn(tab)).toEqual([]);
    await fakeBrowser.webNavigation.onCompleted.trigger({ tabId: tab, frameId: 3, url: 'https://pay.test/checkout' } as never);
    await fakeBrowser.webNavigation.onCompleted.trigger({ tabId: tab, frameId: 4, url: 'about:blank' } as never);
    await settle();
    expect(firstLooksIn(tab)).toEqual(['3 MAIN true']);
    expect(loadsIn(tab)).toEqual(['3 /closer-look.js']);
  });

  it('loads the closer look when a waiting first look says maybe after clicks, unless the frame has moved on to another document', async () => {
    const tab = nextTabId;
    let answerLater: (answer: boolean) => void = () => undefined;
    firstLookAnswer = () => new Promise<boolean>((resolve) => (answerLater = resolve));
    await fakeBrowser.webNavigation.onCompleted.trigger({ tabId: tab, frameId: 5, url: 'https://shop.test/p/1' } as never);
    await settle();
    expect(loadsIn(tab)).toEqual([]);
    answerLater(true);
    await settle();
    expect(loadsIn(tab)).toEqual(['5 /closer-look.js']);

    const other = ++nextTabId;
    await fakeBrowser.webNavigation.onCompleted.trigger({ tabId: other, frameId: 5, url: 'https://shop.test/p/1' } as never);
    await settle();
    await fakeBrowser.webNavigation.onCommitted.trigger({ tabId: other, frameId: 5, url: 'https://shop.test/p/2' } as never);
    answerLater(true);
    await settle();
    expect(loadsIn(other)).toEqual([]);
  });

  it('sends a waiting first look again when it hands its wait back, for as long as the document is there', async () => {
    const tab = nextTabId;
    let answerLater: (answer: boolean | null) => void = () => undefined;
    firstLookAnswer = () => new Promise<boolean | null>((resolve) => (answerLater = resolve));
    await fakeBrowser.webNavigation.onCompleted.trigger({ tabId: tab, frameId: 0, url: 'https://news.test/p/4' } as never);
    await settle();
    expect(firstLooksIn(tab)).toEqual(['0 MAIN true']);
    // Its time is up with no click that built anything: "ask again", and it is asked again.
    answerLater(null);
    await settle();
    expect(firstLooksIn(tab)).toEqual(['0 MAIN true', '0 MAIN true']);
    answerLater(true);
    await settle();
    expect(loadsIn(tab)).toEqual(['0 /closer-look.js']);
    // A document that is gone by the time the wait is handed back is not looked at again.
    const other = ++nextTabId;
    await fakeBrowser.webNavigation.onCompleted.trigger({ tabId: other, frameId: 0, url: 'https://news.test/p/5' } as never);
    await settle();
    await fakeBrowser.webNavigation.onCommitted.trigger({ tabId: other, frameId: 0, url: 'https://news.test/p/6' } as never);
    answerLater(null);
    await settle();
    expect(firstLooksIn(other)).toEqual(['0 MAIN true']);
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

describe('tabs open before the background ran', () => {
  it.each(['install', 'update'])('looks at each loaded web tab once the extension is installed, updated or the browser starts, and not again at tabs it has seen (%s)', async (installReason) => {
    const terms = nextTabId;
    const signup = ++nextTabId;
    const seen = ++nextTabId;
    const settings = ++nextTabId;
    // One tab this background already had the events of a loaded page for.
    await fakeBrowser.webNavigation.onCompleted.trigger({ tabId: seen, frameId: 0, url: 'https://news.test/story' } as never);
    await pageLoaded(seen, 'https://news.test/story', 'Story');
    await settle();
    const seenBefore = injectionsIn(seen).length;
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { id: terms, url: 'https://shop.test/legal/terms', title: 'Terms of Service', status: 'complete' },
      { id: signup, url: 'https://shop.test/register', title: 'Create your account', status: 'complete' },
      { id: seen, url: 'https://news.test/story', title: 'Story', status: 'complete' },
      { id: settings, url: 'chrome://settings/', title: 'Settings', status: 'complete' },
    ] as Tab[] as never);
    // The terms tab holds a payment provider's terms in a frame, and a blank frame.
    vi.spyOn(fakeBrowser.webNavigation, 'getAllFrames').mockImplementation((async ({ tabId }: { tabId: number }) =>
      tabId === terms
        ? [
            { frameId: 0, parentFrameId: -1, url: 'https://shop.test/legal/terms' },
            { frameId: 4, parentFrameId: 0, url: 'https://pay.test/terms-of-service' },
            { frameId: 5, parentFrameId: 0, url: 'about:blank' },
          ]
        : [{ frameId: 0, parentFrameId: -1, url: 'https://x.test/' }]) as never);
    firstLookAnswer = () => false;
    // A browser update is followed by its start, which looks at the tabs then.
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'chrome_update' } as never);
    await settle();
    expect(injectionsIn(terms)).toEqual([]);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: installReason } as never);
    await settle();
    expect(loadsIn(terms).sort()).toEqual(['0 /content-scripts/analyzer.js', '4 /content-scripts/analyzer.js']);
    expect(firstLooksIn(terms).sort()).toEqual(['0 MAIN true', '4 MAIN true']);
    // A sign-up page: the closer look by its address, and a first look that waits for clicks.
    expect(loadsIn(signup)).toEqual(['0 /closer-look.js']);
    expect(firstLooksIn(signup)).toEqual(['0 MAIN true']);
    expect(injectionsIn(seen)).toHaveLength(seenBefore);
    expect(injectionsIn(settings)).toEqual([]);

    // The browser starting again later: nothing twice.
    await fakeBrowser.runtime.onStartup.trigger();
    await settle();
    expect(loadsIn(terms)).toHaveLength(2);
    expect(firstLooksIn(signup)).toEqual(['0 MAIN true']);
  });
});
