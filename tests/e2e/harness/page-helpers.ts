/**
 * Page interactions that behave the same in Chromium (CDP) and Firefox (BiDi). Input goes
 * through `page.mouse` / `page.keyboard`, so the page sees trusted events, as it would from
 * a person; nothing here dispatches synthetic events or calls element.click().
 */
import type { ElementHandle, KeyInput, Page } from 'puppeteer-core';

/** An element, or a selector for one (see `resolveSelector`). */
export type Target = string | ElementHandle<Element>;

/** A point in viewport coordinates. */
export interface Point {
  x: number;
  y: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Plain CSS is searched in the document and inside every open shadow root (puppeteer's
 * `pierce/`), which is how the panel in `clausewise-root` is reached. Selectors that already
 * name a puppeteer handler (`pierce/`, `::-p-…`, `>>>` deep combinators, `xpath/`…) pass as
 * they are. Note that `pierce/` matches the whole selector within one root at a time, so
 * write `.panel button`, not `clausewise-root .panel button` (for that use `clausewise-root >>> .panel button`).
 */
export function resolveSelector(selector: string): string {
  if (/^(pierce|xpath|text|aria)\//.test(selector) || selector.includes('>>>') || selector.includes('::-p-')) return selector;
  return `pierce/${selector}`;
}

export interface WaitOptions {
  timeoutMs?: number;
  /** Also require a non-empty box and no `visibility: hidden`. */
  visible?: boolean;
}

/** Waits for an element, looking through open shadow roots. */
export async function waitForDeep(page: Page, selector: string, opts: WaitOptions = {}): Promise<ElementHandle<Element>> {
  const handle = await page.waitForSelector(resolveSelector(selector), { timeout: opts.timeoutMs ?? 10_000, visible: opts.visible ?? false });
  if (!handle) throw new Error(`no element for ${selector}`);
  return handle;
}

/** The first match now, or null; never waits. */
export function queryDeep(page: Page, selector: string): Promise<ElementHandle<Element> | null> {
  return page.$(resolveSelector(selector));
}

/** Every match now, shadow roots included. */
export function queryAllDeep(page: Page, selector: string): Promise<ElementHandle<Element>[]> {
  return page.$$(resolveSelector(selector));
}

async function toHandle(page: Page, target: Target): Promise<ElementHandle<Element>> {
  return typeof target === 'string' ? waitForDeep(page, target) : target;
}

/** Centre of an element in viewport coordinates, rounded (BiDi input wants integers). */
export async function centreOf(handle: ElementHandle<Element>): Promise<Point> {
  const box = await handle.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height, vw: innerWidth, vh: innerHeight };
  });
  if (box.width === 0 || box.height === 0) throw new Error('element has no box (hidden or detached)');
  const x = Math.round(box.x + box.width / 2);
  const y = Math.round(box.y + box.height / 2);
  if (x < 0 || y < 0 || x >= box.vw || y >= box.vh) {
    throw new Error(`element centre (${x}, ${y}) is outside the ${box.vw}×${box.vh} viewport; scroll it into view first`);
  }
  return { x, y };
}

/**
 * Which element a pointer at (x, y) would hit, descending into open shadow roots; true when
 * that is `handle` or inside it. Catches overlays that would swallow a real click.
 */
async function receivesPointAt(handle: ElementHandle<Element>, x: number, y: number): Promise<{ ok: boolean; hit: string }> {
  return handle.evaluate(
    (el, px, py) => {
      let hit: Element | null = document.elementFromPoint(px, py);
      while (hit?.shadowRoot) {
        const inner = hit.shadowRoot.elementFromPoint(px, py);
        if (!inner || inner === hit) break;
        hit = inner;
      }
      let node: Node | null = hit;
      while (node && node !== el) node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
      const describe = (e: Element | null) =>
        e ? `${e.localName}${e.id ? '#' + e.id : ''}${e.classList.length ? '.' + [...e.classList].join('.') : ''}` : 'nothing';
      return { ok: node === el, hit: describe(hit) };
    },
    x,
    y,
  );
}

export interface ClickOptions {
  /** Click even if another element covers the centre. */
  force?: boolean;
  button?: 'left' | 'right' | 'middle';
  count?: number;
}

/** A trusted mouse click at the centre of an element (which must be in the viewport). */
export async function clickAt(page: Page, target: Target, opts: ClickOptions = {}): Promise<void> {
  const handle = await toHandle(page, target);
  const { x, y } = await centreOf(handle);
  if (!opts.force) {
    const { ok, hit } = await receivesPointAt(handle, x, y);
    if (!ok) throw new Error(`click at (${x}, ${y}) would land on ${hit}, not on the target`);
  }
  await page.mouse.move(x, y);
  await page.mouse.click(x, y, { button: opts.button ?? 'left', count: opts.count ?? 1 });
}

/** Moves the pointer over an element's centre (hover, and where wheel events are aimed). */
export async function hoverAt(page: Page, target: Target): Promise<void> {
  const { x, y } = await centreOf(await toHandle(page, target));
  await page.mouse.move(x, y);
}

export interface KeyOptions {
  times?: number;
  /** Pause between presses, for pages that debounce. */
  delayMs?: number;
  /** Held during every press, e.g. `['Shift']` for Shift+Tab. */
  modifiers?: KeyInput[];
}

/**
 * Puppeteer's BiDi keyboard knows the space bar only as ' ' (CDP accepts both), so key names
 * are normalised to what both protocols accept.
 */
function portableKey(key: KeyInput): KeyInput {
  return key === 'Space' ? ' ' : key;
}

/** Trusted key presses: `Space`, `Enter`, `Tab`, `End`, `PageDown`, `ArrowDown`… */
export async function pressKey(page: Page, key: KeyInput, opts: KeyOptions = {}): Promise<void> {
  const modifiers = (opts.modifiers ?? []).map(portableKey);
  key = portableKey(key);
  for (const m of modifiers) await page.keyboard.down(m);
  try {
    for (let i = 0; i < (opts.times ?? 1); i++) {
      await page.keyboard.press(key);
      if (opts.delayMs) await sleep(opts.delayMs);
    }
  } finally {
    for (const m of [...modifiers].reverse()) await page.keyboard.up(m);
  }
}

/** Describes the focused element, following focus into shadow roots (`host >>> inner`). */
export function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    let el: Element | null = document.activeElement;
    while (el) {
      const id = el.id ? '#' + el.id : '';
      const cls = el.classList.length ? '.' + [...el.classList].join('.') : '';
      parts.push(el.localName + id + cls);
      el = el.shadowRoot?.activeElement ?? null;
    }
    return parts.join(' >>> ');
  });
}

function isPoint(value: Target | Point): value is Point {
  return typeof value !== 'string' && typeof (value as Point).x === 'number' && typeof (value as Point).y === 'number';
}

export interface WheelOptions {
  deltaY?: number;
  deltaX?: number;
  /** Give up (and throw) after this many wheel turns. */
  maxSteps?: number;
  /** Wait after each turn so scrolling (smooth in Firefox) settles before checking. */
  pauseMs?: number;
}

/**
 * Turns the mouse wheel over an element (or a viewport point, for scrolling the page) until `done()` is true; returns the number of turns.
 * `done` is checked before the first turn too, so an already-met condition costs nothing.
 */
export async function wheelUntil(
  page: Page,
  over: Target | Point,
  done: () => boolean | Promise<boolean>,
  opts: WheelOptions = {},
): Promise<number> {
  const { deltaY = 240, deltaX = 0, maxSteps = 200, pauseMs = 60 } = opts;
  if (isPoint(over)) await page.mouse.move(Math.round(over.x), Math.round(over.y));
  else await hoverAt(page, over);
  for (let step = 0; step <= maxSteps; step++) {
    if (await done()) return step;
    if (step === maxSteps) break;
    await page.mouse.wheel({ deltaX, deltaY });
    await sleep(pauseMs);
  }
  throw new Error(`condition still false after ${maxSteps} wheel turns`);
}

/** The page's light DOM as markup, for "the page was not changed" comparisons. */
export function domSnapshot(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.outerHTML);
}

/** Undefined when equal; otherwise a short excerpt around the first difference, for messages. */
export function describeDomChange(before: string, after: string, context = 80): string | undefined {
  if (before === after) return undefined;
  let i = 0;
  while (i < before.length && i < after.length && before[i] === after[i]) i++;
  const from = Math.max(0, i - context);
  return `first difference at ${i}:\n  before: …${before.slice(from, i + context)}…\n  after:  …${after.slice(from, i + context)}…`;
}

export interface ConsoleErrors {
  /** Console errors and uncaught exceptions, in order. */
  errors: string[];
  stop(): void;
}

/** Starts recording the page's console errors and uncaught exceptions. */
export function collectConsoleErrors(page: Page): ConsoleErrors {
  const errors: string[] = [];
  const onConsole = (msg: { type(): string; text(): string }) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  };
  const onPageError = (error: unknown) => errors.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  return {
    errors,
    stop() {
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
    },
  };
}
