/**
 * Whether the user has read this agreement before, and which of its key clauses are new or
 * reworded since. An agreement is the same one when, on the same site, at least half of its key
 * clauses have the wording of a review the user read to the end: providers revise their terms
 * and move them between addresses (a terms page, the sign-up form that embeds them), so neither
 * the address nor the whole text can tell. The site is the agreement's own: that of the linked
 * terms for a sign-up form that links them, so that the same terms linked from the provider's
 * other sign-up sites are known. A site is a registrable domain (site.ts), so terms read at
 * www.example.com/terms are known again in the sign-up form of accounts.example.com.
 */
import type { Clause } from '../analysis/types';
import type { ReviewEntry } from '../review-log';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface EarlierRead {
  /** When the user last finished reading it. */
  at: number;
  /** Positions (in the key clauses given) of those the user has read in no earlier wording. */
  unread: number[];
}

/** Where the agreement's text is: the linked terms' origin (`Clause.source`), else the page's. */
export function originOfAgreement(keyClauses: readonly Clause[], pageOrigin: string): string {
  const source = keyClauses.find((clause) => clause.source)?.source;
  if (!source) return pageOrigin;
  try {
    return new URL(source).origin;
  } catch {
    return pageOrigin;
  }
}

/**
 * `log` newest first, as the review log keeps it. `siteOf` gives the site of an origin (of the
 * agreement's and of those in the log); without it, each origin is a site of its own.
 */
export function findEarlierRead(
  log: readonly ReviewEntry[],
  origin: string,
  fingerprints: readonly number[],
  siteOf: (origin: string) => string = (same) => same,
): EarlierRead | undefined {
  if (fingerprints.length === 0) return undefined;
  const site = siteOf(origin);
  let at: number | undefined;
  const read = new Set<number>();
  for (const entry of log) {
    if (!isCompleteRead(entry) || siteOf(entry.origin) !== site) continue;
    const own = new Set(entry.clauses);
    const shared = fingerprints.filter((print) => own.has(print)).length;
    if (shared * 2 < fingerprints.length) continue;
    // Every version the user read counts: a clause read in last year's terms is not new.
    at ??= entry.at;
    for (const print of own) read.add(print);
  }
  if (at === undefined) return undefined;
  return { at, unread: fingerprints.flatMap((print, position) => (read.has(print) ? [] : [position])) };
}

/** An entry `findEarlierRead` can match: read to the end, with the fingerprints of its clauses. */
function isCompleteRead(entry: ReviewEntry): boolean {
  return entry.outcome === 'read' && entry.clauses !== undefined;
}

/**
 * The sites of `origin` and of the origins of the log's entries that `findEarlierRead` can
 * match, as it takes them, from a lookup that answers for many origins at once (the
 * background's `sitesOf`). Origins it leaves out, or gives no string for, are sites of their
 * own. With no such entry (a first review, the usual case) nothing is asked: the background's
 * worker is not woken for an answer nobody needs.
 */
export async function lookUpSites(
  log: readonly ReviewEntry[],
  origin: string,
  sitesOf: (origins: string[]) => Promise<readonly unknown[]>,
): Promise<(origin: string) => string> {
  const candidates = log.filter(isCompleteRead);
  if (candidates.length === 0) return (each) => each;
  const origins = [...new Set([origin, ...candidates.map((entry) => entry.origin)])];
  const sites = await sitesOf(origins);
  const byOrigin = new Map<string, string>();
  origins.forEach((each, i) => {
    const site = sites[i];
    if (typeof site === 'string') byOrigin.set(each, site);
  });
  return (each) => byOrigin.get(each) ?? each;
}

/**
 * A read the lock may trust: nothing in it is unread, and it is recent enough for the setting
 * (`days` 0 trusts none: every review locks).
 */
export function isTrustedRead(earlier: EarlierRead | undefined, days: number, now = Date.now()): boolean {
  return earlier !== undefined && earlier.unread.length === 0 && days > 0 && now - earlier.at <= days * DAY_MS;
}
