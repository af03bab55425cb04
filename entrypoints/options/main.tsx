import { render } from 'preact';
import { OptionsPage } from '@/components/OptionsPage';
import '@/components/pages.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = i18n.t('options.title');
render(<OptionsPage />, document.getElementById('app')!);
