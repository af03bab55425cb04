import { t } from '@/utils/i18n';
import type { LockMode } from '@/utils/settings/defaults';
import { CategoryChoice } from './CategoryChoice';
import { fromSeconds, toSeconds, type SectionProps } from './section-props';
import { Setting } from './Setting';

/** Whether and how agreements are reviewed: lock mode, categories, reading times. */
export function ReviewSection({ state: { settings, locks }, update }: SectionProps) {
  return (
    <section aria-labelledby="section-review">
      <h2 id="section-review">{t('options.sectionReview')}</h2>
      <Setting path="enabled" label={t('options.enabled')} lock={locks.enabled} layout="inline">
        {(c) => <input type="checkbox" {...c} checked={settings.enabled} onChange={(e) => update({ enabled: e.currentTarget.checked })} />}
      </Setting>
      <Setting path="lockMode" label={t('options.lockMode')} lock={locks.lockMode}>
        {(c) => (
          <select {...c} value={settings.lockMode} onChange={(e) => update({ lockMode: e.currentTarget.value as LockMode })}>
            <option value="off">{t('options.lockOff')}</option>
            <option value="soft">{t('options.lockSoft')}</option>
            <option value="strict">{t('options.lockStrict')}</option>
          </select>
        )}
      </Setting>
      <Setting path="shownCategories" label={t('options.shownCategories')} lock={locks.shownCategories} layout="group">
        {(c) => <CategoryChoice control={c} value={settings.shownCategories} onChange={(shownCategories) => update({ shownCategories })} />}
      </Setting>
      <Setting path="requiredCategories" label={t('options.requiredCategories')} lock={locks.requiredCategories} layout="group">
        {(c) => <CategoryChoice control={c} value={settings.requiredCategories} onChange={(requiredCategories) => update({ requiredCategories })} />}
      </Setting>
      <Setting path="minReadingMs" label={t('options.minReading')} lock={locks.minReadingMs}>
        {(c) => (
          <input type="number" {...c} min={0} max={3600} step={1} value={toSeconds(settings.minReadingMs)}
            onChange={(e) => update({ minReadingMs: fromSeconds(e.currentTarget.value, 3_600_000) })} />
        )}
      </Setting>
      <Setting path="readDelayMs" label={t('options.readDelay')} lock={locks.readDelayMs}>
        {(c) => (
          <input type="number" {...c} min={0} max={120} step={1} value={toSeconds(settings.readDelayMs)}
            onChange={(e) => update({ readDelayMs: fromSeconds(e.currentTarget.value, 120_000) })} />
        )}
      </Setting>
      <Setting path="rememberReadDays" label={t('options.rememberRead')} lock={locks.rememberReadDays}>
        {(c) => (
          <input type="number" {...c} min={0} max={365} step={1} value={settings.rememberReadDays}
            onChange={(e) => update({ rememberReadDays: Math.min(365, Math.max(0, Math.round(Number(e.currentTarget.value) || 0))) })} />
        )}
      </Setting>
    </section>
  );
}
