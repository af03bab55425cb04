import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { needsDataConsent, requestDataConsent } from '@/utils/research/data-consent';
import { toCsvExport, toJsonExport } from '@/utils/research/export';
import { clearOutbox, readOutbox } from '@/utils/research/outbox';
import { deleteAllViews, getConsent, listViews, setConsent, type ConsentRecord } from '@/utils/research/store';
import type { ResearchSettings } from '@/utils/settings/defaults';
import { downloadText, exportFileName } from './download';

interface Overview {
  views: number;
  pending: number;
  consent: ConsentRecord | undefined;
  /** Firefox wants its own data consent before the upload sends anything. */
  needsDataConsent: boolean;
}

async function overview(research: ResearchSettings): Promise<Overview> {
  const [views, outbox, consent, dataConsent] = await Promise.all([listViews(), readOutbox(), getConsent(research.studyId), needsDataConsent(research)]);
  return { views: views.length, pending: outbox.pending.length + outbox.batches.reduce((n, b) => n + b.events.length, 0), consent, needsDataConsent: dataConsent };
}

/**
 * The options page's research records: consent state, how much is recorded and waiting for
 * upload, Firefox's own consent to the upload when it is missing, the exports, the dashboard,
 * and withdrawing (which deletes everything recorded).
 */
export function ResearchRecords({ research }: { research: ResearchSettings }) {
  const [state, setState] = useState<Overview | null>(null);
  const [withdrawn, setWithdrawn] = useState(false);
  const [dataConsentRefused, setDataConsentRefused] = useState(false);
  const refresh = () => void overview(research).then(setState);
  useEffect(() => {
    refresh();
    const onChange = (_: unknown, area: string) => area === 'local' && refresh();
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, [research.studyId, research.enabled, research.uploadEndpoint, research.uploadClauseText]);
  if (!state || (!research.enabled && state.views === 0)) return null;

  const exportCsv = async (part: 'views' | 'clauses' | 'scroll') => {
    const csv = toCsvExport(await listViews());
    downloadText(exportFileName(part, 'csv'), csv[part], 'text/csv;charset=utf-8');
  };
  const exportJson = async () => downloadText(exportFileName('all', 'json'), toJsonExport(await listViews()), 'application/json');
  // Straight from the click: Firefox prompts only in answer to the user's own input.
  const allowDataCollection = () =>
    void requestDataConsent(research).then((granted) => {
      setDataConsentRefused(!granted);
      refresh();
    });
  const withdraw = async () => {
    await setConsent(research.studyId, 'declined');
    await deleteAllViews();
    await clearOutbox();
    setWithdrawn(true);
    refresh();
  };

  const consentLine = !research.enabled
    ? t('research.off')
    : state.consent?.decision === 'granted'
      ? t('research.consentGranted', [new Date(state.consent.at).toLocaleString()])
      : state.consent?.decision === 'declined'
        ? t('research.consentDeclined')
        : t('research.consentNone');

  return (
    <section class="research-records" aria-labelledby="section-research-records">
      <h2 id="section-research-records">{t('research.sectionTitle')}</h2>
      <p class="research-consent-state">{consentLine}</p>
      <p class="research-count">{t('research.recordCount', [String(state.views)])}</p>
      {state.pending > 0 && <p class="research-pending">{t('research.uploadPending', [String(state.pending)])}</p>}
      {state.needsDataConsent && (
        <p class="research-data-consent">
          {t('research.dataConsentNeeded', [research.uploadEndpoint])}{' '}
          <button type="button" class="research-allow-upload" onClick={allowDataCollection}>{t('research.dataConsentAllow')}</button>
        </p>
      )}
      <p role="status" aria-live="polite">{state.needsDataConsent && dataConsentRefused ? t('research.dataConsentRefused') : ''}</p>
      <p class="research-exports">
        <button type="button" class="export-views" disabled={state.views === 0} onClick={() => void exportCsv('views')}>{t('research.exportViews')}</button>{' '}
        <button type="button" class="export-clauses" disabled={state.views === 0} onClick={() => void exportCsv('clauses')}>{t('research.exportClauses')}</button>{' '}
        <button type="button" class="export-scroll" disabled={state.views === 0} onClick={() => void exportCsv('scroll')}>{t('research.exportScroll')}</button>{' '}
        <button type="button" class="export-json" disabled={state.views === 0} onClick={() => void exportJson()}>{t('research.exportJson')}</button>
      </p>
      <p>
        <a href={browser.runtime.getURL('/dashboard.html')} target="_blank" rel="noopener">{t('research.openDashboard')}</a>
      </p>
      {state.consent?.decision === 'granted' && (
        <p>
          <button type="button" class="research-withdraw" onClick={() => void withdraw()}>{t('research.withdraw')}</button>
        </p>
      )}
      <p role="status" aria-live="polite">{withdrawn ? t('research.withdrawn') : ''}</p>
    </section>
  );
}
