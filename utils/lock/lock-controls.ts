/**
 * Holds a page's agree controls: while locked, no click, key press, label click or form
 * submission (nor, on a slide-to-verify slider, a press, move or arrow key) reaches them or the
 * page's handlers, whether the event comes from the user or from a script. The state lives in
 * this (isolated) script, so nothing the page does can release it; releasing removes every
 * listener and observer, leaving the page exactly as it was — we never touch `disabled`,
 * `checked` or any attribute, so those stay whatever the page set.
 *
 * Frameworks re-render: React or Vue may replace a locked checkbox with a new node. When a
 * held control leaves the document, or new controls appear, `refind` is asked for the page's
 * agree controls again and every one it returns is held too. This runs in the mutation
 * observer's callback, which the browser delivers before it handles the next user input, so a
 * replacement node is never clickable in between.
 */
import { watchControls, type ControlWatcher } from './watch-controls';

export interface LockHooks {
  /** A real user tried to use a locked control (trusted events only). */
  onBlocked(control: Element): void;
  /** The set of held controls changed (a re-rendered or newly inserted control). */
  onChange?(): void;
  /** The page's agree controls now, for re-rendered or late controls; omit to hold only `controls`. */
  refind?(): Element[];
  /**
   * Held controls that are dragged rather than pressed (a slide-to-verify slider): their moves
   * and arrow keys are held too, and a person pressing on one counts as an attempt.
   */
  isSlider?(control: Element): boolean;
}

export interface ControlLock {
  readonly locked: boolean;
  /** Controls currently held (connected ones first). */
  readonly controls: readonly Element[];
  release(): void;
}

const POINTER_EVENTS = ['click', 'dblclick', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend'];
const KEY_EVENTS = ['keydown', 'keypress', 'keyup'];
const ACTIVATING_KEYS = new Set([' ', 'Enter', 'Spacebar']);
/** A slider's drag: holding its press already stops most pages from starting one; the moves are held for pages that start on a move. */
const DRAG_EVENTS = ['pointermove', 'mousemove', 'touchmove', 'dragstart'];
/** Keys that move a focusable slider (role=slider). */
const SLIDER_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Left', 'Right', 'Up', 'Down', 'Home', 'End', 'PageUp', 'PageDown']);

export function lockControls(controls: Element[], hooks: LockHooks): ControlLock {
  const held = new Set(controls);
  const isSlider = (control: Element): boolean => {
    try {
      return hooks.isSlider?.(control) === true;
    } catch {
      return false;
    }
  };
  let locked = true;
  let watcher: ControlWatcher | undefined;

  /** The locked control an event is aimed at, through labels and nested content. */
  const lockedTarget = (event: Event): Element | undefined => {
    for (const node of event.composedPath()) {
      if (!(node instanceof Element)) continue;
      if (held.has(node)) return node;
      const control = node.tagName === 'LABEL' ? (node as HTMLLabelElement).control : null;
      if (control && held.has(control)) return control;
    }
    return undefined;
  };

  const block = (event: Event, control: Element) => {
    event.preventDefault();
    event.stopImmediatePropagation();
    // Only a person's attempt is worth a hint; a page script's synthetic event is just dropped.
    // A drag on a slider may end anywhere, so its click may never come: its press is the attempt.
    const attempt = event.type === 'click' || event.type === 'keydown' || event.type === 'submit' || (event.type === 'pointerdown' && isSlider(control));
    if (event.isTrusted && attempt) {
      try {
        hooks.onBlocked(control);
      } catch {
        // The hint is a courtesy; the block itself has already happened.
      }
    }
  };

  const onPointer = (event: Event) => {
    const control = lockedTarget(event);
    if (control) block(event, control);
  };

  const onKey = (event: Event) => {
    const key = (event as KeyboardEvent).key;
    const activating = ACTIVATING_KEYS.has(key);
    if (!activating && !SLIDER_KEYS.has(key)) return;
    const control = lockedTarget(event);
    if (control && (activating || isSlider(control))) block(event, control);
  };

  const onDrag = (event: Event) => {
    const control = lockedTarget(event);
    if (control && isSlider(control)) block(event, control);
  };

  // Enter in a text field submits its form; so does form.requestSubmit() from a script.
  const onSubmit = (event: Event) => {
    const form = event.composedPath()[0] as HTMLFormElement | null;
    if (!form || typeof form.contains !== 'function') return;
    for (const control of held) {
      if (form.contains(control) || (control as HTMLInputElement).form === form) {
        block(event, control);
        return;
      }
    }
  };

  const listeners: Array<[string, (e: Event) => void]> = [
    ...POINTER_EVENTS.map((type) => [type, onPointer] as [string, (e: Event) => void]),
    ...KEY_EVENTS.map((type) => [type, onKey] as [string, (e: Event) => void]),
    ['submit', onSubmit],
    // Moves are listened to only by a lock that may hold a slider; each costs a look along the event's path.
    ...(hooks.isSlider ? DRAG_EVENTS.map((type) => [type, onDrag] as [string, (e: Event) => void]) : []),
  ];
  const win = controls[0]?.ownerDocument.defaultView ?? window;
  for (const [type, listener] of listeners) win.addEventListener(type, listener, true);

  if (hooks.refind) {
    const refind = hooks.refind;
    watcher = watchControls(held, () => {
      let added = false;
      for (const control of refind()) {
        if (held.has(control)) continue;
        held.add(control);
        added = true;
      }
      // Detached controls are kept (the page may put them back) but no longer shown first.
      if (added) hooks.onChange?.();
    });
  }

  return {
    get locked() {
      return locked;
    },
    get controls() {
      const all = [...held];
      return [...all.filter((c) => c.isConnected), ...all.filter((c) => !c.isConnected)];
    },
    release() {
      if (!locked) return;
      locked = false;
      for (const [type, listener] of listeners) win.removeEventListener(type, listener, true);
      watcher?.stop();
      held.clear();
    },
  };
}
