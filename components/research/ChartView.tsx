import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineElement, PointElement, ScatterController, Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { t } from '@/utils/i18n';

// Only the pieces these charts use, so the dashboard bundle stays small.
Chart.register(BarController, BarElement, CategoryScale, Legend, LinearScale, LineElement, PointElement, ScatterController, Tooltip);

interface ChartViewProps {
  id: string;
  title: string;
  note?: string;
  config: ChartConfiguration;
  /** The same numbers as a table, for screen readers and for copying. */
  table: ComponentChildren;
}

/** One chart: a canvas described by its title, with its numbers one click away. */
export function ChartView({ id, title, note, config, table }: ChartViewProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, { ...config, options: { ...config.options, responsive: true, maintainAspectRatio: false, animation: false } });
    return () => chart.destroy();
  }, [config]);
  return (
    <section class="chart" aria-labelledby={`${id}-title`} data-chart={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {note && <p class="note">{note}</p>}
      <div class="chart-box">
        <canvas ref={canvas} role="img" aria-label={title} />
      </div>
      <details>
        <summary>{t('dashboard.showData')}</summary>
        {table}
      </details>
    </section>
  );
}
