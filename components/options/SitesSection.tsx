import { t } from '@/utils/i18n';
import { isValidSitePattern } from '@/utils/settings/site-patterns';
import { LineListInput } from './LineListInput';
import type { SectionProps } from './section-props';
import { Setting } from './Setting';

/** Splits a text area into entries, keeping the valid ones. */
function parseSites(text: string): { sites: string[]; invalid: string[] } {
  const entries = text.split('\n').map((line) => line.trim()).filter(Boolean);
  return { sites: entries.filter(isValidSitePattern), invalid: entries.filter((e) => !isValidSitePattern(e)) };
}

/** Where Clausewise never acts, and where it always looks. */
export function SitesSection({ state: { settings, locks }, update }: SectionProps) {
  const field = (path: 'neverLockSites' | 'alwaysSites', label: string) => (
    <Setting path={path} label={label} lock={locks[path]}>
      {(c) => (
        <LineListInput
          control={c}
          text={settings[path].join('\n')}
          invalidMessage={(lines) => t('options.invalidSites', [lines])}
          onCommit={(text) => {
            const { sites, invalid } = parseSites(text);
            update({ [path]: sites });
            return invalid;
          }}
        />
      )}
    </Setting>
  );
  return (
    <section aria-labelledby="section-sites">
      <h2 id="section-sites">{t('options.sectionSites')}</h2>
      {field('neverLockSites', t('options.neverSites'))}
      {field('alwaysSites', t('options.alwaysSites'))}
    </section>
  );
}
