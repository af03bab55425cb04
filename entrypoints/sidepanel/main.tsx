import { render } from 'preact';
import { SidePanelPage } from '@/components/SidePanelPage';
import '@/assets/styles/pages.css';

import { applyUiLanguage, uiLanguageTag } from '@/utils/i18n';
import { getSettings } from '@/utils/settings/store';

// The settings may name another language than the browser's: load it before drawing.
void getSettings()
  .then((settings) => applyUiLanguage(settings.uiLanguage))
  .catch(() => undefined)
  .finally(() => {
    document.documentElement.lang = uiLanguageTag();
    render(<SidePanelPage />, document.getElementById('app')!);
  });
