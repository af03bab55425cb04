/**
 * Reviews the agreement on this page: analyse it, draw the summary, lock the agree controls
 * until the summary has been read (or the review skipped). Any failure leaves the page
 * unlocked and as it was: Clausewise fails open.
 */
import { render } from 'preact';
import { ReviewOverlay } from '@/components/ReviewOverlay';
import type { LockStatus } from '@/components/Panel';
import panelCss from '@/assets/styles/panel.css?inline';
import { analyzeDocument, type LiveAnalysis } from '@/utils/analysis/analyze';
import type { Clause } from '@/utils/analysis/types';
import { lockControls, type ControlLock } from '@/utils/lock/lock-controls';
import { getReviewLog, recordReview, type ReviewEntry, type ReviewOutcome } from '@/utils/review-log';
import { getSettings, matchesSite } from '@/utils/settings/store';
import { withShownCategories } from '@/utils/settings/shown-categories';
import { applyUiLanguage } from '@/utils/i18n';
import { createShadowHost, type ShadowHost } from '@/utils/ui/shadow-host';
import { ResearchNotice } from '@/components/research/ResearchNotice';
import { startResearchSession, type ResearchSession } from '@/utils/research/session';
import { sendMessage } from '@/utils/messages';
import { findAgreeControls } from '@/utils/analysis/agree-controls';
import { reviewLinkedTerms, type LinkedReview } from '@/utils/linked/review-linked';
import { findLinkedTerms } from '@/utils/linked/find-linked-terms';
import { holdWhileDeciding, type PendingHold } from '@/utils/lock/pending-hold';
import { LINKED_FETCH_TIMEOUT_MS, withDeadline, type CrossOriginFetch } from '@/utils/linked/fetch-linked-terms';
import { watchForCutOff } from './orphan-watch';
import { serveShowRequests } from './show-requests';
import { clauseFingerprint } from './clause-fingerprint';
import { findEarlierRead, isTrustedRead, lookUpSites, originOfAgreement } from './earlier-read';

export interface ReviewHandle {
  live: LiveAnalysis;
  dispose(): void;
}

/** What a review depends on; tests replace parts of it to inject faults. */
export interface ReviewDeps {
  analyze: typeof analyzeDocument;
  fetchCrossOrigin: CrossOriginFetch;
  /** Settings that do not arrive in this time leave the page alone. */
  settingsTimeoutMs: number;
  /**
   * A review log that has not arrived this long after the analysis counts as empty: the lock
   * never waits on the memory of reads (the log is read while the page is analysed).
   */
  reviewLogTimeoutMs: number;
  /** An analysis slower than this (a huge or hostile page) locks nothing: the user may already be filling in the form. */
  analysisBudgetMs: number;
  linkedTimeoutMs: number;
  /** Sites of origins (site.ts), looked up by the background, which holds the suffix list. */
  sitesOf: (origins: string[]) => Promise<readonly unknown[]>;
  /** Reads the terms an agree control links to; tests inject one that never settles. */
  reviewLinked: typeof reviewLinkedTerms;
  /**
   * The controls are held while the linked terms are read; this long past `linkedTimeoutMs`
   * the hold lets go whatever is still pending, and the review locks nothing.
   */
  holdMarginMs: number;
}

export const DEFAULT_REVIEW_DEPS: ReviewDeps = {
  analyze: analyzeDocument,
  fetchCrossOrigin: (url) => sendMessage('fetchLinkedTerms', url),
  sitesOf: (origins) => sendMessage('sitesOf', origins),
  settingsTimeoutMs: 5000,
  reviewLogTimeoutMs: 300,
  analysisBudgetMs: 4000,
  linkedTimeoutMs: LINKED_FETCH_TIMEOUT_MS,
  reviewLinked: reviewLinkedTerms,
  holdMarginMs: 1000,
};

export async function reviewPage(doc: Document, overrides: Partial<ReviewDeps> = {}): Promise<ReviewHandle | undefined> {
  const deps = { ...DEFAULT_REVIEW_DEPS, ...overrides };
  const deciding: { hold?: PendingHold } = {};
  try {
    return await review(doc, deps, deciding);
  } finally {
    // However the review ended (its own lock now holds the controls, nothing to lock, a
    // failure, an error), the hold while deciding ends here. The review's lock, when there is
    // one, was taken before this runs, and no user input is handled in between.
    deciding.hold?.release();
  }
}

/** The key clauses' fingerprints, or none: the memory of reads never stops a review. */
function fingerprintsOf(clauses: readonly Clause[]): number[] {
  try {
    return clauses.map((clause) => clauseFingerprint(clause.text));
  } catch {
    return [];
  }
}

async function review(doc: Document, deps: ReviewDeps, deciding: { hold?: PendingHold }): Promise<ReviewHandle | undefined> {
  const settings = await withDeadline(getSettings(), deps.settingsTimeoutMs, 'reading settings');
  // Sites the user (or, in strict mode, only the administrator) exempted are left untouched.
  if (!settings.enabled || matchesSite(location.href, settings.neverLockSites)) return undefined;
  const reviewLog = getReviewLog().catch((): ReviewEntry[] => []);
  await applyUiLanguage(settings.uiLanguage, (lang) => sendMessage('getMessages', lang));

  let live: LiveAnalysis;
  try {
    const started = performance.now();
    live = deps.analyze(doc, { url: location.href, extraTerms: settings.extraTerms });
    if (performance.now() - started > deps.analysisBudgetMs) throw new Error('analysis took too long');
  } catch (error) {
    console.warn('Clausewise: analysis failed; nothing is locked.', error);
    return undefined;
  }
  // On an administrator's "always" site, key clauses are shown even if detection is unsure.
  const isAgreement = live.analysis.isAgreement || matchesSite(location.href, settings.alwaysSites);
  let analysis = withShownCategories(live.analysis, settings.shownCategories);
  let clauseElements = live.clauseElements;
  let clauseEnds = live.clauseEnds;
  let linkedFailed = false;
  // Sliders are held against drags and arrow keys too, and their hint says why; re-rendered ones are known by their kind.
  const sliders = new WeakSet(live.controls.filter((c) => c.kind === 'slider').map((c) => c.element));
  const refindControls = () =>
    findAgreeControls(doc).map((c) => {
      if (c.kind === 'slider') sliders.add(c.element);
      return c.element;
    });
  if (!isAgreement || analysis.keyClauses.length === 0) {
    // Not an agreement itself: its agree checkbox may link to the terms (utils/linked). Reading
    // them takes a while; the controls are held meanwhile, as the review's lock would hold them.
    const capMs = deps.linkedTimeoutMs + deps.holdMarginMs;
    if (live.controls.length > 0 && settings.lockMode !== 'off' && findLinkedTerms(live.controls, location.href).length > 0) {
      deciding.hold = holdWhileDeciding(
        doc,
        live.controls.map((c) => c.element),
        { capMs, css: panelCss, refind: refindControls, isSlider: (control) => sliders.has(control) },
      );
    }
    const reading = deps.reviewLinked(live.controls, {
      pageUrl: location.href,
      crossOrigin: deps.fetchCrossOrigin,
      timeoutMs: deps.linkedTimeoutMs,
      analyze: { extraTerms: settings.extraTerms },
    });
    let linked: LinkedReview = await withDeadline(reading, capMs, 'reading the linked terms').catch((error: unknown) => {
      console.warn('Clausewise: the linked terms could not be read; nothing is locked.', error);
      return { kind: 'failed', urls: [] };
    });
    // A decision that came after the hold let go locks nothing: the user has had the controls back.
    if (deciding.hold && !deciding.hold.held && linked.kind === 'found') linked = { kind: 'failed', urls: linked.urls };
    if (linked.kind === 'none') return undefined;
    linkedFailed = linked.kind === 'failed';
    if (linked.kind === 'found') analysis = withShownCategories(linked.analysis, settings.shownCategories);
    if (!linkedFailed && analysis.keyClauses.length === 0) return undefined;
    // Linked clauses are not in this page: there is nothing to scroll to.
    clauseElements = [];
    clauseEnds = [];
  }

  // A user who read this agreement before sees what is new since; unchanged and read recently
  // enough (rememberReadDays), it is not locked again, as after an update of Clausewise.
  const fingerprints = fingerprintsOf(analysis.keyClauses);
  const log = await withDeadline(reviewLog, deps.reviewLogTimeoutMs, 'reading the review log').catch((): ReviewEntry[] => []);
  const agreementOrigin = originOfAgreement(analysis.keyClauses, location.origin);
  // Sites that do not arrive in time leave each origin a site of its own.
  const siteOf = await withDeadline(lookUpSites(log, agreementOrigin, deps.sitesOf), deps.reviewLogTimeoutMs, 'looking up sites').catch(
    () => undefined,
  );
  const earlier = findEarlierRead(log, agreementOrigin, fingerprints, siteOf);
  const earlierRead = earlier && { at: earlier.at, unread: new Set(earlier.unread.map((position) => analysis.keyClauses[position].index)) };
  const readBefore = isTrustedRead(earlier, settings.rememberReadDays);

  let host: ShadowHost | undefined;
  let lock: ControlLock | undefined;
  let research: ResearchSession | undefined;
  let stopShowRequests: (() => void) | undefined;
  try {
    host = createShadowHost(doc, panelCss);
    const wouldLock = !linkedFailed && live.controls.length > 0 && settings.lockMode !== 'off';
    const canLock = wouldLock && !readBefore;
    let status: LockStatus = linkedFailed
      ? 'linked-failed'
      : canLock
        ? 'locked'
        : wouldLock
          ? 'read-before'
          : live.controls.length > 0
            ? 'lock-off'
            : 'no-control';
    let blockedAttempts = 0;
    // However fast the summary is read, the controls stay locked for minReadingMs.
    const shownAt = Date.now();
    let waitingForMinimum = false;
    const readToEnd = () => {
      const wait = settings.minReadingMs - (Date.now() - shownAt);
      if (wait <= 0) return finish('read');
      waitingForMinimum = true;
      draw();
      setTimeout(() => finish('read'), wait);
    };

    const record = (outcome: ReviewOutcome) =>
      void recordReview({
        at: Date.now(),
        origin: agreementOrigin,
        title: analysis.title,
        outcome,
        keyClauses: analysis.keyClauses.length,
        ...(outcome === 'read' ? { clauses: fingerprints } : {}),
      });
    // Terms read on a page of their own, with no control to unlock (reached through a sign-up
    // form's link): remembered all the same, so that the sign-up does not lock them again.
    let readsWithoutLock = status === 'no-control' && fingerprints.length > 0;
    const finish = (outcome: ReviewOutcome) => {
      if (readsWithoutLock && outcome === 'read') {
        readsWithoutLock = false;
        waitingForMinimum = false;
        record('read');
        draw();
        return;
      }
      if (status !== 'locked') return;
      lock?.release();
      status = outcome === 'read' ? 'unlocked' : 'skipped';
      research?.unlocked(outcome === 'read' ? 'read' : 'skipped');
      draw();
      record(outcome);
      void publish();
    };

    const draw = () => {
      render(
        <ReviewOverlay
          analysis={analysis}
          clauseElements={clauseElements}
          clauseEnds={clauseEnds}
          lockedControls={status === 'locked' && lock ? [...lock.controls] : []}
          isSlider={(control) => sliders.has(control)}
          status={status}
          readDelayMs={settings.readDelayMs}
          allowSkip={settings.lockMode === 'soft'}
          requiredCategories={settings.requiredCategories}
          waitingForMinimum={waitingForMinimum}
          readsWithoutLock={readsWithoutLock}
          blockedAttempts={blockedAttempts}
          onReadToEnd={readToEnd}
          onSkip={() => finish('skipped')}
          onShowClause={(index) => research?.jumped(index)}
          onShowReady={(show) => (showInPage = show)}
          onListElement={research?.setList}
          earlierRead={earlierRead}
          research={
            research && (
              <ResearchNotice phase={research.phase} studyId={research.studyId} consentText={research.consentText} onAnswer={(granted) => void research?.answer(granted)} />
            )
          }
        />,
        host!.root,
      );
    };

    const publish = () =>
      sendMessage('publishSummary', {
        url: location.href,
        analysis,
        unlocked: status !== 'locked',
        inPage: clauseElements.length > 0,
        newSinceRead: earlierRead ? [...earlierRead.unread] : undefined,
      }).catch(() => undefined);
    // The browser's side panel mirrors the summary; its "Show in page" comes to the frame it names.
    let showInPage: ((index: number) => void) | undefined;
    stopShowRequests = serveShowRequests((index) => showInPage?.(index));

    const dispose = () => {
      stopWatching();
      // Step by step, the lock first: in a script cut off from the extension, calls to it throw,
      // and the controls must come back whatever else fails.
      const steps = [() => lock?.release(), () => research?.dispose(), () => stopShowRequests?.(), () => host && render(null, host.root), () => host?.remove()];
      for (const step of steps) {
        try {
          step();
        } catch {
          // Nothing more to undo for this step.
        }
      }
    };
    // An update or removal of Clausewise leaves this script cut off: the page gets its controls
    // back. Watched from before the lock exists, so that the watch hears a press before the lock.
    const stopWatching = watchForCutOff(doc, dispose);
    if (canLock) {
      // The controls held while deciding (re-rendered ones included) pass straight to this lock.
      const held = new Set([...live.controls.map((c) => c.element), ...(deciding.hold?.controls ?? [])]);
      lock = lockControls(
        [...held],
        {
          onBlocked() {
            blockedAttempts++;
            draw();
          },
          // Re-rendered or late controls are held too (see lock-controls.ts).
          onChange: () => draw(),
          refind: refindControls,
          isSlider: (control) => sliders.has(control),
        },
      );
    }
    draw();
    void publish();
    // Research mode (off by default) records how this view is read; it never holds up the review.
    void startResearchSession({ analysis, controls: live.controls, startsLocked: status === 'locked', earlierRead, onChange: () => draw() })
      .then((session) => {
        research = session;
        if (session) draw();
      })
      .catch((error) => console.warn('Clausewise: research mode could not start.', error));
    return { live, dispose };
  } catch (error) {
    // Fail open: whatever went wrong, the page gets its controls back and loses our UI.
    console.warn('Clausewise: review failed; the page is left unlocked.', error);
    research?.dispose();
    lock?.release();
    stopShowRequests?.();
    host?.remove();
    return undefined;
  }
}
