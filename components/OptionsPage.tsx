import { useEffect, useState } from 'preact/hooks';
import { applyUiLanguage, t, uiLanguageTag } from '@/utils/i18n';
import { clearReviewLog, getReviewLog, type ReviewEntry } from '@/utils/review-log';
import type { SettingsLayer } from '@/utils/settings/paths';
import type { ResolvedSettings } from '@/utils/settings/resolve';
import { getSettingsState, saveSettings, watchSettingsState } from '@/utils/settings/store';
import { DetectionSection } from './options/DetectionSection';
import { PolicyWarnings } from './options/PolicyWarnings';
import { ResearchSection } from './options/ResearchSection';
import { ResearchRecords } from './research/ResearchRecords';
import { ReviewHistory } from './options/ReviewHistory';
import { ReviewSection } from './options/ReviewSection';
import { SitesSection } from './options/SitesSection';

/**
 * The user's settings, each shown locked (with the reason) where the organisation's policy
 * holds it, the policy values that were ignored, and the agreements reviewed in this browser.
 * Follows changes to the settings and the policy while open.
 */
export function OptionsPage() {
  const [state, setState] = useState<ResolvedSettings | null>(null);
  const [log, setLog] = useState<ReviewEntry[]>([]);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    const show = async (next: ResolvedSettings) => {
      await applyUiLanguage(next.settings.uiLanguage);
      document.documentElement.lang = uiLanguageTag();
      document.title = t('options.title');
      setState(next);
    };
    void getSettingsState({ waitForPolicy: true }).then(show);
    void getReviewLog().then(setLog);
    return watchSettingsState((next) => void show(next));
  }, []);
  if (!state) return null;

  const update = (patch: SettingsLayer) => {
    const { research, ...rest } = patch;
    setState({ ...state, settings: { ...state.settings, ...rest, research: { ...state.settings.research, ...research } } });
    void saveSettings(patch).then(() => setSaved(true));
  };
  const props = { state, update };

  return (
    <main class="page">
      <h1>{t('options.title')}</h1>
      {state.managed && <p class="managed-notice">{t('options.managedNotice')}</p>}
      <PolicyWarnings warnings={state.warnings} />
      <form onSubmit={(e) => e.preventDefault()}>
        <ReviewSection {...props} />
        <SitesSection {...props} />
        <DetectionSection {...props} />
        <ResearchSection {...props} />
        <p role="status" aria-live="polite">
          {saved ? t('options.saved') : ''}
        </p>
      </form>
      <ReviewHistory log={log} onClear={() => void clearReviewLog().then(() => setLog([]))} />
      <ResearchRecords research={state.settings.research} />
    </main>
  );
}
