/**
 * The site an origin belongs to: its registrable domain by the Public Suffix List
 * (www.example.co.uk and accounts.example.co.uk are both example.co.uk), so that terms read on
 * a provider's terms page are known again on its sign-up subdomain. The list's private part
 * counts too: one user's pages on github.io are not another's. Neither the port nor the scheme
 * counts: terms read over http are the same terms over https.
 *
 * This needs the whole list (about 110 KB), so only the background loads it (`sitesOf`
 * message). Its packed-hash form loads in about 2 ms where the same library's trie takes 10 to
 * 17 (Node, on this project's machine), and a Chromium service worker loads it each time it
 * starts; the rare wrong answer of a hash collision can only join or split two sites' reads.
 */
import { getDomain } from 'tldts-experimental';

export function siteOf(origin: string): string {
  let hostname: string;
  try {
    hostname = new URL(origin).hostname;
  } catch {
    return origin;
  }
  // No host (a file, an opaque origin): the origin is all there is to go by.
  if (!hostname) return origin;
  // An IP address, localhost, an intranet name: no public suffix, so the host is the site.
  return getDomain(hostname, { allowPrivateDomains: true }) ?? hostname;
}
