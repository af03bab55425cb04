/**
 * "Show in page" for a clause the page keeps folded away. Terms pages often fold their sections
 * into `<details>` (or `hidden="until-found"` sections that the browser's find-in-page opens),
 * and scrolling to an element that is not rendered does nothing. The user asked to see the
 * clause, so it is unfolded the way the page's own controls would: each closed `<details>`
 * around it opens (its `toggle` event tells the page), an `until-found` section is revealed as
 * find-in-page reveals it (`beforematch`, then the attribute goes). Anything else that hides it
 * (a script's accordion, `display: none`) is the page's to open: the caller says so instead.
 */

/** Unfolds what folds `element` away; returns whether it is rendered now. */
export function revealInPage(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const parent = node.parentElement;
    // The summary of a closed <details> stays on screen; the rest of it does not.
    if (parent?.tagName === 'DETAILS' && !(parent as HTMLDetailsElement).open && node.tagName !== 'SUMMARY') (parent as HTMLDetailsElement).open = true;
    if (node.getAttribute('hidden') === 'until-found') {
      node.dispatchEvent(new Event('beforematch', { bubbles: true }));
      node.removeAttribute('hidden');
    }
  }
  // A closed <details> keeps its content laid out in Firefox (hidden by content-visibility), so
  // boxes prove nothing there; checkVisibility() knows both ways of hiding.
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : element.getClientRects().length > 0;
}
