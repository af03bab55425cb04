import { t } from '@/utils/i18n';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage, type TabSummary } from '@/utils/messages';
import { watchTabSummaries } from '@/utils/tab-summaries';
import { ClauseCard } from './ClauseCard';
import { categoryLabel } from './labels';
import { groupByCategory } from './group-clauses';

/** The browser's side panel (Chrome) or sidebar (Firefox): a mirror of the active tab's summary. */
export function SidePanelPage() {
  // The tab and its summary together: a request from this panel goes to the tab it mirrors.
  const [shown, setShown] = useState<{ tabId: number; summary: TabSummary } | null>(null);

  useEffect(() => {
    const refresh = async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      const summary = tab?.id === undefined ? null : await sendMessage('getSummary', tab.id);
      setShown(summary && tab?.id !== undefined ? { tabId: tab.id, summary } : null);
    };
    void refresh();
    const stop = watchTabSummaries(() => void refresh());
    browser.tabs.onActivated.addListener(refresh);
    return () => {
      stop();
      browser.tabs.onActivated.removeListener(refresh);
    };
  }, []);

  if (!shown) return <main class="page"><p>{t('sidepanel.empty')}</p></main>;
  const { tabId, summary } = shown;
  const { analysis } = summary;
  const newSinceRead = new Set(summary.newSinceRead);
  // The page's own panel scrolls to the clause and outlines it, as its own button does.
  const showInPage = summary.inPage
    ? (index: number) => void sendMessage('showClause', index, { tabId, frameId: summary.frameId ?? 0 }).catch(() => undefined)
    : undefined;
  return (
    <main class="page">
      <h1>{analysis.title || t('panel.title')}</h1>
      <p>{t('panel.count', [String(analysis.keyClauses.length)])}</p>
      {groupByCategory(analysis.keyClauses).map(([category, clauses]) => (
        <section aria-labelledby={`sp-${category}`}>
          <h2 id={`sp-${category}`}>{categoryLabel(category)}</h2>
          <ol class="clauses">
            {clauses.map((clause) => (
              <ClauseCard clause={clause} onShow={showInPage} isNew={newSinceRead.has(clause.index)} />
            ))}
          </ol>
        </section>
      ))}
    </main>
  );
}
