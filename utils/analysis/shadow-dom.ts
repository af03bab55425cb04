/**
 * Open shadow roots: web components (a `<terms-dialog>`, an app shell with its sign-up form)
 * keep their content there, where querySelectorAll and textContent do not reach. These helpers
 * let the analysis find that content and measure text as the page renders it.
 */

/** A bound for hostile pages: light-DOM elements looked at for shadow hosts. */
const MAX_ELEMENTS_SCANNED = 100_000;
/** A bound for pages made of thousands of tiny components (icons, buttons). */
const MAX_SHADOW_ROOTS = 2_000;
/** Not rendered text: a component's own stylesheet is often longer than its words. */
const NOT_TEXT = new Set(['STYLE', 'SCRIPT', 'TEMPLATE', 'LINK']);
/** Clausewise's own panel (utils/ui/shadow-host.ts) lists clauses: never a page's agreement. */
const OWN_HOST = 'CLAUSEWISE-ROOT';

/**
 * Every open shadow root in the document, nested ones included (outer before inner). One pass
 * over the light DOM's elements with no work per element beyond a property read, so a page
 * without web components pays only that pass.
 */
export function findOpenShadowRoots(doc: Document): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const all = doc.getElementsByTagName('*');
  const count = Math.min(all.length, MAX_ELEMENTS_SCANNED);
  for (let i = 0; i < count && found.length < MAX_SHADOW_ROOTS; i++) {
    const shadow = all[i].shadowRoot;
    if (shadow && all[i].tagName !== OWN_HOST) found.push(shadow);
  }
  // Shadow trees are not in the document's element list: search each one found, in turn.
  let scanned = count;
  for (let r = 0; r < found.length && found.length < MAX_SHADOW_ROOTS && scanned < MAX_ELEMENTS_SCANNED; r++) {
    const inner = found[r].querySelectorAll('*');
    scanned += inner.length;
    for (let i = 0; i < inner.length && found.length < MAX_SHADOW_ROOTS; i++) {
      const shadow = inner[i].shadowRoot;
      if (shadow) found.push(shadow);
    }
  }
  return found;
}

/** The element a node renders inside: its parent, or the host of the shadow root it sits in. */
export function composedParent(el: Element): Element | null {
  const parent = el.parentElement;
  if (parent) return parent;
  const node = el.parentNode;
  return node && node.nodeType === 11 && 'host' in node ? (node as ShadowRoot).host : null;
}

/** Does `ancestor` render `node`, directly or through shadow roots below it? */
export function composedContains(ancestor: Element, node: Node): boolean {
  for (let n: Node | null = node; n; ) {
    if (ancestor.contains(n)) return true;
    const root = n.getRootNode();
    n = root.nodeType === 11 && 'host' in root ? (root as ShadowRoot).host : null;
  }
  return false;
}

function ownShadowTextLength(root: ShadowRoot): number {
  let n = 0;
  for (let c = root.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1 && NOT_TEXT.has((c as Element).tagName)) continue;
    n += (c.textContent ?? '').length;
  }
  return n;
}

/**
 * Text length as rendered: an element's own text plus that of the shadow roots inside it
 * (textContent stops at a shadow host). Without shadow roots this is textContent's length.
 */
export function renderedTextLength(shadowRoots: readonly ShadowRoot[]): (el: Element) => number {
  if (shadowRoots.length === 0) return (el) => (el.textContent ?? '').length;
  const shadowLengths = shadowRoots.map(ownShadowTextLength);
  const cache = new Map<Element, number>();
  return (el) => {
    let n = cache.get(el);
    if (n === undefined) {
      n = (el.textContent ?? '').length;
      for (let i = 0; i < shadowRoots.length; i++) if (composedContains(el, shadowRoots[i].host)) n += shadowLengths[i];
      cache.set(el, n);
    }
    return n;
  };
}
