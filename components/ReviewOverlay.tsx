import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import type { Analysis } from '@/utils/analysis/types';
import { followLayout } from '@/utils/ui/position';
import { LockHints, type HintPosition } from './LockHints';
import { Panel, type LockStatus } from './Panel';

export interface ReviewOverlayProps {
  analysis: Analysis;
  clauseElements: Element[];
  /** Locked controls, for placing hints; empty once unlocked. */
  lockedControls: Element[];
  status: LockStatus;
  readDelayMs: number;
  allowSkip: boolean;
  /** Bumped by the lock each time a user tries a locked control. */
  blockedAttempts: number;
  onReadToEnd(): void;
  onSkip(): void;
}

const HIGHLIGHT_MS = 2500;

/** Everything Clausewise draws on an agreement page: panel, lock hints, clause highlight. */
export function ReviewOverlay(props: ReviewOverlayProps) {
  const [expanded, setExpanded] = useState(true);
  const [announcement, setAnnouncement] = useState('');
  const [hints, setHints] = useState<HintPosition[]>([]);
  const [highlight, setHighlight] = useState<{ element: Element; rect: DOMRect } | null>(null);

  // Lock hints follow their controls as the page scrolls.
  useEffect(() => {
    if (props.lockedControls.length === 0) {
      setHints([]);
      return;
    }
    return followLayout(() => {
      setHints(
        props.lockedControls
          .map((control) => control.getBoundingClientRect())
          .filter((r) => r.width > 0 || r.height > 0)
          .map((r) => ({ top: Math.max(0, r.top - 34), left: Math.max(0, r.left) })),
      );
    });
  }, [props.lockedControls]);

  // A blocked attempt brings the panel forward and tells screen-reader users why.
  useEffect(() => {
    if (props.blockedAttempts === 0) return;
    setExpanded(true);
    setAnnouncement(i18n.t('lock.announce'));
  }, [props.blockedAttempts]);

  useEffect(() => {
    if (!highlight) return;
    const element = highlight.element;
    const stop = followLayout(() => setHighlight((h) => (h ? { element, rect: element.getBoundingClientRect() } : h)));
    const timer = setTimeout(() => setHighlight(null), HIGHLIGHT_MS);
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [highlight?.element]);

  const showClause = (index: number) => {
    const element = props.clauseElements[index];
    if (!element) return;
    element.scrollIntoView({ block: 'center', behavior: 'smooth' });
    setHighlight({ element, rect: element.getBoundingClientRect() });
  };

  return (
    <>
      <Panel
        analysis={props.analysis}
        status={props.status}
        expanded={expanded}
        readDelayMs={props.readDelayMs}
        announcement={announcement}
        allowSkip={props.allowSkip}
        onToggle={() => setExpanded((e) => !e)}
        onReadToEnd={props.onReadToEnd}
        onSkip={props.onSkip}
        onShowClause={showClause}
      />
      {props.status === 'locked' && (
        <LockHints positions={hints} flash={props.blockedAttempts > 0} onOpen={() => setExpanded(true)} />
      )}
      {highlight && (
        <div
          class="highlight"
          aria-hidden="true"
          style={{
            top: `${highlight.rect.top - 4}px`,
            left: `${highlight.rect.left - 4}px`,
            width: `${highlight.rect.width + 8}px`,
            height: `${highlight.rect.height + 8}px`,
          }}
        />
      )}
    </>
  );
}
