import type { ChartConfiguration } from 'chart.js';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { categoryLabel } from '@/components/labels';
import { t } from '@/utils/i18n';
import { clausePoints, median, perCategory, unlockHistogram } from '@/utils/research/stats';
import { listViews } from '@/utils/research/store';
import type { ViewRecord } from '@/utils/research/types';
import { ChartView } from './ChartView';

const seconds = (ms: number) => Math.round(ms / 100) / 10;

/**
 * Reading time against expected time, per category, and time to unlock, over every stored view.
 * `researchOn`: whether research mode records now (with nothing stored and it off, the page
 * says so and leads to the settings that turn it on).
 */
export function Dashboard({ researchOn }: { researchOn: boolean }) {
  const [views, setViews] = useState<ViewRecord[] | null>(null);
  useEffect(() => void listViews().then(setViews), []);

  const charts = useMemo(() => {
    if (!views) return null;
    const points = clausePoints(views);
    const maxExpected = Math.max(1, ...points.map((p) => seconds(p.expectedMs)));
    const scatter: ChartConfiguration = {
      type: 'scatter',
      data: {
        datasets: [
          { label: t('dashboard.clauses'), data: points.map((p) => ({ x: seconds(p.expectedMs), y: seconds(p.readingMs) })), backgroundColor: '#0969da' },
          { label: t('dashboard.expectedLine'), data: [{ x: 0, y: 0 }, { x: maxExpected, y: maxExpected }], showLine: true, pointRadius: 0, borderColor: '#8c959f', borderDash: [6, 4] },
        ],
      },
      options: { scales: { x: { title: { display: true, text: t('dashboard.axisExpected') } }, y: { title: { display: true, text: t('dashboard.axisReading') } } } },
    };
    const categories = perCategory(views);
    const bars: ChartConfiguration = {
      type: 'bar',
      data: {
        labels: categories.map((c) => categoryLabel(c.category)),
        datasets: [
          { label: t('dashboard.medianReading'), data: categories.map((c) => seconds(c.medianReadingMs)), backgroundColor: '#0969da' },
          { label: t('dashboard.medianExpected'), data: categories.map((c) => seconds(c.medianExpectedMs)), backgroundColor: '#d0d7de' },
        ],
      },
      options: { scales: { y: { title: { display: true, text: t('dashboard.axisSeconds') } } } },
    };
    const bins = unlockHistogram(views);
    const histogram: ChartConfiguration = {
      type: 'bar',
      data: {
        labels: bins.map((b) => `${seconds(b.fromMs)}–${seconds(b.toMs)}`),
        datasets: [{ label: t('dashboard.axisViews'), data: bins.map((b) => b.count), backgroundColor: '#8250df' }],
      },
      options: { scales: { x: { title: { display: true, text: t('dashboard.axisSeconds') } }, y: { ticks: { precision: 0 }, title: { display: true, text: t('dashboard.axisViews') } } } },
    };
    const unlock = median(views.map((v) => v.msToUnlock).filter((m): m is number => m !== null));
    return { points, scatter, categories, bars, bins, histogram, unlock };
  }, [views]);

  if (!views || !charts) return null;
  return (
    <main class="page dashboard">
      <h1>{t('dashboard.title')}</h1>
      {views.length === 0 ? (
        <>
          <p class="dashboard-empty">{t('dashboard.empty')}</p>
          {!researchOn && (
            <p class="dashboard-off">
              {t('research.off')} <a href={browser.runtime.getURL('/options.html')}>{t('dashboard.openSettings')}</a>
            </p>
          )}
        </>
      ) : (
        <>
          <p class="dashboard-summary">
            {t('dashboard.summary', [String(views.length), String(charts.points.length), charts.unlock === null ? '–' : String(seconds(charts.unlock))])}
          </p>
          <ChartView
            id="reading-vs-expected"
            title={t('dashboard.readingVsExpected')}
            note={t('dashboard.readingVsExpectedNote')}
            config={charts.scatter}
            table={
              <table>
                <thead><tr><th>{t('dashboard.colCategory')}</th><th>{t('dashboard.axisExpected')}</th><th>{t('dashboard.axisReading')}</th></tr></thead>
                <tbody>
                  {charts.points.map((p) => (
                    <tr><td>{p.category ? categoryLabel(p.category) : ''}</td><td>{seconds(p.expectedMs)}</td><td>{seconds(p.readingMs)}</td></tr>
                  ))}
                </tbody>
              </table>
            }
          />
          <ChartView
            id="per-category"
            title={t('dashboard.perCategory')}
            config={charts.bars}
            table={
              <table>
                <thead><tr><th>{t('dashboard.colCategory')}</th><th>{t('dashboard.colClauses')}</th><th>{t('dashboard.medianReading')}</th><th>{t('dashboard.medianExpected')}</th></tr></thead>
                <tbody>
                  {charts.categories.map((c) => (
                    <tr><td>{categoryLabel(c.category)}</td><td>{c.clauses}</td><td>{seconds(c.medianReadingMs)}</td><td>{seconds(c.medianExpectedMs)}</td></tr>
                  ))}
                </tbody>
              </table>
            }
          />
          <ChartView
            id="time-to-unlock"
            title={t('dashboard.timeToUnlock')}
            config={charts.histogram}
            table={
              <table>
                <thead><tr><th>{t('dashboard.colRange')}</th><th>{t('dashboard.colViews')}</th></tr></thead>
                <tbody>
                  {charts.bins.map((b) => (
                    <tr><td>{`${seconds(b.fromMs)}–${seconds(b.toMs)}`}</td><td>{b.count}</td></tr>
                  ))}
                </tbody>
              </table>
            }
          />
        </>
      )}
    </main>
  );
}
