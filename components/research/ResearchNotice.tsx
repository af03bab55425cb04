import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { ResearchPhase } from '@/utils/research/session';
import css from '@/assets/styles/research-panel.css?inline';

export interface ResearchNoticeProps {
  phase: ResearchPhase;
  studyId: string;
  /** The policy's consent text; empty uses the built-in one. */
  consentText: string;
  onAnswer(granted: boolean): void;
}

/**
 * Inside the panel: the consent notice before anything is recorded, then an indicator for as
 * long as this view is being recorded. A "no" leaves a short confirmation and records nothing;
 * research mode turned off while the page is open says that recording stopped.
 */
export function ResearchNotice({ phase, studyId, consentText, onAnswer }: ResearchNoticeProps) {
  const [busy, setBusy] = useState(false);
  const answer = (granted: boolean) => {
    setBusy(true);
    onAnswer(granted);
  };
  return (
    <div class="research">
      <style>{css}</style>
      {phase === 'asking' && (
        <section class="research-consent" role="group" aria-labelledby="cw-research-title">
          <h3 id="cw-research-title">{t('research.consentTitle')}</h3>
          <p>{consentText || t('research.consentDefault')}</p>
          {studyId && <p>{t('research.study', [studyId])}</p>}
          <button type="button" class="research-yes" disabled={busy} onClick={() => answer(true)}>
            {t('research.consentYes')}
          </button>
          <button type="button" class="research-no" disabled={busy} onClick={() => answer(false)}>
            {t('research.consentNo')}
          </button>
        </section>
      )}
      {phase === 'recording' && (
        <p class="research-recording" role="status">
          <span class="research-dot" aria-hidden="true" />
          {studyId ? t('research.recordingStudy', [studyId]) : t('research.recording')}
        </p>
      )}
      {phase === 'declined' && <p role="status">{t('research.declined')}</p>}
      {phase === 'stopped' && <p class="research-stopped" role="status">{t('research.stopped')}</p>}
    </div>
  );
}
