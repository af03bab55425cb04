/**
 * Site lists ("never act here", "always act here") accept two forms:
 * - a host name, `example.com` or `*.example.com`: that host and all its subdomains, any
 *   scheme, port and path;
 * - a match pattern as browsers define them, `<scheme>://<host>[:<port>]/<path>` or
 *   `<all_urls>`: scheme `*` means http or https, host `*` or `*.example.com`, `*` in the
 *   path matches anything. A pattern without a port matches every port.
 */

export interface SitePattern {
  /** `*` = http or https; `all` = any scheme `<all_urls>` covers. */
  schemes: readonly string[];
  /** Empty for file URLs; `*` any host. */
  host: string;
  subdomains: boolean;
  /** `undefined`: any port. */
  port?: string;
  /** Matched against path + query; `undefined`: any path (host-name entries). */
  path?: RegExp;
}

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/u;
const IPV6 = /^\[[0-9a-f:.]+\]$/u;
const PATTERN = /^(\*|https?|wss?|ftp|file):\/\/([^/]*)(\/.*)$/u;
const ALL_SCHEMES = ['http', 'https', 'ws', 'wss', 'ftp', 'file'];

function validHost(host: string): boolean {
  return HOST.test(host) || IPV6.test(host);
}

function pathRegExp(path: string): RegExp {
  const body = path.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('.*');
  return new RegExp(`^${body}$`, 'u');
}

/** Parses one entry; `undefined` when it is neither a host name nor a match pattern. */
export function parseSitePattern(entry: string): SitePattern | undefined {
  const text = entry.trim().toLowerCase();
  if (text === '') return undefined;
  if (text === '<all_urls>') return { schemes: ALL_SCHEMES, host: '*', subdomains: false };
  const pattern = PATTERN.exec(text);
  if (!pattern) {
    const subdomains = text.startsWith('*.');
    const host = subdomains ? text.slice(2) : text;
    return validHost(host) ? { schemes: ALL_SCHEMES, host, subdomains: true } : undefined;
  }
  const [, scheme, authority, path] = pattern;
  const schemes = scheme === '*' ? ['http', 'https'] : [scheme];
  if (scheme === 'file') return authority === '' ? { schemes, host: '', subdomains: false, path: pathRegExp(path) } : undefined;
  const hostPort = /^(\*|\*\.[^:*]+|[^:*]+|\[[^\]]+\])(?::(\d{1,5}|\*))?$/u.exec(authority);
  if (!hostPort) return undefined;
  const [, rawHost, port] = hostPort;
  const subdomains = rawHost.startsWith('*.');
  const host = subdomains ? rawHost.slice(2) : rawHost;
  if (host !== '*' && !validHost(host)) return undefined;
  return { schemes, host, subdomains, port: port === '*' ? undefined : port, path: pathRegExp(path) };
}

export function isValidSitePattern(entry: string): boolean {
  return parseSitePattern(entry) !== undefined;
}

function matchesOne(url: URL, p: SitePattern): boolean {
  const scheme = url.protocol.slice(0, -1);
  if (!p.schemes.includes(scheme)) return false;
  const host = url.hostname.toLowerCase();
  if (p.host !== '*' && host !== p.host && !(p.subdomains && host.endsWith(`.${p.host}`))) return false;
  if (p.port !== undefined && url.port !== p.port && !(url.port === '' && defaultPort(scheme) === p.port)) return false;
  return !p.path || p.path.test(url.pathname + url.search);
}

function defaultPort(scheme: string): string {
  return scheme === 'https' || scheme === 'wss' ? '443' : scheme === 'http' || scheme === 'ws' ? '80' : '';
}

/** True when `url` matches any entry of `sites`; malformed entries match nothing. */
export function matchesSite(url: string, sites: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return sites.some((site) => {
    const pattern = parseSitePattern(site);
    return pattern !== undefined && matchesOne(parsed, pattern);
  });
}
