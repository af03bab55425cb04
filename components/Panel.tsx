import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Analysis, Category } from '@/utils/analysis/types';
import { t, uiLanguageTag } from '@/utils/i18n';
import { ClauseCard } from './ClauseCard';
import { categoryLabel } from './labels';
import { groupByCategory } from './group-clauses';
import { useReadToEnd } from './useReadToEnd';

/**
 * `lock-off`: the lock mode is off, so the page's controls are left alone; `read-before`: the
 * user read this agreement, unchanged, recently enough that nothing is locked (earlier-read.ts).
 */
export type LockStatus = 'locked' | 'unlocked' | 'skipped' | 'no-control' | 'lock-off' | 'linked-failed' | 'read-before';

/** A review of this agreement the user read to the end before. */
export interface EarlierReadView {
  at: number;
  /** `Clause.index` of the key clauses new or reworded since. */
  unread: ReadonlySet<number>;
}

export interface PanelProps {
  analysis: Analysis;
  status: LockStatus;
  expanded: boolean;
  readDelayMs: number;
  /** Short message for screen readers (blocked clicks, jumps). */
  announcement: string;
  allowSkip: boolean;
  /** Categories whose clauses must be scrolled through to unlock (default: all). */
  requiredCategories?: readonly Category[];
  /** Read, but the minimum reading time has not yet passed. */
  waitingForMinimum?: boolean;
  /**
   * Nothing to unlock on this page, but reading the summary to its end still counts: it is
   * remembered for the sign-up that links these terms (earlier-read.ts).
   */
  readsWithoutLock?: boolean;
  onToggle(): void;
  onReadToEnd(): void;
  onSkip(): void;
  /** Absent when the clauses are not on this page (linked terms): no "Show in page". */
  onShowClause?(index: number): void;
  /** Research mode: the clause list while it is on screen (null once the panel collapses). */
  onListElement?(list: HTMLElement | null): void;
  /** Research mode: consent notice or recording indicator, shown above the list. */
  research?: ComponentChildren;
  earlierRead?: EarlierReadView;
}

function formatDay(at: number): string {
  return new Intl.DateTimeFormat(uiLanguageTag(), { dateStyle: 'medium' }).format(at);
}

/** The summary docked at the right of the page. */
export function Panel(props: PanelProps) {
  const { analysis, status, expanded } = props;
  const list = useRef<HTMLDivElement>(null);
  const [confirming, setConfirming] = useState(false);
  const groups = groupByCategory(analysis.keyClauses);
  const onListElement = props.onListElement;
  useEffect(() => {
    if (!onListElement || !expanded) return;
    onListElement(list.current);
    return () => onListElement(null);
  }, [expanded, onListElement]);
  const required = props.requiredCategories;
  // Reading counts once the last required group has been scrolled past: with every listed
  // category required that is the end of the list; with none, nothing needs scrolling.
  const readLine = (el: HTMLElement) => {
    if (!required || groups.every(([category]) => required.includes(category))) return el.scrollHeight;
    const last = [...el.querySelectorAll<HTMLElement>('.group')].filter((g) => required.includes(g.dataset.category as Category)).pop();
    return last ? last.getBoundingClientRect().bottom - el.getBoundingClientRect().top + el.scrollTop : 0;
  };
  const awaitingRead = status === 'locked' || props.readsWithoutLock === true;
  useReadToEnd(list, expanded && awaitingRead && !props.waitingForMinimum, props.readDelayMs, props.onReadToEnd, readLine);

  const statusText =
    status === 'locked'
      ? t(props.waitingForMinimum ? 'panel.minReading' : 'panel.progressLocked')
      : status === 'skipped'
        ? t('panel.skipped')
        : status === 'no-control'
          ? t('panel.noControl')
          : status === 'lock-off'
            ? t('panel.lockOff')
            : status === 'read-before' && props.earlierRead
              ? t('panel.readBefore', [formatDay(props.earlierRead.at)])
              : t('panel.progressUnlocked');
  const earlier = props.earlierRead;
  // Each press brings the next new or reworded clause to the top of the list, then the first again.
  const showNextNew = () => {
    const cards = [...(list.current?.querySelectorAll<HTMLElement>('.clause-new') ?? [])];
    if (cards.length === 0) return;
    const top = list.current!.getBoundingClientRect().top;
    const next = cards.find((card) => card.getBoundingClientRect().top > top + 1) ?? cards[0];
    next.scrollIntoView({ block: 'start' });
    next.querySelector<HTMLElement>('button, a')?.focus({ preventScroll: true });
  };

  // Linked terms that could not be loaded: one quiet, dismissible line; nothing is locked.
  if (status === 'linked-failed') {
    if (!expanded) return null;
    return (
      <div class="linked-failed" style={{ position: 'fixed', right: '12px', bottom: '12px', maxWidth: '320px', display: 'flex', alignItems: 'center', background: '#f6f8fa', border: '1px solid #d0d7de', borderRadius: '6px' }} lang={uiLanguageTag()}>
        <p class={`status status-${status}`} role="status" aria-live="polite">
          {t('panel.linkedFetchFailed')}
        </p>
        <button type="button" class="icon" aria-label={t('panel.collapse')} title={t('panel.collapse')} onClick={props.onToggle}>
          ×
        </button>
      </div>
    );
  }

  if (!expanded) {
    return (
      <div class="tab-wrap">
        <button type="button" class="tab" aria-expanded="false" onClick={props.onToggle}>
          <span aria-hidden="true">§</span> {t('panel.expand')} ({analysis.keyClauses.length})
        </button>
        <div class="sr-only" role="status" aria-live="polite">
          {props.announcement}
        </div>
      </div>
    );
  }

  return (
    <aside class="panel" role="complementary" aria-label={t('panel.region')} lang={uiLanguageTag()}>
      <header class="panel-head">
        <h2 class="panel-title">{t('panel.title')}</h2>
        <button type="button" class="icon" aria-expanded="true" aria-label={t('panel.collapse')} title={t('panel.collapse')} onClick={props.onToggle}>
          ×
        </button>
      </header>
      <p class="summary-line">{t('panel.count', [String(analysis.keyClauses.length)])}</p>
      <p class={`status status-${status}`} role="status" aria-live="polite">
        {statusText} {props.announcement}
      </p>
      {earlier && earlier.unread.size > 0 && (
        <p class="earlier-read">
          {t('panel.changedSince', [formatDay(earlier.at), String(earlier.unread.size)])}{' '}
          <button type="button" class="next-new" onClick={showNextNew}>
            {t('panel.nextNew')}
          </button>
        </p>
      )}
      {props.research}
      <div class="list" ref={list} tabIndex={0} role="region" aria-label={t('panel.title')}>
        {groups.map(([category, clauses]) => (
          <section class="group" aria-labelledby={`cw-group-${category}`} data-category={category} data-required={String(!required || required.includes(category))}>
            <h3 class="group-title" id={`cw-group-${category}`}>
              {categoryLabel(category)} <span class="count">{clauses.length}</span>
            </h3>
            <ol class="clauses">
              {clauses.map((clause) => (
                <ClauseCard clause={clause} onShow={props.onShowClause} isNew={earlier?.unread.has(clause.index)} />
              ))}
            </ol>
          </section>
        ))}
        <p class="end">{t('panel.end')}</p>
      </div>
      {status === 'locked' && props.allowSkip && (
        <footer class="panel-foot">
          {confirming ? (
            <div class="confirm" role="alertdialog" aria-label={t('panel.skip')}>
              <p>{t('panel.skipConfirm')}</p>
              <button type="button" class="danger" onClick={() => { setConfirming(false); props.onSkip(); }}>
                {t('panel.skipYes')}
              </button>
              <button type="button" autoFocus onClick={() => setConfirming(false)}>
                {t('panel.skipNo')}
              </button>
            </div>
          ) : (
            <button type="button" class="skip" onClick={() => setConfirming(true)}>
              {t('panel.skip')}
            </button>
          )}
        </footer>
      )}
    </aside>
  );
}
