import { t } from '@/utils/i18n';
import type { ReviewEntry } from '@/utils/review-log';

/**
 * The agreements reviewed in this browser, newest first. Forgetting them also forgets what the
 * user has read: agreements read before are locked again (earlier-read.ts).
 */
export function ReviewHistory({ log, onClear }: { log: ReviewEntry[]; onClear(): void }) {
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
      {log.length > 0 && (
        <button type="button" class="forget-reviews" onClick={onClear}>
          {t('options.historyClear')}
        </button>
      )}
    </section>
  );
}
