import { t } from '@/utils/i18n';
import type { ResearchSettings } from '@/utils/settings/defaults';
import type { SectionProps } from './section-props';
import { Setting } from './Setting';

/** Research mode: whether to take part, and what an organisation's study records. */
export function ResearchSection({ state: { settings, locks }, update }: SectionProps) {
  const research = settings.research;
  const set = (patch: Partial<ResearchSettings>) => update({ research: patch });
  const flag = (field: 'enabled' | 'recordFullUrl' | 'uploadClauseText', label: string) => (
    <Setting path={`research.${field}`} label={label} lock={locks[`research.${field}`]} layout="inline">
      {(c) => <input type="checkbox" {...c} checked={research[field]} onChange={(e) => set({ [field]: e.currentTarget.checked })} />}
    </Setting>
  );
  const count = (field: 'retentionDays' | 'wordsPerMinute' | 'charactersPerMinute', label: string, min: number, max: number) => (
    <Setting path={`research.${field}`} label={label} lock={locks[`research.${field}`]}>
      {(c) => (
        <input type="number" {...c} min={min} max={max} step={1} value={research[field]}
          onChange={(e) => set({ [field]: Math.min(max, Math.max(min, Math.round(Number(e.currentTarget.value) || min))) })} />
      )}
    </Setting>
  );
  return (
    <section aria-labelledby="section-research">
      <h2 id="section-research">{t('options.sectionResearch')}</h2>
      {flag('enabled', t('options.researchEnabled'))}
      <Setting path="research.studyId" label={t('options.researchStudy')} lock={locks['research.studyId']}>
        {(c) => <input type="text" {...c} value={research.studyId} onChange={(e) => set({ studyId: e.currentTarget.value.trim().slice(0, 200) })} />}
      </Setting>
      <Setting path="research.uploadEndpoint" label={t('options.researchEndpoint')} lock={locks['research.uploadEndpoint']}>
        {(c) => <output id={c.id} aria-describedby={c['aria-describedby']}>{research.uploadEndpoint || t('options.researchEndpointNone')}</output>}
      </Setting>
      {research.consentText && <p class="consent">{research.consentText}</p>}
      {flag('recordFullUrl', t('options.researchFullUrl'))}
      {flag('uploadClauseText', t('options.researchClauseText'))}
      {count('retentionDays', t('options.researchRetention'), 1, 3650)}
      {count('wordsPerMinute', t('options.researchWpm'), 50, 2000)}
      {count('charactersPerMinute', t('options.researchCpm'), 50, 5000)}
    </section>
  );
}
