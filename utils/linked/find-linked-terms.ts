/**
 * "I have read and agree to the <a>Terms</a>": the most common agreement on the web keeps its
 * text on another page. Finds the links in an agree control's label (or, for a button accepted
 * by an implicit consent line, in that line) that lead to that text.
 * Links that go nowhere (`#`, `javascript:`) or to this same page are not linked terms: such
 * pages open the terms in a dialog, which the page analysis already reads.
 */
import type { FoundControl } from '../analysis/agree-controls';
import { AGREEMENT_TITLE, AGREEMENT_URL } from '../analysis/vocabulary';

/** Enough for "Terms" and "Privacy Policy" in one line; more would be a list of links, not a label. */
export const MAX_LINKED_DOCUMENTS = 3;

/** The elements whose text the user reads as the control's label. */
function labelContainers(control: FoundControl): Element[] {
  const el = control.element;
  // "By creating an account, you agree to our <a>Terms</a>": the line beside the button.
  if (control.consentLine) return [control.consentLine];
  if (control.kind === 'checkbox') {
    const input = el as HTMLInputElement;
    const labels = input.labels ? Array.from(input.labels) : [];
    const root = el.getRootNode() as Document | ShadowRoot;
    const labelledBy = (input.getAttribute('aria-labelledby') ?? '').split(/\s+/u).filter(Boolean);
    const byId = labelledBy.map((id) => root.getElementById?.(id)).filter((e): e is HTMLElement => !!e);
    const containers: Element[] = [...labels, ...byId];
    // Unlabelled boxes sit beside their text (and its links) in the same parent.
    if (containers.length === 0 && el.parentElement) containers.push(el.parentElement);
    return containers;
  }
  return [];
}

function isDocumentLink(anchor: HTMLAnchorElement, pageUrl: URL): URL | undefined {
  const raw = anchor.getAttribute('href');
  if (!raw || raw.startsWith('#') || /^\s*javascript:/iu.test(raw)) return undefined;
  let url: URL;
  try {
    url = new URL(raw, anchor.baseURI || pageUrl.href);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const here = new URL(pageUrl.href);
  here.hash = '';
  url.hash = '';
  return url.href === here.href ? undefined : url;
}

/** URLs of the terms the page's agree controls point to, most agreement-like first. */
export function findLinkedTerms(controls: FoundControl[], pageUrl: string): string[] {
  const page = new URL(pageUrl);
  const scored: Array<{ href: string; score: number; order: number }> = [];
  for (const control of controls) {
    for (const container of labelContainers(control)) {
      for (const anchor of Array.from(container.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
        const url = isDocumentLink(anchor, page);
        if (!url || scored.some((s) => s.href === url.href)) continue;
        const score = (AGREEMENT_TITLE.test(anchor.textContent ?? '') ? 2 : 0) + (AGREEMENT_URL.test(url.pathname) ? 1 : 0);
        scored.push({ href: url.href, score, order: scored.length });
      }
    }
  }
  return scored
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, MAX_LINKED_DOCUMENTS)
    .map((s) => s.href);
}
