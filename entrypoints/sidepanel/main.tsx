import { render } from 'preact';
import { SidePanelPage } from '@/components/SidePanelPage';
import '@/components/pages.css';

document.documentElement.lang = browser.i18n.getUILanguage();
render(<SidePanelPage />, document.getElementById('app')!);
