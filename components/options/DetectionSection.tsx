import { t } from '@/utils/i18n';
import type { UiLanguage } from '@/utils/settings/defaults';
import { UI_LANGUAGE_NAMES, UI_LANGUAGES } from '@/utils/ui-languages';
import { formatExtraTerms, parseExtraTerms } from './extra-terms-text';
import { LineListInput } from './LineListInput';
import type { SectionProps } from './section-props';
import { Setting } from './Setting';

/** Extra detection phrases and the language Clausewise speaks. */
export function DetectionSection({ state: { settings, locks }, update }: SectionProps) {
  return (
    <>
      <section aria-labelledby="section-detection">
        <h2 id="section-detection">{t('options.sectionDetection')}</h2>
        <Setting path="extraTerms" label={t('options.extraTerms')} lock={locks.extraTerms}>
          {(c) => (
            <LineListInput
              control={c}
              text={formatExtraTerms(settings.extraTerms)}
              invalidMessage={(lines) => t('options.invalidTerms', [lines])}
              onCommit={(text) => {
                const { terms, invalid } = parseExtraTerms(text);
                update({ extraTerms: terms });
                return invalid;
              }}
            />
          )}
        </Setting>
      </section>
      <section aria-labelledby="section-language">
        <h2 id="section-language">{t('options.sectionLanguage')}</h2>
        <Setting path="uiLanguage" label={t('options.uiLanguage')} lock={locks.uiLanguage}>
          {(c) => (
            <select {...c} value={settings.uiLanguage} onChange={(e) => update({ uiLanguage: e.currentTarget.value as UiLanguage })}>
              <option value="auto">{t('options.languageAuto')}</option>
              {UI_LANGUAGES.map((code) => (
                <option key={code} value={code} lang={code.replace('_', '-')}>
                  {UI_LANGUAGE_NAMES[code]}
                </option>
              ))}
            </select>
          )}
        </Setting>
      </section>
    </>
  );
}
