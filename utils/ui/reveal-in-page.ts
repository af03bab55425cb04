/**
 * "Show in page" for a clause the page keeps folded away. Terms pages often fold their sections
 * into `<details>`, `hidden="until-found"` sections (which the browser's find-in-page opens) or
 * a script's accordion, and scrolling to an element that is not shown does nothing. The user
 * asked to see the clause, so it is unfolded the way the page's own controls would unfold it:
 * each closed `<details>` around it opens (its `toggle` event tells the page), an `until-found`
 * section is revealed as find-in-page reveals it (`beforematch`, then the attribute goes), and
 * an accordion whose button names the hidden section (`aria-controls`, with `aria-expanded` or
 * a tab's `aria-selected` false), or whose closed header (`aria-expanded="false"`) stands right
 * before it, is opened by a click on that button. A section hidden any other way is the page's
 * to open: the caller says so instead.
 */

/** How long a script's accordion gets to show its section after the click (frameworks render a little later). */
const ACCORDION_RENDER_MS = 150;

/** Whether `element` is shown. A closed <details> keeps its content laid out in Firefox (hidden by content-visibility), so boxes prove nothing there; checkVisibility() knows both ways of hiding. */
function isShown(element: Element): boolean {
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : element.getClientRects().length > 0;
}

/** Opens the closed <details> and until-found sections around `element`. */
function unfoldMarkup(element: Element): void {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const parent = node.parentElement;
    // The summary of a closed <details> stays on screen; the rest of it does not.
    if (parent?.tagName === 'DETAILS' && !(parent as HTMLDetailsElement).open && node.tagName !== 'SUMMARY') (parent as HTMLDetailsElement).open = true;
    if (node.getAttribute('hidden') === 'until-found') {
      node.dispatchEvent(new Event('beforematch', { bubbles: true }));
      node.removeAttribute('hidden');
    }
  }
}

const isClosed = (control: Element) =>
  control.getAttribute('aria-expanded') === 'false' || (control.getAttribute('role') === 'tab' && control.getAttribute('aria-selected') === 'false');

/**
 * The closed disclosure buttons and unselected tabs of the sections around `element`, outermost
 * first: those that name a section (`aria-controls`), or else a closed disclosure that stands
 * right before a section hidden from view (the accordion's header, or the one such control in it).
 */
function closedControlsOf(element: Element): HTMLElement[] {
  const doc = element.ownerDocument;
  const controls: HTMLElement[] = [];
  for (let node: Element | null = element; node && node !== doc.body; node = node.parentElement) {
    const named = node.id ? [...doc.querySelectorAll<HTMLElement>(`[aria-controls~="${CSS.escape(node.id)}"]`)].filter(isClosed) : [];
    if (named.length > 0) {
      controls.unshift(...named);
      continue;
    }
    const header = node.previousElementSibling as HTMLElement | null;
    if (!header || isShown(node)) continue;
    const inside = header.querySelectorAll<HTMLElement>('[aria-expanded="false"]');
    const control = isClosed(header) ? header : inside.length === 1 ? inside[0] : undefined;
    if (control) controls.unshift(control);
  }
  return controls;
}

/** Unfolds what folds `element` away; resolves to whether it is shown now. */
export async function revealInPage(element: Element): Promise<boolean> {
  unfoldMarkup(element);
  if (isShown(element)) return true;
  const controls = closedControlsOf(element);
  if (controls.length === 0) return false;
  for (const control of controls) control.click();
  if (isShown(element)) return true;
  await new Promise((resolve) => setTimeout(resolve, ACCORDION_RENDER_MS));
  return isShown(element);
}
