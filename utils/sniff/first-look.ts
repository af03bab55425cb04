/**
 * The first look, the only code that runs on every page and in every frame: counts of the
 * elements an agreement is accepted with or arrives in, without touching a single element.
 *
 * Why so little: in the script's isolated world the first element a script touches costs
 * 0.5–0.7 ms (its interfaces are built on first use), and every kilobyte of script costs about
 * 0.06 ms to parse (both measured with the bench's trace). The title and the address are
 * therefore read by the background from the tab (background-first-look.ts), and everything
 * that reads elements is the closer look (looks-like-agreement.ts), a separate script the
 * background loads only where this says "maybe".
 */

/** The fields every agree checkbox and implicit consent the closer look can find needs, an e-mail field that a next step may follow with terms, and dialogs: one query, one walk of the page (a compound selector costs less than a list of attribute selectors, measured). */
const MAYBE_SIGNS = 'input:is([type=checkbox], [type=password], [type=tel], [type=email]), dialog';

/** Fewer elements than this at idle time (head included): most of the page is still to be rendered by script. */
export const MIN_ELEMENTS_OF_A_RENDERED_PAGE = 120;

/**
 * Whether the closer look could find anything here. A page still to be rendered by script is
 * looked at, to be watched; so is a page without a title, whose headings are all there is to go
 * by. A rendered single-page app is not: when it moves to another view the background runs this
 * look again (background-first-look.ts). A query that finds nothing creates no element for this
 * script.
 *
 * In a subframe only the fields and dialogs count: ad and widget frames are small and untitled,
 * and would each get the closer look for nothing. A subframe is judged by its address in the
 * background, and its clicks make it look again like any page.
 */
export function mayHoldAgreement(doc: Document, isTopFrame = true): boolean {
  return (
    doc.querySelector(MAYBE_SIGNS) !== null ||
    (isTopFrame && (doc.getElementsByTagName('*').length < MIN_ELEMENTS_OF_A_RENDERED_PAGE || doc.title.trim() === ''))
  );
}
