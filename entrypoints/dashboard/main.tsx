import { render } from 'preact';
import { Dashboard } from '@/components/research/Dashboard';
import { applyUiLanguage, t, uiLanguageTag } from '@/utils/i18n';
import { getSettings } from '@/utils/settings/store';
import '@/assets/styles/pages.css';
import '@/assets/styles/dashboard.css';

/** The research dashboard: charts over the views recorded in this browser. Chart.js loads only here. */
async function main() {
  const settings = await getSettings();
  await applyUiLanguage(settings.uiLanguage).catch(() => undefined);
  document.documentElement.lang = uiLanguageTag();
  document.title = t('dashboard.title');
  render(<Dashboard researchOn={settings.research.enabled} />, document.getElementById('app')!);
}
void main();
