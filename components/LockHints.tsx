import { t } from '@/utils/i18n';
import { LockIcon } from './LockIcon';

export interface HintPosition {
  top: number;
  left: number;
  /** Beside a slide-to-verify slider: sliding is continuing, which the page counts as accepting. */
  slider?: boolean;
}

/** A small button beside each locked control: why it is locked, and a way to the summary. */
export function LockHints({ positions, onOpen, flash }: { positions: HintPosition[]; onOpen(): void; flash: boolean }) {
  return (
    <>
      {positions.map((p) => (
        <button
          type="button"
          class={flash ? 'lock-hint flash' : 'lock-hint'}
          style={{ top: `${p.top}px`, left: `${p.left}px` }}
          onClick={onOpen}
        >
          <LockIcon />
          {p.slider ? t('lock.sliderHint') : t('lock.hint')}
        </button>
      ))}
    </>
  );
}
