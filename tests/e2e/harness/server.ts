/**
 * A small static HTTP server for end-to-end tests: serves the shared corpus and the e2e
 * fixture pages, records every request so a test can assert what the browser sent, and lets
 * a test add routes or inject delays and failures. Loopback only, no dependencies.
 */
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { contentTypeFor } from './content-types';
import { pagesDir as defaultPagesDir, sharedDir as defaultSharedDir } from './paths';

/** One request as the server saw it. */
export interface Hit {
  method: string;
  /** Decoded pathname, e.g. `/accepted`. */
  path: string;
  /** Path and query exactly as requested. */
  url: string;
  query: Record<string, string>;
  /** Query merged with an urlencoded request body: what a submitted form carried. */
  form: Record<string, string>;
  body: string;
  headers: http.IncomingHttpHeaders;
  /** Milliseconds since the epoch when the request arrived. */
  at: number;
}

/** What a route answers; a plain string is sent as an HTML page. */
export interface RouteReply {
  status?: number;
  type?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export interface RouteContext {
  hit: Hit;
  req: http.IncomingMessage;
  res: http.ServerResponse;
}

/**
 * Answers a request. Return a reply (or a string of HTML), or write to `res` yourself and
 * return nothing.
 */
export type RouteHandler = (ctx: RouteContext) => RouteReply | string | void | Promise<RouteReply | string | void>;

/** A string matches one pathname exactly, or every pathname under a prefix when it ends in `*`. */
export type PathMatcher = string | RegExp;

/** Fault injection for a route or any static path. */
export interface Fault {
  /** Wait this long before answering (or before failing). */
  delayMs?: number;
  /** Answer with this status and a short body instead of the real response. */
  status?: number;
  /** Destroy the socket without a response, as a dropped connection would. */
  reset?: boolean;
  /** Never answer; the request stays open until the server closes. */
  hang?: boolean;
  /** Apply to this many matching requests only, then stop (default: every request). */
  times?: number;
}

export interface ServerOptions {
  /** Where `/shared/...` is served from (default: `../shared` beside the repository). */
  sharedDir?: string;
  /** Where `/pages/...` is served from (default: `tests/e2e/pages`). */
  pagesDir?: string;
  /** Port to bind on 127.0.0.1 (default: a free one). */
  port?: number;
}

export interface TestServer {
  /** e.g. `http://127.0.0.1:41234` */
  origin: string;
  port: number;
  /** Every request in arrival order; clear with `clearHits()`. */
  hits: Hit[];
  /** Absolute URL for a path on this server. */
  url(pathAndQuery: string): string;
  /** Adds (or replaces) a route; routes win over static files. Returns a remover. */
  route(matcher: PathMatcher, handler: RouteHandler | RouteReply | string, fault?: Fault): () => void;
  /** Injects a fault on matching paths, routes and static files alike. Returns a remover. */
  fault(matcher: PathMatcher, fault: Fault): () => void;
  clearFaults(): void;
  hitsFor(matcher: PathMatcher): Hit[];
  /** Resolves with the first hit (already recorded or arriving later) that matches. */
  waitForHit(matcher: PathMatcher, opts?: { timeoutMs?: number; since?: number }): Promise<Hit>;
  clearHits(): void;
  close(): Promise<void>;
}

interface FaultEntry {
  matcher: PathMatcher;
  fault: Fault;
  used: number;
}

interface RouteEntry {
  matcher: PathMatcher;
  handler: RouteHandler;
}

export function matches(matcher: PathMatcher, pathname: string): boolean {
  if (matcher instanceof RegExp) return matcher.test(pathname);
  if (matcher.endsWith('*')) return pathname.startsWith(matcher.slice(0, -1));
  return pathname === matcher;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function page(title: string, text: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1 id="result">${text}</h1></body></html>`;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function toHit(req: http.IncomingMessage, body: string): Hit {
  const parsed = new URL(req.url ?? '/', 'http://127.0.0.1');
  const query = Object.fromEntries(parsed.searchParams);
  const isForm = (req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
  const form = { ...query, ...(isForm ? Object.fromEntries(new URLSearchParams(body)) : {}) };
  let pathname = parsed.pathname;
  try {
    pathname = decodeURIComponent(pathname);
  } catch {
    // A malformed escape stays as sent; the static handler will answer 400.
  }
  return { method: req.method ?? 'GET', path: pathname, url: req.url ?? '/', query, form, body, headers: req.headers, at: Date.now() };
}

/** Resolves `rel` inside `root`, refusing anything that escapes it. */
function safeJoin(root: string, rel: string): string | undefined {
  const full = path.resolve(root, '.' + path.posix.normalize('/' + rel));
  return full === root || full.startsWith(root + path.sep) ? full : undefined;
}

function send(res: http.ServerResponse, reply: RouteReply, headOnly: boolean): void {
  const body = reply.body ?? '';
  res.writeHead(reply.status ?? 200, {
    'content-type': reply.type ?? 'text/html; charset=utf-8',
    // Tests reload pages after changing faults and restart browsers on the same profile;
    // a cached copy would hide both.
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(body),
    ...reply.headers,
  });
  res.end(headOnly ? undefined : body);
}

/** The routes every server has. */
function builtInRoutes(): RouteEntry[] {
  return [
    // Target of form submissions in fixture pages: a test asserts on the recorded hit.
    { matcher: '/accepted', handler: () => page('accepted', 'accepted') },
    // Reflects the request, for tests that need to see exactly what was sent.
    {
      matcher: '/echo',
      handler: ({ hit }) => ({
        type: 'application/json; charset=utf-8',
        body: JSON.stringify({ method: hit.method, path: hit.path, query: hit.query, form: hit.form, body: hit.body, headers: hit.headers }),
      }),
    },
    { matcher: '/favicon.ico', handler: () => ({ status: 204, type: 'image/x-icon' }) },
  ];
}

export async function startServer(opts: ServerOptions = {}): Promise<TestServer> {
  const roots: Record<string, string> = {
    '/shared/': path.resolve(opts.sharedDir ?? defaultSharedDir),
    '/pages/': path.resolve(opts.pagesDir ?? defaultPagesDir),
  };
  const hits: Hit[] = [];
  const routes: RouteEntry[] = builtInRoutes();
  const faults: FaultEntry[] = [];
  const hitWaiters = new Set<(hit: Hit) => void>();

  async function serveStatic(hit: Hit, res: http.ServerResponse, headOnly: boolean): Promise<void> {
    const prefix = Object.keys(roots).find((p) => hit.path.startsWith(p));
    const root = prefix ? roots[prefix] : undefined;
    const file = prefix && root ? safeJoin(root, hit.path.slice(prefix.length)) : undefined;
    if (!file) return send(res, { status: 404, type: 'text/plain; charset=utf-8', body: `not found: ${hit.path}` }, headOnly);
    try {
      const stat = await fs.stat(file);
      const target = stat.isDirectory() ? path.join(file, 'index.html') : file;
      const body = await fs.readFile(target);
      send(res, { type: contentTypeFor(target), body }, headOnly);
    } catch {
      send(res, { status: 404, type: 'text/plain; charset=utf-8', body: `not found: ${hit.path}` }, headOnly);
    }
  }

  /** Applies a matching fault; returns true when the request has been dealt with. */
  async function applyFault(hit: Hit, res: http.ServerResponse): Promise<boolean> {
    const entry = faults.find((f) => matches(f.matcher, hit.path) && (f.fault.times === undefined || f.used < f.fault.times));
    if (!entry) return false;
    entry.used += 1;
    const { delayMs, status, reset, hang } = entry.fault;
    if (delayMs) await sleep(delayMs);
    if (hang) return true;
    if (reset) {
      res.socket?.destroy();
      return true;
    }
    if (status !== undefined) {
      send(res, { status, type: 'text/plain; charset=utf-8', body: `injected ${status}` }, false);
      return true;
    }
    return false;
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const hit = toHit(req, await readBody(req));
    hits.push(hit);
    for (const notify of [...hitWaiters]) notify(hit);
    if (await applyFault(hit, res)) return;
    const headOnly = hit.method === 'HEAD';
    // Later routes replace earlier ones, so a test can override a built-in route.
    const route = [...routes].reverse().find((r) => matches(r.matcher, hit.path));
    if (!route) return serveStatic(hit, res, headOnly);
    const reply = await route.handler({ hit, req, res });
    if (res.writableEnded || res.headersSent) return;
    if (reply === undefined) return send(res, { status: 204 }, headOnly);
    send(res, typeof reply === 'string' ? { body: reply } : reply, headOnly);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, { status: 500, type: 'text/plain; charset=utf-8', body: String(error) }, false);
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  const remover = <T>(list: T[], item: T) => () => {
    const i = list.indexOf(item);
    if (i >= 0) list.splice(i, 1);
  };

  function addFault(matcher: PathMatcher, fault: Fault): () => void {
    const entry: FaultEntry = { matcher, fault, used: 0 };
    // Newest first, so a test can narrow a broader fault set up earlier.
    faults.unshift(entry);
    return remover(faults, entry);
  }

  return {
    origin,
    port,
    hits,
    url: (p) => origin + (p.startsWith('/') ? p : '/' + p),
    route(matcher, handler, fault) {
      const fn: RouteHandler = typeof handler === 'function' ? handler : () => handler;
      const entry = { matcher, handler: fn };
      routes.push(entry);
      const removeFault = fault ? addFault(matcher, fault) : () => {};
      const removeRoute = remover(routes, entry);
      return () => {
        removeRoute();
        removeFault();
      };
    },
    fault: addFault,
    clearFaults: () => void faults.splice(0),
    hitsFor: (matcher) => hits.filter((h) => matches(matcher, h.path)),
    waitForHit(matcher, { timeoutMs = 10_000, since = 0 } = {}) {
      const ok = (h: Hit) => matches(matcher, h.path) && h.at >= since;
      const already = hits.find(ok);
      if (already) return Promise.resolve(already);
      return new Promise<Hit>((resolve, reject) => {
        const timer = setTimeout(() => {
          hitWaiters.delete(waiter);
          reject(new Error(`no request for ${String(matcher)} within ${timeoutMs} ms; saw: ${hits.map((h) => h.url).join(', ') || 'nothing'}`));
        }, timeoutMs);
        const waiter = (h: Hit) => {
          if (!ok(h)) return;
          clearTimeout(timer);
          hitWaiters.delete(waiter);
          resolve(h);
        };
        hitWaiters.add(waiter);
      });
    },
    clearHits: () => void hits.splice(0),
    close: () =>
      new Promise<void>((resolve) => {
        // Hanging requests and browser keep-alive sockets would otherwise hold close() open.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
