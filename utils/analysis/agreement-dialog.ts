/**
 * An agreement shown in a dialog over another page: a news article whose "Join" button builds
 * a sign-up dialog with the terms written out in it. The page's main text is the article, which
 * outweighs the terms; the dialog the user is asked to agree in is what they are agreeing to.
 */
import type { FoundControl } from './agree-controls';

const DIALOG = 'dialog, [role=dialog], [role=alertdialog], [aria-modal=true]';

/** Shown on screen: `checkVisibility` where the DOM has it (browsers), else not hidden by markup. */
function isShown(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el) : el.closest('[hidden], dialog:not([open])') === null;
}

/**
 * The dialog on screen that holds an agree control, if any (the outermost, where dialogs
 * nest). Whether its text is an agreement is for the analysis to say.
 */
export function dialogWithAgreeControl(controls: readonly FoundControl[]): Element | undefined {
  for (const { element } of controls) {
    let dialog = element.closest(DIALOG);
    for (let outer = dialog?.parentElement?.closest(DIALOG); outer; outer = outer.parentElement?.closest(DIALOG)) dialog = outer;
    if (dialog && isShown(dialog)) return dialog;
  }
  return undefined;
}
