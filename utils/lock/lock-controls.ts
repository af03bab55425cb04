/**
 * Holds a page's agree controls: while locked, no click, key press, label click or form
 * submission reaches them or the page's handlers, whether the event comes from the user or from
 * a script. The state lives in this (isolated) script, so nothing the page does can release it;
 * releasing removes every listener, leaving the page exactly as it was.
 */

export interface LockHooks {
  /** A real user tried to use a locked control (trusted events only). */
  onBlocked(control: Element): void;
}

export interface ControlLock {
  readonly locked: boolean;
  /** Controls currently held. */
  readonly controls: readonly Element[];
  release(): void;
}

const POINTER_EVENTS = ['click', 'dblclick', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend'];
const KEY_EVENTS = ['keydown', 'keypress', 'keyup'];
const ACTIVATING_KEYS = new Set([' ', 'Enter', 'Spacebar']);

export function lockControls(controls: Element[], hooks: LockHooks): ControlLock {
  const held = new Set(controls);
  let locked = true;

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
    if (event.isTrusted && (event.type === 'click' || event.type === 'keydown' || event.type === 'submit')) {
      hooks.onBlocked(control);
    }
  };

  const onPointer = (event: Event) => {
    const control = lockedTarget(event);
    if (control) block(event, control);
  };

  const onKey = (event: Event) => {
    const key = (event as KeyboardEvent).key;
    if (!ACTIVATING_KEYS.has(key)) return;
    const control = lockedTarget(event);
    if (control) block(event, control);
  };

  // Enter in a text field submits its form; so does form.requestSubmit() from a script.
  const onSubmit = (event: Event) => {
    const form = event.target as HTMLFormElement | null;
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
  ];
  for (const [type, listener] of listeners) window.addEventListener(type, listener, true);

  return {
    get locked() {
      return locked;
    },
    get controls() {
      return [...held];
    },
    release() {
      if (!locked) return;
      locked = false;
      for (const [type, listener] of listeners) window.removeEventListener(type, listener, true);
      held.clear();
    },
  };
}
