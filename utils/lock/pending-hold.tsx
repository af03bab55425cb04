/**
 * Holds a page's agree controls while Clausewise is still deciding whether they need a review:
 * "I agree to the <a>Terms</a>" sends us off to fetch and read the terms, which may take
 * seconds, and a box ticked meanwhile would be accepted unseen. The hold is the review's own
 * lock (same blockers, trusted and synthetic events alike), but it shows only a quiet line
 * beside a control the user tries, drawn in a shadow root created on that first attempt, so a
 * page nobody touches while we decide is never changed at all.
 *
 * It ends one of two ways: the caller releases it once the review's lock holds the controls,
 * or once it has decided there is nothing to lock (fail open); or it releases itself after
 * `capMs`, so nothing that never answers can keep a page held. Releasing leaves the page as it
 * was: no listener, no element of ours, `checked` and `disabled` as the page set them. A click
 * made while held is dropped, not replayed later: the user acted without the terms, and a click
 * replayed seconds afterwards could submit a form they had moved on from.
 */
import { render } from 'preact';
import { PendingHint } from '@/components/PendingHint';
import { createShadowHost, type ShadowHost } from '@/utils/ui/shadow-host';
import { lockControls } from './lock-controls';

export interface PendingHoldOptions {
  /** Released after this long whatever happens (the linked-terms deadline plus a margin). */
  capMs: number;
  /** The shadow root's stylesheet (panel.css). */
  css: string;
  /** See `LockHooks.refind`: re-rendered or late controls are held too. */
  refind?(): Element[];
  isSlider?(control: Element): boolean;
}

export interface PendingHold {
  /** False once released (by the caller or the cap). */
  readonly held: boolean;
  /** Controls held now, re-rendered ones included: the review's lock takes these over. */
  readonly controls: readonly Element[];
  release(): void;
}

export function holdWhileDeciding(doc: Document, controls: Element[], options: PendingHoldOptions): PendingHold {
  let host: ShadowHost | undefined;
  let attempts = 0;

  const showHint = (control: Element) => {
    if (!lock.locked) return;
    attempts++;
    host ??= createShadowHost(doc, options.css);
    render(<PendingHint control={control} attempts={attempts} />, host.root);
  };

  const lock = lockControls(controls, { onBlocked: showHint, refind: options.refind, isSlider: options.isSlider });

  const release = () => {
    clearTimeout(cap);
    lock.release();
    if (host) {
      try {
        render(null, host.root);
      } finally {
        host.remove();
        host = undefined;
      }
    }
  };

  const cap = setTimeout(() => {
    console.warn(`Clausewise: no decision after ${options.capMs} ms; the agree controls are released.`);
    release();
  }, options.capMs);

  return {
    get held() {
      return lock.locked;
    },
    get controls() {
      return lock.controls;
    },
    release,
  };
}
