/**
 * A sign-up form whose agree checkbox links to terms on another page, written into the test's
 * document, and a page script's click on it: shared by the lock's fail-open and pending-hold tests.
 */
export function loadLinkedSignup(): HTMLInputElement {
  document.title = 'Create account';
  document.body.innerHTML = '<form><label><input type=checkbox id=box> I have read and agree to the <a href="/legal/terms">Terms of Service</a></label><button>Create account</button></form>';
  return document.getElementById('box') as HTMLInputElement;
}

/** A page script's click (the lock drops it): true when the box toggles, i.e. nothing holds it. */
export function toggles(box: HTMLInputElement): boolean {
  const was = box.checked;
  box.click();
  const now = box.checked;
  box.checked = was;
  return now !== was;
}
