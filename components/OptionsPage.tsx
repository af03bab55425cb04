import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { getReviewLog, type ReviewEntry } from '@/utils/review-log';
import type { Settings } from '@/utils/settings/defaults';
import { getSettings, saveSettings } from '@/utils/settings/store';

/** The user's settings and the record of agreements reviewed in this browser. */
export function OptionsPage() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [log, setLog] = useState<ReviewEntry[]>([]);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void getSettings().then(setSettings);
    void getReviewLog().then(setLog);
  }, []);
  if (!settings) return null;

  const update = async (patch: Partial<Settings>) => {
    setSettings({ ...settings, ...patch });
    await saveSettings(patch);
    setSaved(true);
  };

  return (
    <main class="page">
      <h1>{i18n.t('options.title')}</h1>
      <form onSubmit={(e) => e.preventDefault()}>
        <p>
          <label>
            <input type="checkbox" name="enabled" checked={settings.enabled} onChange={(e) => update({ enabled: e.currentTarget.checked })} />{' '}
            {i18n.t('options.enabled')}
          </label>
        </p>
        <p>
          <label for="readDelay">{i18n.t('options.readDelay')}</label>
          <br />
          <input
            id="readDelay"
            name="readDelay"
            type="number"
            min={0}
            max={120}
            step={1}
            value={settings.readDelayMs / 1000}
            onChange={(e) => update({ readDelayMs: Math.max(0, Number(e.currentTarget.value) || 0) * 1000 })}
          />
        </p>
        <p>
          <label for="neverSites">{i18n.t('options.neverSites')}</label>
          <br />
          <textarea
            id="neverSites"
            name="neverSites"
            rows={4}
            cols={40}
            value={settings.neverLockSites.join('\n')}
            onChange={(e) => update({ neverLockSites: e.currentTarget.value.split(/\s+/u).filter(Boolean) })}
          />
        </p>
        <p role="status" aria-live="polite">{saved ? i18n.t('options.saved') : ''}</p>
      </form>
      <h2>{i18n.t('options.history')}</h2>
      {log.length === 0 ? (
        <p>{i18n.t('options.historyEmpty')}</p>
      ) : (
        <ul>
          {log.map((entry) => (
            <li>
              <time dateTime={new Date(entry.at).toISOString()}>{new Date(entry.at).toLocaleString()}</time> — {entry.origin} — {entry.title} —{' '}
              {i18n.t(entry.outcome === 'read' ? 'options.outcomeRead' : 'options.outcomeSkipped')}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
