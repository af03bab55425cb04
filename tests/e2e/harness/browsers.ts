/**
 * Starts Debian's Chromium or Firefox ESR with the built extension loaded, through
 * puppeteer-core (CDP for Chromium, WebDriver BiDi for Firefox), and hands back what a test
 * needs: pages, the extension's own base URL, and a close() that always cleans up.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page, type Viewport } from 'puppeteer-core';
import { writeChromiumPrefs } from './chromium-prefs';
import { killHard, removeDirSync, trackProcess, trackTempDir, untrackProcess } from './cleanup';
import { chromiumExtensionId, firefoxInternalUuid, geckoId, readManifest } from './extension-ids';
import { extensionDirs } from './paths';
import { TEST_HOSTS } from './test-hosts';

export type BrowserKind = 'chromium' | 'firefox';

export const executablePaths: Record<BrowserKind, string> = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};

export interface LaunchOptions {
  /** Unpacked extension to load (default: the build output for the browser); `null` for none. */
  extensionDir?: string | null;
  /**
   * A profile directory that outlives this browser, for restart tests. It is created when
   * missing and never deleted. Without it a fresh temporary profile is used and removed.
   */
  userDataDir?: string;
  /** Default: headless unless HEADFUL=1. */
  headless?: boolean;
  /** Extra command-line arguments. */
  args?: string[];
  /** Firefox prefs, or Chromium profile preferences as dotted keys (`intl.accept_languages`). */
  prefs?: Record<string, unknown>;
  /** Environment for the browser process (default: this process's). */
  env?: Record<string, string | undefined>;
  executablePath?: string;
  /** Page viewport (default 1280×800); `null` lets the window decide. */
  viewport?: Viewport | null;
  /** Time allowed for the browser to start and the extension to appear (default 30 s). */
  timeoutMs?: number;
  /** Extra attempts after a failed launch (default 1). */
  retries?: number;
  /** Mirror the browser's stdout/stderr, for debugging a launch. */
  dumpio?: boolean;
}

export interface LaunchedBrowser {
  kind: BrowserKind;
  browser: Browser;
  /** Extension directory that was loaded, if any. */
  extensionDir: string | undefined;
  /** Chromium: the 32-letter id; Firefox: the add-on (gecko) id. */
  extensionId: string | undefined;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`, when known. */
  extensionBaseUrl: string | undefined;
  userDataDir: string;
  /** From spawning the browser until the extension was ready. */
  launchMs: number;
  newPage(): Promise<Page>;
  /** Opens one of the extension's own pages (e.g. `options.html`), in `page` or a new tab. */
  openExtensionPage(relPath: string, page?: Page): Promise<Page>;
  close(): Promise<void>;
}

const CHROMIUM_ARGS = [
  // Corpus pages reference images, fonts and trackers on the open web: resolve nothing but
  // loopback (and the test host names, mapped to it), so a test never sends traffic off this machine.
  `--host-resolver-rules=${TEST_HOSTS.map((host) => `MAP ${host} 127.0.0.1, `).join('')}MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost`,
  // Root in a container: Chromium's sandbox cannot start there.
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Prefs every Firefox run needs; test prefs are applied over them. */
function firefoxPrefs(addonId: string | undefined, uuid: string | undefined): Record<string, unknown> {
  return {
    'xpinstall.signatures.required': false,
    // Send every request that is not for loopback to a closed local port: corpus pages point at
    // the open web, and a test must never send traffic off this machine. Not port 9 or other
    // ports Firefox bans: a banned proxy port fails the whole navigation ("Address rejected").
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': 1023,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': 1023,
    'network.proxy.socks_remote_dns': true,
    'network.proxy.no_proxies_on': ['127.0.0.1', 'localhost', ...TEST_HOSTS].join(', '),
    // The test host names resolve to loopback, as in Chromium.
    'network.dns.localDomains': TEST_HOSTS.join(','),
    'network.proxy.allow_hijacking_localhost': false,
    'network.dns.disablePrefetch': true,
    'extensions.manifestV3.enabled': true,
    // Fix the moz-extension UUID so the options page has a known address and storage,
    // which Firefox keys by that origin, is found again after a restart.
    ...(addonId && uuid ? { 'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }) } : {}),
    // Temporary add-ons are uninstalled at shutdown; keep their data for restart tests.
    'extensions.webextensions.keepStorageOnUninstall': true,
    'extensions.webextensions.keepUuidOnUninstall': true,
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface Started {
  browser: Browser;
  extensionId: string | undefined;
  extensionBaseUrl: string | undefined;
}

async function startChromium(opts: LaunchOptions, dir: string | undefined, userDataDir: string, timeoutMs: number): Promise<Started> {
  if (opts.prefs) writeChromiumPrefs(userDataDir, opts.prefs);
  const manifest = dir ? readManifest(dir) : undefined;
  const browser = await puppeteer.launch({
    browser: 'chrome',
    executablePath: opts.executablePath ?? executablePaths.chromium,
    headless: opts.headless ?? process.env.HEADFUL !== '1',
    userDataDir,
    // Drops puppeteer's default --disable-extensions; the extension itself is loaded by
    // the switches below, which new headless honours.
    enableExtensions: true,
    args: [...CHROMIUM_ARGS, ...(dir ? [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`] : []), ...(opts.args ?? [])],
    env: opts.env,
    defaultViewport: opts.viewport === undefined ? { width: 1280, height: 800 } : opts.viewport,
    timeout: timeoutMs,
    dumpio: opts.dumpio ?? false,
  });
  trackProcess(browser.process());
  if (!dir || !manifest) return { browser, extensionId: undefined, extensionBaseUrl: undefined };
  let id = chromiumExtensionId(dir, manifest);
  if (manifest.background?.service_worker) {
    // The worker proves the extension really loaded; its URL also confirms the id.
    const worker = await browser
      .waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: timeoutMs })
      .catch(() => undefined);
    if (!worker) throw new Error(`Chromium started but the extension in ${dir} did not load (no service worker)`);
    id = new URL(worker.url()).host;
  }
  return { browser, extensionId: id, extensionBaseUrl: `chrome-extension://${id}/` };
}

async function startFirefox(opts: LaunchOptions, dir: string | undefined, userDataDir: string, timeoutMs: number): Promise<Started> {
  const addonId = dir ? geckoId(readManifest(dir)) : undefined;
  const uuid = addonId ? firefoxInternalUuid(addonId) : undefined;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: opts.executablePath ?? executablePaths.firefox,
    headless: opts.headless ?? process.env.HEADFUL !== '1',
    userDataDir,
    // WebDriver BiDi refuses to navigate a tab to moz-extension:// pages without it.
    args: ['--remote-allow-system-access', ...(opts.args ?? [])],
    extraPrefsFirefox: { ...firefoxPrefs(addonId, uuid), ...opts.prefs },
    env: opts.env,
    defaultViewport: opts.viewport === undefined ? { width: 1280, height: 800 } : opts.viewport,
    timeout: timeoutMs,
    dumpio: opts.dumpio ?? false,
  });
  trackProcess(browser.process());
  if (!dir) return { browser, extensionId: undefined, extensionBaseUrl: undefined };
  // Installed as a temporary add-on, so an unsigned build is accepted.
  const installedId = await withTimeout(browser.installExtension(dir), timeoutMs, 'installing the Firefox add-on');
  const known = uuid && installedId === addonId;
  return { browser, extensionId: installedId, extensionBaseUrl: known ? `moz-extension://${uuid}/` : undefined };
}

/**
 * Firefox over BiDi does not report load events for moz-extension:// documents, so the
 * navigation is started without waiting and readiness is polled from inside the page.
 */
async function gotoExtensionPage(kind: BrowserKind, page: Page, url: string, timeoutMs: number): Promise<void> {
  if (kind === 'chromium') {
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    return;
  }
  await page.goto(url, { waitUntil: [], timeout: timeoutMs });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await page.evaluate(() => ({ href: location.href, ready: document.readyState })).catch(() => undefined);
    if (state && state.href === url && state.ready === 'complete') return;
    if (Date.now() > deadline) throw new Error(`extension page ${url} did not load; at ${state?.href ?? 'unknown'}`);
    await sleep(50);
  }
}

async function closeBrowser(browser: Browser): Promise<void> {
  const child = browser.process();
  try {
    await withTimeout(browser.close(), 15_000, 'closing the browser');
  } catch {
    killHard(child);
  }
  untrackProcess(child);
}

async function launchOnce(kind: BrowserKind, opts: LaunchOptions): Promise<LaunchedBrowser> {
  const dir = opts.extensionDir === null ? undefined : path.resolve(opts.extensionDir ?? extensionDirs[kind]);
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const persistent = opts.userDataDir !== undefined;
  const userDataDir = persistent ? path.resolve(opts.userDataDir as string) : fs.mkdtempSync(path.join(os.tmpdir(), `clausewise-e2e-${kind}-`));
  if (persistent) fs.mkdirSync(userDataDir, { recursive: true });
  else trackTempDir(userDataDir);

  const started = Date.now();
  let browser: Browser | undefined;
  try {
    const start = kind === 'chromium' ? startChromium : startFirefox;
    const result = await start(opts, dir, userDataDir, timeoutMs);
    browser = result.browser;
    const launchMs = Date.now() - started;
    let closed = false;
    const launched: LaunchedBrowser = {
      kind,
      browser: result.browser,
      extensionDir: dir,
      extensionId: result.extensionId,
      extensionBaseUrl: result.extensionBaseUrl,
      userDataDir,
      launchMs,
      newPage: () => result.browser.newPage(),
      async openExtensionPage(relPath, page) {
        if (!result.extensionBaseUrl) throw new Error(`no extension base URL known for ${kind}`);
        const target = page ?? (await result.browser.newPage());
        await gotoExtensionPage(kind, target, new URL(relPath.replace(/^\//, ''), result.extensionBaseUrl).href, timeoutMs);
        return target;
      },
      async close() {
        if (closed) return;
        closed = true;
        await closeBrowser(result.browser);
        if (!persistent) removeDirSync(userDataDir);
      },
    };
    return launched;
  } catch (error) {
    if (browser) await closeBrowser(browser);
    if (!persistent) removeDirSync(userDataDir);
    throw error;
  }
}

/** Launches `kind` with the extension loaded; retries a failed start (slow CI machines). */
export async function launchWithExtension(kind: BrowserKind, opts: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const attempts = 1 + (opts.retries ?? 1);
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await launchOnce(kind, opts);
    } catch (error) {
      lastError = error;
      // A missing build or executable will not fix itself.
      if (error instanceof Error && /no manifest\.json|ENOENT|not found/i.test(error.message)) break;
    }
  }
  throw new Error(`could not launch ${kind}: ${lastError instanceof Error ? lastError.message : String(lastError)}`, { cause: lastError });
}
