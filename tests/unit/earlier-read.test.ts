import { describe, expect, it } from 'vitest';
import { clauseFingerprint } from '@/utils/review/clause-fingerprint';
import { findEarlierRead, isTrustedRead, lookUpSites, originOfAgreement } from '@/utils/review/earlier-read';
import { siteOf } from '@/utils/review/site';
import type { Clause } from '@/utils/analysis/types';
import type { ReviewEntry } from '@/utils/review-log';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 28);

const clauses = [
  '10.5 In no event shall we be liable for any indirect damages.',
  '11.1 These terms are governed by the laws of Ireland.',
  '11.2 Disputes go to the courts of Dublin.',
  '12.1 We may change these terms at any time.',
];
const prints = clauses.map(clauseFingerprint);

function read(at: number, fingerprints: number[], origin = 'https://shop.example', outcome: ReviewEntry['outcome'] = 'read'): ReviewEntry {
  return { at, origin, title: 'Terms', outcome, keyClauses: fingerprints.length, clauses: fingerprints };
}

describe('clause fingerprints', () => {
  it('keep the wording, not its number, layout, case or punctuation', () => {
    expect(clauseFingerprint('10.6  IN NO EVENT shall we be liable for any\nindirect damages')).toBe(prints[0]);
    expect(clauseFingerprint('（十）本公司不承担任何间接损失。')).toBe(clauseFingerprint('本公司不承担任何间接损失'));
    expect(clauseFingerprint('ＡＢＣ terms')).toBe(clauseFingerprint('abc terms'));
  });

  it('differ when a word changes', () => {
    expect(clauseFingerprint('10.5 In no event shall we be liable for any direct damages.')).not.toBe(prints[0]);
    expect(clauseFingerprint('11.1 These terms are governed by the laws of England.')).not.toBe(prints[1]);
    expect(new Set(prints).size).toBe(prints.length);
  });
});

describe('an earlier read of the same agreement', () => {
  it('is found on the same site, with nothing unread when the key clauses are the same', () => {
    const log = [read(NOW - DAY, [...prints].reverse())];
    expect(findEarlierRead(log, 'https://shop.example', prints)).toEqual({ at: NOW - DAY, unread: [] });
  });

  it('names the key clauses new or reworded since', () => {
    const now = [...prints.slice(0, 3), clauseFingerprint('12.1 We may change these terms at any time without notice.')];
    expect(findEarlierRead([read(NOW - DAY, prints)], 'https://shop.example', now)?.unread).toEqual([3]);
    const grown = [...prints, clauseFingerprint('13. You waive any class action.')];
    expect(findEarlierRead([read(NOW - DAY, prints)], 'https://shop.example', grown)?.unread).toEqual([4]);
  });

  it('dates from the latest read that matches, and never from a skip, another site or another agreement', () => {
    const log = [
      read(NOW - 1 * DAY, prints, 'https://shop.example', 'skipped'),
      read(NOW - 2 * DAY, prints, 'https://other.example'),
      read(NOW - 3 * DAY, [clauseFingerprint('Privacy: we keep your data for two years.'), prints[3]]),
      read(NOW - 4 * DAY, prints.slice(0, 3)),
    ];
    expect(findEarlierRead(log, 'https://shop.example', prints)).toEqual({ at: NOW - 4 * DAY, unread: [3] });
    // Fewer than half of the key clauses shared: another agreement of the same site.
    expect(findEarlierRead(log.slice(2, 3), 'https://shop.example', prints)).toBeUndefined();
    expect(findEarlierRead([], 'https://shop.example', prints)).toBeUndefined();
    expect(findEarlierRead(log, 'https://shop.example', [])).toBeUndefined();
  });

  it('counts a clause as read when any earlier read of the agreement had its wording', () => {
    const reworded = [...prints.slice(0, 3), clauseFingerprint('12.1 We may change these terms at any time without notice.')];
    // Read in its first wording, then in the revised one: the first wording is not new again.
    const log = [read(NOW - DAY, reworded), read(NOW - 9 * DAY, prints)];
    expect(findEarlierRead(log, 'https://shop.example', prints)).toEqual({ at: NOW - DAY, unread: [] });
    expect(findEarlierRead(log.slice(0, 1), 'https://shop.example', prints)?.unread).toEqual([3]);
  });

  it("is found on another host of the agreement's registrable domain, and not on another domain", () => {
    const log = [read(NOW - DAY, prints, 'https://www.shop.co.uk')];
    expect(findEarlierRead(log, 'https://accounts.shop.co.uk', prints, siteOf)).toEqual({ at: NOW - DAY, unread: [] });
    expect(findEarlierRead(log, 'https://accounts.other.co.uk', prints, siteOf)).toBeUndefined();
    // Without sites, each origin is one of its own.
    expect(findEarlierRead(log, 'https://accounts.shop.co.uk', prints)).toBeUndefined();
  });

  it('ignores entries logged before fingerprints were kept', () => {
    const old: ReviewEntry = { at: NOW - DAY, origin: 'https://shop.example', title: 'Terms', outcome: 'read', keyClauses: 4 };
    expect(findEarlierRead([old], 'https://shop.example', prints)).toBeUndefined();
  });

  it('keeps the lock off only when nothing is unread and the read is recent enough', () => {
    expect(isTrustedRead({ at: NOW - 29 * DAY, unread: [] }, 30, NOW)).toBe(true);
    expect(isTrustedRead({ at: NOW - 31 * DAY, unread: [] }, 30, NOW)).toBe(false);
    expect(isTrustedRead({ at: NOW - DAY, unread: [2] }, 30, NOW)).toBe(false);
    expect(isTrustedRead({ at: NOW - 1000, unread: [] }, 0, NOW)).toBe(false);
    expect(isTrustedRead(undefined, 30, NOW)).toBe(false);
  });
});

describe("an agreement's site", () => {
  const clause = (source?: string): Clause => ({ index: 0, text: 'x', emphasis: 'none', emphasized: [], categories: ['law'], ...(source ? { source } : {}) });

  it('is that of the linked terms, wherever the sign-up form that links them is', () => {
    expect(originOfAgreement([clause('https://www.example.com/legal/terms#top')], 'https://accounts.example.com')).toBe('https://www.example.com');
  });

  it("is the page's for an agreement in the page, or a source that is no address", () => {
    expect(originOfAgreement([clause()], 'https://shop.example')).toBe('https://shop.example');
    expect(originOfAgreement([clause('not a url')], 'https://shop.example')).toBe('https://shop.example');
    expect(originOfAgreement([], 'https://shop.example')).toBe('https://shop.example');
  });
});

describe('sites', () => {
  it('are registrable domains, public suffixes of the private part included', () => {
    expect(siteOf('https://www.example.co.uk')).toBe('example.co.uk');
    expect(siteOf('http://accounts.example.co.uk:8080')).toBe('example.co.uk');
    expect(siteOf('https://www.aliyun.com')).toBe(siteOf('https://account.aliyun.com'));
    // One user's pages on github.io are not another's.
    expect(siteOf('https://alice.github.io')).toBe('alice.github.io');
    expect(siteOf('https://alice.github.io')).not.toBe(siteOf('https://mallory.github.io'));
  });

  it('are the host itself when it has no public suffix, and the origin when there is no host', () => {
    expect(siteOf('http://127.0.0.1:5173')).toBe('127.0.0.1');
    expect(siteOf('http://localhost:5173')).toBe('localhost');
    expect(siteOf('http://localhost:5173')).not.toBe(siteOf('http://127.0.0.1:5173'));
    expect(siteOf('null')).toBe('null');
    expect(siteOf('file://')).toBe('file://');
  });

  it("are looked up at once for the agreement's origin and the log's, and each origin is its own site where the lookup gives none", async () => {
    const log = [read(NOW - DAY, prints, 'https://www.shop.example'), read(NOW - 2 * DAY, prints, 'https://www.shop.example'), read(NOW, prints, 'https://other.example')];
    const asked: string[][] = [];
    const site = await lookUpSites(log, 'https://accounts.shop.example', async (origins) => {
      asked.push(origins);
      return origins.map((origin, i) => (i === 2 ? undefined : siteOf(origin)));
    });
    expect(asked).toEqual([['https://accounts.shop.example', 'https://www.shop.example', 'https://other.example']]);
    expect(site('https://accounts.shop.example')).toBe('shop.example');
    expect(site('https://www.shop.example')).toBe('shop.example');
    expect(site('https://other.example')).toBe('https://other.example');
    expect(site('https://never.asked')).toBe('https://never.asked');
  });

  it('are not asked for when the log holds no read that could match (a first review), nor for origins of skipped reviews', async () => {
    const asked: string[][] = [];
    const lookup = async (origins: string[]) => {
      asked.push(origins);
      return origins.map(siteOf);
    };
    const skipped = read(NOW - DAY, prints, 'https://www.skipped.example', 'skipped');
    const site = await lookUpSites([skipped], 'https://accounts.shop.example', lookup);
    expect(asked).toEqual([]);
    expect(site('https://accounts.shop.example')).toBe('https://accounts.shop.example');
    await lookUpSites([], 'https://accounts.shop.example', lookup);
    expect(asked).toEqual([]);
    await lookUpSites([skipped, read(NOW, prints, 'https://www.shop.example')], 'https://accounts.shop.example', lookup);
    expect(asked).toEqual([['https://accounts.shop.example', 'https://www.shop.example']]);
  });
});
