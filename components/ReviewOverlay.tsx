import { t } from '@/utils/i18n';
import type { Category } from '@/utils/analysis/types';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Analysis } from '@/utils/analysis/types';
import { followLayout, lockHintPositions } from '@/utils/ui/position';
import { refindClause } from '@/utils/ui/refind-clause';
import { revealInPage } from '@/utils/ui/reveal-in-page';
import { scrollTextBoxTo } from '@/utils/ui/text-box-scroll';
import { LockHints, type HintPosition } from './LockHints';
import { Panel, type EarlierReadView, type LockStatus } from './Panel';

export interface ReviewOverlayProps {
  analysis: Analysis;
  clauseElements: Element[];
  /** Where each clause ends in the page, if not in its own element (list items joined to it). */
  clauseEnds?: Element[];
  /** Locked controls, for placing hints; empty once unlocked. */
  lockedControls: Element[];
  /** Locked slide-to-verify sliders get a hint that says continuing is accepting. */
  isSlider?(control: Element): boolean;
  status: LockStatus;
  readDelayMs: number;
  allowSkip: boolean;
  /** Categories whose clauses must be scrolled through to unlock (default: all). */
  requiredCategories?: readonly Category[];
  /** Read, but the minimum reading time has not yet passed. */
  waitingForMinimum?: boolean;
  /** See `PanelProps.readsWithoutLock`. */
  readsWithoutLock?: boolean;
  /** Bumped by the lock each time a user tries a locked control. */
  blockedAttempts: number;
  onReadToEnd(): void;
  onSkip(): void;
  /** Research mode: the reader jumped to a clause in the page. */
  onShowClause?(index: number): void;
  /** Receives the overlay's "Show in page", for requests from outside the panel (the browser's side panel). */
  onShowReady?(show: (index: number) => void): void;
  /** Research mode: see `PanelProps.onListElement`. */
  onListElement?(list: HTMLElement | null): void;
  /** Research mode: consent notice or recording indicator for the panel. */
  research?: ComponentChildren;
  /** The user's earlier read of this agreement, if any: the panel marks what is new since. */
  earlierRead?: EarlierReadView;
}

const HIGHLIGHT_MS = 2500;

interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** The box around a clause from its first element to its last (the list its items came from). */
function spanRect(first: Element, last: Element): Rect {
  const a = first.getBoundingClientRect();
  if (last === first) return a;
  const b = last.getBoundingClientRect();
  const top = Math.min(a.top, b.top);
  const left = Math.min(a.left, b.left);
  return { top, left, width: Math.max(a.right, b.right) - left, height: Math.max(a.bottom, b.bottom) - top };
}

/** Everything Clausewise draws on an agreement page: panel, lock hints, clause highlight. */
export function ReviewOverlay(props: ReviewOverlayProps) {
  const [expanded, setExpanded] = useState(true);
  const [announcement, setAnnouncement] = useState('');
  const [hints, setHints] = useState<HintPosition[]>([]);
  const [highlight, setHighlight] = useState<{ element: Element; end: Element; rect: Rect } | null>(null);
  /** Where text is laid out to be measured (see text-box-scroll.ts). */
  const scratch = useRef<HTMLDivElement>(null);

  // Lock hints follow their controls as the page scrolls, clear of the open panel.
  useEffect(() => {
    if (props.lockedControls.length === 0) {
      setHints([]);
      return;
    }
    return followLayout(() => {
      // Where the open panel begins, as laid out (its width depends on the window's).
      const panel = expanded ? (scratch.current?.getRootNode() as ParentNode | undefined)?.querySelector('.panel') : null;
      const right = panel ? panel.getBoundingClientRect().left : window.innerWidth;
      const positions = lockHintPositions(props.lockedControls, right);
      setHints(props.lockedControls.flatMap((control, i) => {
        const position = positions[i];
        return position ? [{ ...position, slider: props.isSlider?.(control) === true }] : [];
      }));
    }, props.lockedControls);
  }, [props.lockedControls, expanded]);

  // A blocked attempt brings the panel forward and tells screen-reader users why.
  useEffect(() => {
    if (props.blockedAttempts === 0) return;
    setExpanded(true);
    setAnnouncement(t('lock.announce'));
  }, [props.blockedAttempts]);

  useEffect(() => {
    if (!highlight) return;
    const { element, end } = highlight;
    const stop = followLayout(() => setHighlight((h) => (h ? { element, end, rect: spanRect(element, end) } : h)), [element, end]);
    const timer = setTimeout(() => setHighlight(null), HIGHLIGHT_MS);
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [highlight?.element]);

  const showClause = async (index: number) => {
    const clause = props.analysis.clauses[index];
    let element = props.clauseElements[index];
    if (!element) return;
    let end = props.clauseEnds?.[index] ?? element;
    // The page has re-rendered its terms since the analysis: the clause's new element.
    const again = !element.isConnected && clause ? refindClause(element.ownerDocument, clause.text) : undefined;
    if (again) element = end = again;
    props.onShowClause?.(index);
    if (!element.isConnected) {
      setAnnouncement(t('panel.goneFromPage'));
      return;
    }
    if (!(await revealInPage(element))) {
      // Hidden by the page in a way only the page can undo: say so rather than do nothing.
      setAnnouncement(t('panel.hiddenInPage'));
      return;
    }
    setAnnouncement((said) => (said === t('panel.hiddenInPage') || said === t('panel.goneFromPage') ? '' : said));
    element.scrollIntoView({ block: 'center', behavior: 'smooth' });
    // An agreement in a read-only text box: the box scrolls to the clause within it.
    if (element.tagName === 'TEXTAREA' && clause && scratch.current) scrollTextBoxTo(element as HTMLTextAreaElement, clause.text, scratch.current);
    setHighlight({ element, end, rect: spanRect(element, end) });
  };

  // Handed out on every render: the latest props are the ones to show with.
  useEffect(() => props.onShowReady?.((index) => void showClause(index)));

  return (
    <>
      <div ref={scratch} class="scratch" aria-hidden="true" />
      <Panel
        analysis={props.analysis}
        status={props.status}
        expanded={expanded}
        readDelayMs={props.readDelayMs}
        announcement={announcement}
        allowSkip={props.allowSkip}
        requiredCategories={props.requiredCategories}
        waitingForMinimum={props.waitingForMinimum}
        readsWithoutLock={props.readsWithoutLock}
        onToggle={() => setExpanded((e) => !e)}
        onReadToEnd={props.onReadToEnd}
        onSkip={props.onSkip}
        onShowClause={props.clauseElements.length > 0 ? (index) => void showClause(index) : undefined}
        onListElement={props.onListElement}
        research={props.research}
        earlierRead={props.earlierRead}
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
