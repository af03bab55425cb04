import { useEffect, useState } from 'preact/hooks';
import { t, uiLanguageTag } from '@/utils/i18n';
import { followLayout, lockHintPositions } from '@/utils/ui/position';

const ANNOUNCE_AFTER_MS = 100;

/** Where the lock hints go (no panel is open while the terms are read): beside the control and its label. */
const placeBeside = (control: Element) => lockHintPositions([control], window.innerWidth)[0];

/**
 * Shown beside an agree control the user tried while Clausewise was still reading the terms it
 * links to: a quiet line that lets the click through to nothing and says why. It takes no
 * pointer events, so it never covers what the user meant to press next.
 */
export function PendingHint({ control, attempts }: { control: Element; attempts: number }) {
  // Placed in the first render, not after it: the hint is up in the same task as the blocked
  // click, whatever the page's timers and frames are doing (a busy or hidden page delays effects).
  const [position, setPosition] = useState(() => placeBeside(control));
  const [spoken, setSpoken] = useState('');

  useEffect(
    () =>
      followLayout(() => setPosition(placeBeside(control)), [control]),
    [control],
  );

  // A live region announces what changes in it, not what it held when it was inserted: the
  // words arrive a moment after the region, and again after each further attempt.
  useEffect(() => {
    setSpoken('');
    const timer = setTimeout(() => setSpoken(t('lock.pendingHint')), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [attempts]);

  return (
    <div lang={uiLanguageTag()}>
      {position && (
        <div class="pending-hint" aria-hidden="true" style={{ top: `${position.top}px`, left: `${position.left}px` }}>
          {t('lock.pendingHint')}
        </div>
      )}
      <div class="sr-only" role="status" aria-live="polite">
        {spoken}
      </div>
    </div>
  );
}
