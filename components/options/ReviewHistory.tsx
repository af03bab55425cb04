import { t } from '@/utils/i18n';
import type { ReviewEntry } from '@/utils/review-log';

/** The agreements reviewed in this browser, newest first. */
export function ReviewHistory({ log }: { log: ReviewEntry[] }) {
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('options.history')}</h2>
      {log.length === 0 ? (
        <p>{t('options.historyEmpty')}</p>
      ) : (
        <ul class="history">
          {log.map((entry) => (
            <li>
              <time dateTime={new Date(entry.at).toISOString()}>{new Date(entry.at).toLocaleString()}</time> — {entry.origin} — {entry.title} —{' '}
              {t(entry.outcome === 'read' ? 'options.outcomeRead' : 'options.outcomeSkipped')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
