import { t } from '@/utils/i18n';
import { LockIcon } from '../LockIcon';
import type { LockReason } from '@/utils/settings/resolve';

/** Why the user cannot change a setting, next to the setting itself. */
export function LockedNote({ id, reason }: { id: string; reason: LockReason }) {
  const title = reason === 'strict-mode' ? t('options.lockedStrictTitle') : t('options.lockedTitle');
  const why =
    reason === 'policy'
      ? t('options.lockedPolicy')
      : reason === 'not-user-changeable'
        ? t('options.lockedNotChangeable')
        : reason === 'policy-only'
          ? t('options.lockedPolicyOnly')
          : t('options.lockedStrict');
  return (
    <p class="locked-note" id={id} data-reason={reason}>
      {/* The title on a line of its own, so no language's sentence punctuation is needed between the two. */}
      <strong class="locked-title">
        <LockIcon />
        {title}
      </strong>
      {why}
    </p>
  );
}
