import { onMessage } from '@/utils/messages';
import { forgetFrameSummary, getTabSummary, publishFrameSummary, setTabSummary } from '@/utils/tab-summaries';
import { fetchTermsDocument } from '@/utils/linked/fetch-linked-terms';
import { loadPackagedMessages } from '@/utils/i18n';
import { siteOf } from '@/utils/review/site';
import { routeFirstLooks } from '@/utils/sniff/background-first-look';
import { rememberManagedPolicy, watchManagedPolicy } from '@/utils/settings/managed';
import { saveViewFromPage, startResearchBackground } from '@/utils/research/background-uploads';

export default defineBackground(() => {
  // The every-page check: what each frame's first look and each frame's address call for
  // (with the sites an administrator always wants analysed).
  routeFirstLooks();

  // Linked terms on another origin. Only our content scripts can send this; no cookies are
  // sent, so the request reveals nothing about the user to the other site.
  onMessage('fetchLinkedTerms', ({ data: url }) => fetchTermsDocument(url, { credentials: 'omit' }));

  onMessage('publishSummary', async ({ data, sender }) => {
    if (sender.tab?.id !== undefined) await publishFrameSummary(sender.tab.id, sender.frameId ?? 0, data);
  });
  onMessage('getSummary', ({ data: tabId }) => getTabSummary(tabId));
  onMessage('getMessages', ({ data: lang }) => loadPackagedMessages(lang));
  // The suffix list is large: kept here, out of the analyser every agreement page loads.
  onMessage('sitesOf', ({ data: origins }) => origins.map(siteOf));
  // Keep the administrator's policy at hand for pages reviewed while the browser starts.
  void rememberManagedPolicy().catch(() => undefined);
  watchManagedPolicy(() => void rememberManagedPolicy().catch(() => undefined));
  // Research mode: records from the pages are stored, and uploaded when a policy names an endpoint.
  onMessage('researchSave', ({ data }) => saveViewFromPage(data));
  startResearchBackground();

  browser.tabs.onRemoved.addListener((tabId) => void setTabSummary(tabId, null));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void setTabSummary(tabId, null);
  });
  browser.webNavigation.onCommitted.addListener(({ tabId, frameId }) => void forgetFrameSummary(tabId, frameId));

  // Chrome: the toolbar button opens the side panel, which mirrors the in-page summary.
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(o: object): Promise<void> } }).sidePanel;
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
});
