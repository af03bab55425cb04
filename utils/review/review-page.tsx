/**
 * Reviews the agreement on this page: analyse it, draw the summary, lock the agree controls
 * until the summary has been read (or the review skipped). Any failure leaves the page
 * unlocked and as it was: Clausewise fails open.
 */
import { render } from 'preact';
import { ReviewOverlay } from '@/components/ReviewOverlay';
import type { LockStatus } from '@/components/Panel';
import panelCss from '@/components/panel.css?inline';
import { analyzeDocument, type LiveAnalysis } from '@/utils/analysis/analyze';
import { lockControls, type ControlLock } from '@/utils/lock/lock-controls';
import { recordReview, type ReviewOutcome } from '@/utils/review-log';
import { getSettings, matchesSite } from '@/utils/settings/store';
import { createShadowHost, type ShadowHost } from '@/utils/ui/shadow-host';
import { sendMessage } from '@/utils/messages';

export interface ReviewHandle {
  live: LiveAnalysis;
  dispose(): void;
}

export async function reviewPage(doc: Document): Promise<ReviewHandle | undefined> {
  const settings = await getSettings();
  if (!settings.enabled) return undefined;

  let live: LiveAnalysis;
  try {
    live = analyzeDocument(doc, { url: location.href });
  } catch (error) {
    console.warn('Clausewise: analysis failed; nothing is locked.', error);
    return undefined;
  }
  const { analysis } = live;
  if (!analysis.isAgreement || analysis.keyClauses.length === 0) return undefined;

  let host: ShadowHost | undefined;
  let lock: ControlLock | undefined;
  try {
    host = createShadowHost(doc, panelCss);
    const canLock = live.controls.length > 0 && !matchesSite(location.hostname, settings.neverLockSites);
    let status: LockStatus = canLock ? 'locked' : 'no-control';
    let blockedAttempts = 0;

    const finish = (outcome: ReviewOutcome) => {
      if (status !== 'locked') return;
      lock?.release();
      status = outcome === 'read' ? 'unlocked' : 'skipped';
      draw();
      void recordReview({ at: Date.now(), origin: location.origin, title: analysis.title, outcome, keyClauses: analysis.keyClauses.length });
      void publish();
    };

    const draw = () => {
      render(
        <ReviewOverlay
          analysis={analysis}
          clauseElements={live.clauseElements}
          lockedControls={status === 'locked' && lock ? [...lock.controls] : []}
          status={status}
          readDelayMs={settings.readDelayMs}
          allowSkip
          blockedAttempts={blockedAttempts}
          onReadToEnd={() => finish('read')}
          onSkip={() => finish('skipped')}
        />,
        host!.root,
      );
    };

    const publish = () =>
      sendMessage('publishSummary', { url: location.href, analysis, unlocked: status !== 'locked' }).catch(() => undefined);

    if (canLock) {
      lock = lockControls(
        live.controls.map((c) => c.element),
        {
          onBlocked() {
            blockedAttempts++;
            draw();
          },
        },
      );
    }
    draw();
    void publish();
    return {
      live,
      dispose() {
        lock?.release();
        if (host) render(null, host.root);
        host?.remove();
      },
    };
  } catch (error) {
    // Fail open: whatever went wrong, the page gets its controls back and loses our UI.
    console.warn('Clausewise: review failed; the page is left unlocked.', error);
    lock?.release();
    host?.remove();
    return undefined;
  }
}
