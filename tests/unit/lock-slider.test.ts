// @vitest-environment jsdom
/**
 * The lock on a slide-to-verify slider, in jsdom (trusted drags in real browsers are in
 * tests/e2e/implicit-slider.test.ts): presses, moves and arrow keys on the knob or its track
 * never reach the page while held, a page script's events are not counted as a person's, and
 * after release the page's handlers receive exactly what they would have without the lock.
 * Controls that are not sliders keep their arrow keys and moves.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lockControls, type ControlLock } from '../../utils/lock/lock-controls';

let lock: ControlLock | undefined;
afterEach(() => {
  lock?.release();
  lock = undefined;
  document.body.replaceChildren();
});

const EVENTS = ['pointerdown', 'mousedown', 'mousemove', 'pointermove', 'mouseup', 'touchstart', 'touchmove', 'keydown'];

function slider() {
  document.body.innerHTML = '<form><div id=track><div id=knob role=slider tabindex=0>&gt;&gt;</div><span>向右滑动验证</span></div><button id=next>下一步</button></form>';
  const track = document.getElementById('track')!;
  const knob = document.getElementById('knob')!;
  const seen: string[] = [];
  for (const type of EVENTS) knob.addEventListener(type, (e) => seen.push(type === 'keydown' ? `keydown:${(e as KeyboardEvent).key}` : type));
  return { track, knob, next: document.getElementById('next')!, seen };
}

/** What a drag and the slider's keys look like to the page, sent by script (untrusted). */
function dragAndKeys(knob: Element) {
  for (const type of EVENTS.filter((t) => t !== 'keydown')) knob.dispatchEvent(new Event(type, { bubbles: true, cancelable: true }));
  for (const key of ['ArrowRight', 'End', 'Home', 'PageUp', 'Enter']) knob.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}

describe('lockControls on a slider', () => {
  it('holds presses, moves and arrow keys on the knob inside a held track, without counting a script\'s events as attempts', () => {
    const { track, knob, seen } = slider();
    const onBlocked = vi.fn();
    lock = lockControls([track], { onBlocked, isSlider: (c) => c === track });
    dragAndKeys(knob);
    expect(seen).toEqual([]);
    expect(onBlocked).not.toHaveBeenCalled();
    expect(lock.locked).toBe(true);
  });

  it('gives the page every event, in order, once released, and leaves the DOM as it was', () => {
    const { track, knob, seen } = slider();
    const before = document.body.innerHTML;
    lock = lockControls([track], { onBlocked: () => undefined, isSlider: (c) => c === track });
    dragAndKeys(knob);
    lock.release();
    dragAndKeys(knob);
    expect(seen).toEqual([...EVENTS.filter((t) => t !== 'keydown'), 'keydown:ArrowRight', 'keydown:End', 'keydown:Home', 'keydown:PageUp', 'keydown:Enter']);
    expect(document.body.innerHTML).toBe(before);
  });

  it('leaves moves and arrow keys on a held button alone (only its activation is held)', () => {
    const { next } = slider();
    const seen: string[] = [];
    for (const type of ['mousemove', 'keydown', 'click']) next.addEventListener(type, () => seen.push(type));
    lock = lockControls([next], { onBlocked: () => undefined, isSlider: () => false });
    next.dispatchEvent(new Event('mousemove', { bubbles: true }));
    next.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    next.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    next.click();
    expect(seen).toEqual(['mousemove', 'keydown']);
  });

  it('treats a slider hook that throws as "not a slider": presses are still held, moves pass', () => {
    const { track, knob, seen } = slider();
    lock = lockControls([track], {
      onBlocked: () => undefined,
      isSlider: () => {
        throw new Error('broken');
      },
    });
    dragAndKeys(knob);
    expect(seen).toEqual(['mousemove', 'pointermove', 'touchmove', 'keydown:ArrowRight', 'keydown:End', 'keydown:Home', 'keydown:PageUp']);
  });
});
