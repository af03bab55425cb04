/**
 * The background drives the every-page check. It sends the first look (first-look.ts) into
 * every frame's page world once the frame's document is parsed, and gets its answer back with
 * the injection, so a page that is not an agreement never gets a script of the extension's own
 * world. Reading a title and an address costs a page script a fifth of a millisecond and the
 * hint lists' parse; the background has both for free: the top frame's from the tab
 * (`tabs.onUpdated`, also after a single-page app changes them), a subframe's address from its
 * navigation (`webNavigation`). It loads the analyser where they say terms, the closer look
 * where the first look said "maybe", and nothing elsewhere; after a single-page app's
 * client-side navigation it runs the first look again, so that a rendered app needs no
 * watching until it moves to a view with something to watch.
 */
import { browser, type Browser } from 'wxt/browser';
import { onMessage } from '../messages';
import { isAlwaysSite } from '../settings/always-sites';
import { HOST_SHOWN_CSS } from '../ui/shadow-host';
import { FIRST_LOOK_LIMITS, firstLook } from './first-look';
import { isAcceptanceFlowAddress, isAgreementAddress } from './hints';

/**
 * How long after a top frame's document is parsed its first look is sent, unless the page has
 * loaded by then: most pages load within this, and then one look both looks and waits for
 * clicks, where a look before load and another after would each cost an injection.
 */
const PARSED_PAGE_LOAD_WAIT_MS = 200;

/** How long after a client-side navigation the new view is looked at. */
const VIEW_RENDER_MS = 500;

export type FrameStep = 'analyser' | 'closer-look' | undefined;

const FILES = {
  analyser: '/content-scripts/analyzer.js',
  'closer-look': '/closer-look.js',
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
 * One document in a frame: what was loaded into it for which address (`step url`), so that the
 * tab's updates and the frame's navigation do not load the same script twice (the analyser
 * guards against a second run, but would still be parsed again), and where its first look that
 * waits for clicks stands (one per document, however often a single-page app moves).
 * A frame's record is replaced when it loads a new document, so an answer that arrives for a
 * record no longer in place belongs to a document that is gone.
 */
interface FrameDocument {
  loaded: Set<string>;
  /** A first look that waits for clicks has been sent into it and has not failed. */
  waitSent: boolean;
  /** Its page has loaded (`webNavigation.onCompleted`). */
  pageLoaded: boolean;
}

const framesOfTabs = new Map<number, Map<number, FrameDocument>>();

function documentIn(tabId: number, frameId: number): FrameDocument {
  const frames = framesOfTabs.get(tabId) ?? new Map<number, FrameDocument>();
  framesOfTabs.set(tabId, frames);
  const frame = frames.get(frameId) ?? { loaded: new Set<string>(), waitSent: false, pageLoaded: false };
  frames.set(frameId, frame);
  return frame;
}

const entry = (step: FrameStep | 'first-look', url: string) => `${step} ${url}`;

/**
 * The style the analyser's panel shows by, which goes when Clausewise goes (shadow-host.ts);
 * where it cannot be inserted, the panel shows without it.
 */
async function insertHostStyle(tabId: number, frameId: number): Promise<void> {
  try {
    await browser.scripting.insertCSS({ target: { tabId, frameIds: [frameId] }, css: HOST_SHOWN_CSS, origin: 'USER' });
  } catch {
    // Not scriptable, or not ready: the analyser's injection meets the same fate.
  }
}

async function load(tabId: number, frameId: number, step: FrameStep, url: string): Promise<boolean> {
  if (!step) return false;
  const { loaded } = documentIn(tabId, frameId);
  if (loaded.has(entry(step, url))) return true;
  loaded.add(entry(step, url));
  try {
    if (step === 'analyser') await insertHostStyle(tabId, frameId);
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [FILES[step]] });
    return true;
  } catch {
    // A page the extension may not script (a browser page, a closed tab), or a frame not ready
    // yet: nothing to do now, and a later event for the same document may try again.
    loaded.delete(entry(step, url));
    return false;
  }
}

/** Addresses whose documents the first look can be sent into (those the manifest's hosts cover). */
const SCRIPTABLE = /^(https?|file):/u;

/**
 * Sends the first look (first-look.ts) into a frame's page world and loads the closer look
 * where it says "maybe", at once or after the user's clicks. Returns false if it could not be
 * sent. Only one look per document waits for clicks, and only once the page has loaded: the
 * browser holds a page's load event while an injection's answer is pending, so a look that
 * arrives while the page is still loading answers at once ("not yet" where it would have
 * waited), and the look that waits is sent again when the page has loaded. A look that has
 * waited for some minutes hands its wait back the same way, and is sent again: the pending
 * injection keeps Chromium's worker alive, but for about five minutes only (first-look.ts).
 */
async function askFirstLook(tabId: number, frameId: number, url: string, frame: FrameDocument, waitForClicks: boolean): Promise<boolean> {
  if (waitForClicks) frame.waitSent = true;
  let answer: unknown;
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      world: 'MAIN',
      func: firstLook,
      args: [frameId === 0, waitForClicks, FIRST_LOOK_LIMITS],
    });
    answer = injection?.result;
  } catch {
    // Not scriptable, or not ready: a later event for the same document may try again.
    if (waitForClicks) frame.waitSent = false;
    return false;
  }
  // The frame has moved on to another document since.
  if (framesOfTabs.get(tabId)?.get(frameId) !== frame) return true;
  if (answer === null) {
    frame.waitSent = false;
    if (frame.pageLoaded) void askFirstLook(tabId, frameId, url, frame, true);
    return true;
  }
  // Anything but a plain "no" (a page that broke the look, say) is a "maybe".
  if (answer === false) return true;
  const tab = frameId === 0 ? await browser.tabs.get(tabId).catch(() => undefined) : undefined;
  const nowAt = tab?.url ?? url;
  await load(tabId, frameId, nextStep(nowAt, tab?.title ?? '', true), nowAt);
  return true;
}

/** A frame's document is parsed, or a single-page app shows another view: the first look. */
async function lookFirst(tabId: number, frameId: number, url: string): Promise<void> {
  if (!SCRIPTABLE.test(url)) return;
  const frame = documentIn(tabId, frameId);
  if (frame.loaded.has(entry('first-look', url))) return;
  frame.loaded.add(entry('first-look', url));
  if (!(await askFirstLook(tabId, frameId, url, frame, !frame.waitSent))) frame.loaded.delete(entry('first-look', url));
}

/** A frame's page has loaded: a first look that waits for clicks, unless one already does. */
function waitForClicks(tabId: number, frameId: number, url: string): void {
  if (!SCRIPTABLE.test(url)) return;
  const frame = documentIn(tabId, frameId);
  frame.pageLoaded = true;
  if (!frame.waitSent) void askFirstLook(tabId, frameId, url, frame, true);
}

/** What a tab's top frame needs by its title and address, sites an administrator always wants analysed included. */
async function stepForTopFrame(url: string, title: string): Promise<FrameStep> {
  return (await isAlwaysSite(url)) ? 'analyser' : nextStep(url, title, false);
}

/**
 * Tabs open before the background ran (the extension installed, updated or reloaded while they
 * were open, or a browser that restored them before starting it) had their navigation events
 * before anyone listened: each loaded tab's frames are looked at as if they had just loaded.
 * After an update the version before may have reviewed a page: its review can no longer be
 * read through (Chromium) or lock anything (Firefox), and the new review takes its place
 * (orphan-watch.ts), as a reload of the page would. Tabs this background has already seen an
 * event for are left as they are.
 */
async function lookAtOpenTabs(): Promise<void> {
  const tabs = await browser.tabs.query({ status: 'complete' }).catch(() => []);
  for (const tab of tabs) {
    const { id, url } = tab;
    if (id === undefined || !url || !SCRIPTABLE.test(url) || framesOfTabs.has(id)) continue;
    waitForClicks(id, 0, url);
    void stepForTopFrame(url, tab.title ?? '').then((step) => load(id, 0, step, url));
    void lookAtSubframes(id);
  }
}

/** The loaded subframes of an open tab, as at their `webNavigation.onCompleted`. */
async function lookAtSubframes(tabId: number): Promise<void> {
  const frames = (await browser.webNavigation.getAllFrames({ tabId }).catch(() => null)) ?? [];
  for (const { frameId, url } of frames) {
    if (frameId !== 0) frameLoaded(tabId, frameId, url);
  }
}

/**
 * A frame's page has loaded: the first look that waits for clicks, unless one already does,
 * and for a subframe the analyser where its address says terms (a terms page in a frame has no
 * field to count).
 */
function frameLoaded(tabId: number, frameId: number, url: string): void {
  waitForClicks(tabId, frameId, url);
  if (frameId !== 0) void load(tabId, frameId, nextStep(url, '', false), url);
}

export function routeFirstLooks(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') void lookAtOpenTabs();
  });
  browser.runtime.onStartup.addListener(() => void lookAtOpenTabs());

  onMessage('requestAnalysis', ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return false;
    return load(tabId, sender.frameId ?? 0, 'analyser', sender.url ?? '');
  });

  // A new document in a frame: nothing is loaded in it yet.
  browser.webNavigation.onCommitted.addListener(({ tabId, frameId }) => framesOfTabs.get(tabId)?.delete(frameId));
  // Once the page has loaded, and again whenever a single-page app changes its address or title.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (tab.status !== 'complete' || !tab.url) return;
    if (change.status !== 'complete' && change.url === undefined && change.title === undefined) return;
    const url = tab.url;
    void stepForTopFrame(url, tab.title ?? '').then((step) => load(tabId, 0, step, url));
  });
  // A top frame gets the first look shortly after its document is parsed, so that a sign-up form
  // is held before a slow page has loaded, or as soon as it has loaded, whichever comes first
  // (the timing of a content script at `document_idle`); a subframe (ads, widgets, payment
  // forms) once it has loaded. A look at a loaded page also waits for clicks. A subframe is
  // also judged by its address, a terms page in a frame having no field to count: when its
  // document is parsed and again when it has loaded; the second finds it loaded unless the
  // first could not inject.
  browser.webNavigation.onDOMContentLoaded.addListener(({ tabId, frameId, url }) => {
    if (frameId !== 0) return void load(tabId, frameId, nextStep(url, '', false), url);
    const frame = documentIn(tabId, frameId);
    setTimeout(() => {
      if (framesOfTabs.get(tabId)?.get(frameId) === frame && !frame.pageLoaded) void lookFirst(tabId, frameId, url);
    }, PARSED_PAGE_LOAD_WAIT_MS);
  });
  browser.webNavigation.onCompleted.addListener(({ tabId, frameId, url }) => frameLoaded(tabId, frameId, url));
  // A single-page app moved to another view without loading a document (history.pushState),
  // which `tabs.onUpdated` does not tell from a new page: look at the new view as at a new page,
  // even at an address it showed before (its view is drawn anew). Apps render the new view
  // after changing the address, so the look waits a little.
  browser.webNavigation.onHistoryStateUpdated.addListener(({ tabId, frameId, url }) => {
    const { loaded } = documentIn(tabId, frameId);
    loaded.delete(entry('first-look', url));
    loaded.delete(entry('closer-look', url));
    setTimeout(() => void (isAgreementAddress('', url) ? load(tabId, frameId, 'analyser', url) : lookFirst(tabId, frameId, url)), VIEW_RENDER_MS);
  });
  browser.tabs.onRemoved.addListener((tabId) => framesOfTabs.delete(tabId));
}
