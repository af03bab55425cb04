import { render } from 'preact';
import { OptionsPage } from '@/components/OptionsPage';
import { t, uiLanguageTag } from '@/utils/i18n';
import '@/assets/styles/pages.css';
import '@/assets/styles/options.css';

// The page sets its own language and title again once the uiLanguage setting is known.
document.documentElement.lang = uiLanguageTag();
document.title = t('options.title');
render(<OptionsPage />, document.getElementById('app')!);
