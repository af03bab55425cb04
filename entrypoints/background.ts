import { onMessage } from '@/utils/messages';
import { getTabSummary, setTabSummary } from '@/utils/tab-summaries';

export default defineBackground(() => {
  onMessage('requestAnalysis', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return false;
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: ['/content-scripts/analyzer.js'],
    });
    return true;
  });

  onMessage('publishSummary', async ({ data, sender }) => {
    if (sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0) await setTabSummary(sender.tab.id, data);
  });
  onMessage('getSummary', ({ data: tabId }) => getTabSummary(tabId));

  browser.tabs.onRemoved.addListener((tabId) => void setTabSummary(tabId, null));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void setTabSummary(tabId, null);
  });

  // Chrome: the toolbar button opens the side panel, which mirrors the in-page summary.
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(o: object): Promise<void> } }).sidePanel;
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
});
