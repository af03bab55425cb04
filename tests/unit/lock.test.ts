// @vitest-environment jsdom
/**
 * The lock on its own, in jsdom (browser behaviour with trusted input is covered end to end in
 * tests/e2e/lock-*.test.ts): a page script's events are dropped and never counted as a user's,
 * release leaves no listener behind, re-rendered and late controls are held, a submit from the
 * form is stopped.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lockControls, type ControlLock } from '../../utils/lock/lock-controls';

let lock: ControlLock | undefined;
afterEach(() => {
  lock?.release();
  lock = undefined;
  document.body.replaceChildren();
});

function form(): { box: HTMLInputElement; button: HTMLButtonElement; form: HTMLFormElement } {
  document.body.innerHTML =
    '<form id=f><label><input type=checkbox id=box> I agree to the Terms</label><input id=name><button id=go>Create account</button></form>';
  return {
    box: document.getElementById('box') as HTMLInputElement,
    button: document.getElementById('go') as HTMLButtonElement,
    form: document.getElementById('f') as HTMLFormElement,
  };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('lockControls', () => {
  it('drops a page script\'s clicks on the box and its label without reporting them as attempts', () => {
    const { box } = form();
    const onBlocked = vi.fn();
    lock = lockControls([box], { onBlocked });
    box.click();
    document.querySelector('label')!.click();
    expect(box.checked).toBe(false);
    expect(onBlocked).not.toHaveBeenCalled();
  });

  it('lets the page handlers see the same events after release, and changes no attribute', () => {
    const { box } = form();
    const before = document.body.innerHTML;
    const seen: string[] = [];
    box.addEventListener('click', () => seen.push('click'));
    lock = lockControls([box], { onBlocked: () => undefined });
    box.click();
    expect(seen).toEqual([]);
    lock.release();
    box.click();
    expect(seen).toEqual(['click']);
    expect(box.checked).toBe(true);
    box.checked = false;
    expect(document.body.innerHTML).toBe(before);
  });

  it('stops the form from submitting while a control in it is held', () => {
    const { box, form: f } = form();
    const submitted = vi.fn((e: Event) => e.preventDefault());
    f.addEventListener('submit', submitted);
    lock = lockControls([box], { onBlocked: () => undefined });
    f.requestSubmit();
    expect(submitted).not.toHaveBeenCalled();
    lock.release();
    f.requestSubmit();
    expect(submitted).toHaveBeenCalledTimes(1);
  });

  it('holds the new node when a framework replaces a locked checkbox', async () => {
    const { box } = form();
    const onChange = vi.fn();
    lock = lockControls([box], {
      onBlocked: () => undefined,
      onChange,
      refind: () => Array.from(document.querySelectorAll('#box')),
    });
    const replacement = box.cloneNode(true) as HTMLInputElement;
    box.replaceWith(replacement);
    await flush();
    expect(onChange).toHaveBeenCalled();
    expect(lock.controls).toContain(replacement);
    replacement.click();
    expect(replacement.checked).toBe(false);
  });

  it('holds an agree button inserted later', async () => {
    const { box } = form();
    lock = lockControls([box], {
      onBlocked: () => undefined,
      refind: () => Array.from(document.querySelectorAll('#box, #late')),
    });
    document.body.insertAdjacentHTML('beforeend', '<div><button id=late>I agree</button></div>');
    await flush();
    const late = document.getElementById('late')!;
    const clicked = vi.fn();
    late.addEventListener('click', clicked);
    late.click();
    expect(clicked).not.toHaveBeenCalled();
  });

  it('keeps holding when the re-find throws, and stops watching after release', async () => {
    const { box } = form();
    const refind = vi.fn(() => {
      throw new Error('broken');
    });
    lock = lockControls([box], { onBlocked: () => undefined, refind });
    document.body.insertAdjacentHTML('beforeend', '<button>x</button>');
    await flush();
    expect(refind).toHaveBeenCalledTimes(1);
    box.click();
    expect(box.checked).toBe(false);
    lock.release();
    document.body.insertAdjacentHTML('beforeend', '<button>y</button>');
    await flush();
    expect(refind).toHaveBeenCalledTimes(1);
  });
});
