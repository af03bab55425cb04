import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { useRef, useState } from 'preact/hooks';
import type { Analysis } from '@/utils/analysis/types';
import { ClauseCard } from './ClauseCard';
import { categoryLabel } from './labels';
import { groupByCategory } from './group-clauses';
import { useReadToEnd } from './useReadToEnd';

export type LockStatus = 'locked' | 'unlocked' | 'skipped' | 'no-control';

export interface PanelProps {
  analysis: Analysis;
  status: LockStatus;
  expanded: boolean;
  readDelayMs: number;
  /** Short message for screen readers (blocked clicks, jumps). */
  announcement: string;
  allowSkip: boolean;
  onToggle(): void;
  onReadToEnd(): void;
  onSkip(): void;
  onShowClause(index: number): void;
}

/** The summary docked at the right of the page. */
export function Panel(props: PanelProps) {
  const { analysis, status, expanded } = props;
  const list = useRef<HTMLDivElement>(null);
  const [confirming, setConfirming] = useState(false);
  const groups = groupByCategory(analysis.keyClauses);
  useReadToEnd(list, expanded && status === 'locked', props.readDelayMs, props.onReadToEnd);

  const statusText =
    status === 'locked'
      ? i18n.t('panel.progressLocked')
      : status === 'skipped'
        ? i18n.t('panel.skipped')
        : status === 'no-control'
          ? i18n.t('panel.noControl')
          : i18n.t('panel.progressUnlocked');

  if (!expanded) {
    return (
      <div class="tab-wrap">
        <button type="button" class="tab" aria-expanded="false" onClick={props.onToggle}>
          <span aria-hidden="true">§</span> {i18n.t('panel.expand')} ({analysis.keyClauses.length})
        </button>
        <div class="sr-only" role="status" aria-live="polite">
          {props.announcement}
        </div>
      </div>
    );
  }

  return (
    <aside class="panel" role="complementary" aria-label={i18n.t('panel.region')} lang={browser.i18n.getUILanguage()}>
      <header class="panel-head">
        <h2 class="panel-title">{i18n.t('panel.title')}</h2>
        <button type="button" class="icon" aria-expanded="true" aria-label={i18n.t('panel.collapse')} title={i18n.t('panel.collapse')} onClick={props.onToggle}>
          ×
        </button>
      </header>
      <p class="summary-line">{i18n.t('panel.count', [String(analysis.keyClauses.length)])}</p>
      <p class={`status status-${status}`} role="status" aria-live="polite">
        {statusText} {props.announcement}
      </p>
      <div class="list" ref={list} tabIndex={0} role="region" aria-label={i18n.t('panel.title')}>
        {groups.map(([category, clauses]) => (
          <section class="group" aria-labelledby={`cw-group-${category}`} data-category={category}>
            <h3 class="group-title" id={`cw-group-${category}`}>
              {categoryLabel(category)} <span class="count">{clauses.length}</span>
            </h3>
            <ol class="clauses">
              {clauses.map((clause) => (
                <ClauseCard clause={clause} onShow={props.onShowClause} />
              ))}
            </ol>
          </section>
        ))}
        <p class="end">{i18n.t('panel.end')}</p>
      </div>
      {status === 'locked' && props.allowSkip && (
        <footer class="panel-foot">
          {confirming ? (
            <div class="confirm" role="alertdialog" aria-label={i18n.t('panel.skip')}>
              <p>{i18n.t('panel.skipConfirm')}</p>
              <button type="button" class="danger" onClick={() => { setConfirming(false); props.onSkip(); }}>
                {i18n.t('panel.skipYes')}
              </button>
              <button type="button" autoFocus onClick={() => setConfirming(false)}>
                {i18n.t('panel.skipNo')}
              </button>
            </div>
          ) : (
            <button type="button" class="skip" onClick={() => setConfirming(true)}>
              {i18n.t('panel.skip')}
            </button>
          )}
        </footer>
      )}
    </aside>
  );
}
