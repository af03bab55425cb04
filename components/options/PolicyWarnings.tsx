import { t } from '@/utils/i18n';
import type { PolicyWarning, WarningProblem } from '@/utils/settings/validate';

const MESSAGE: Record<WarningProblem, Parameters<typeof t>[0]> = {
  'not-object': 'options.warnNotObject',
  'unknown-key': 'options.warnUnknownKey',
  'wrong-type': 'options.warnWrongType',
  'out-of-range': 'options.warnOutOfRange',
  'not-allowed': 'options.warnNotAllowed',
  'unknown-category': 'options.warnUnknownCategory',
  'bad-pattern': 'options.warnBadPattern',
  'bad-language': 'options.warnBadLanguage',
  'bad-url': 'options.warnBadUrl',
  'unknown-setting': 'options.warnUnknownSetting',
};

/** The policy values Clausewise ignored, so users can tell their administrator. */
export function PolicyWarnings({ warnings }: { warnings: PolicyWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <section class="policy-warnings" aria-labelledby="policy-warnings-title">
      <h2 id="policy-warnings-title">
        <span aria-hidden="true">⚠ </span>
        {t('options.warningsTitle')}
      </h2>
      <ul>
        {warnings.map((w) => (
          <li data-key={w.key} data-problem={w.problem}>
            {t(MESSAGE[w.problem], [w.key, w.value, w.expected])}
          </li>
        ))}
      </ul>
    </section>
  );
}
