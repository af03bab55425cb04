/**
 * The background's half of the every-page check. Reading a title and an address costs a page
 * script a fifth of a millisecond and the hint lists' parse; the background has both for free:
 * the top frame's from the tab (`tabs.onUpdated`, also after a single-page app changes them),
 * a subframe's address from its navigation (`webNavigation`). It loads the analyser where they say
 * terms, the closer look where the first look said "maybe", and nothing elsewhere; after a
 * single-page app's client-side navigation it runs the first look again, so that a rendered
 * app needs no watching until it moves to a view with something to watch.
 */
import { browser, type Browser } from 'wxt/browser';
import { onMessage } from '../messages';
import { isAlwaysSite } from '../settings/always-sites';
import { isAcceptanceFlowAddress, isAgreementAddress } from './hints';

/** How long after a client-side navigation the new view is looked at. */
const VIEW_RENDER_MS = 500;

export type FrameStep = 'analyser' | 'closer-look' | undefined;

const FILES = {
  analyser: '/content-scripts/analyzer.js',
  'closer-look': '/closer-look.js',
  'first-look': '/sniffer.js',
} as const;

/**
 * What a frame needs, from its address (and title, for a top frame) and its first look. A
 * sign-up, install or checkout page is looked at closer even where the first look counted no
 * field: its agree control may be a lone "Accept and install" button.
 */
export function nextStep(url: string, title: string, mayHoldAgreement: boolean): FrameStep {
  if (isAgreementAddress(title, url)) return 'analyser';
  return mayHoldAgreement || isAcceptanceFlowAddress(title, url) ? 'closer-look' : undefined;
}

/**
 * What was loaded into each frame of each tab for which address (`step url`), so that the tab's
 * updates, the frame's navigation and its first look's message do not load the same script
 * twice (the analyser guards against a second run, but would still be parsed again). A frame's
 * entries are dropped when it loads a new document.
 */
const loadedInTabs = new Map<number, Map<number, Set<string>>>();

const entry = (step: FrameStep | 'first-look', url: string) => `${step} ${url}`;

async function load(tabId: number, frameId: number, step: FrameStep | 'first-look', url: string): Promise<boolean> {
  if (!step) return false;
  const frames = loadedInTabs.get(tabId) ?? new Map<number, Set<string>>();
  const loaded = frames.get(frameId) ?? new Set<string>();
  frames.set(frameId, loaded);
  loadedInTabs.set(tabId, frames);
  if (loaded.has(entry(step, url))) return true;
  loaded.add(entry(step, url));
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [FILES[step]] });
    return true;
  } catch {
    // A page the extension may not script (a browser page, a closed tab), or a frame not ready
    // yet: nothing to do now, and a later event for the same document may try again.
    loaded.delete(entry(step, url));
    return false;
  }
}

/** What a tab's top frame needs by its title and address, sites an administrator always wants analysed included. */
async function stepForTopFrame(url: string, title: string): Promise<FrameStep> {
  return (await isAlwaysSite(url)) ? 'analyser' : nextStep(url, title, false);
}

export function routeFirstLooks(): void {
  onMessage('mayHoldAgreement', ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const frameId = sender.frameId ?? 0;
    const url = sender.url ?? '';
    const title = frameId === 0 ? (sender.tab?.title ?? '') : '';
    void load(tabId, frameId, nextStep(url, title, true), url);
  });
  onMessage('requestAnalysis', ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return false;
    return load(tabId, sender.frameId ?? 0, 'analyser', sender.url ?? '');
  });

  // A new document in a frame: nothing is loaded in it yet, and the manifest runs the first look in it.
  browser.webNavigation.onCommitted.addListener(({ tabId, frameId }) => loadedInTabs.get(tabId)?.delete(frameId));
  // Once the page has loaded, and again whenever a single-page app changes its address or title.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (tab.status !== 'complete' || !tab.url) return;
    if (change.status !== 'complete' && change.url === undefined && change.title === undefined) return;
    const url = tab.url;
    void stepForTopFrame(url, tab.title ?? '').then((step) => load(tabId, 0, step, url));
  });
  // A subframe's address, from its navigation: a terms page in a frame has no field to report.
  // Judged when its document is parsed and again when it has loaded; the second finds it loaded
  // unless the first could not inject.
  const routeSubframe = ({ tabId, frameId, url }: { tabId: number; frameId: number; url: string }) => {
    if (frameId !== 0) void load(tabId, frameId, nextStep(url, '', false), url);
  };
  browser.webNavigation.onDOMContentLoaded.addListener(routeSubframe);
  browser.webNavigation.onCompleted.addListener(routeSubframe);
  // A single-page app moved to another view without loading a document (history.pushState),
  // which `tabs.onUpdated` does not tell from a new page: look at the new view as at a new page,
  // even at an address it showed before (its view is drawn anew). Apps render the new view
  // after changing the address, so the look waits a little.
  browser.webNavigation.onHistoryStateUpdated.addListener(({ tabId, frameId, url }) => {
    const loaded = loadedInTabs.get(tabId)?.get(frameId);
    loaded?.delete(entry('first-look', url));
    loaded?.delete(entry('closer-look', url));
    setTimeout(() => void load(tabId, frameId, isAgreementAddress('', url) ? 'analyser' : 'first-look', url), VIEW_RENDER_MS);
  });
  browser.tabs.onRemoved.addListener((tabId) => loadedInTabs.delete(tabId));
}
