import type { ComponentChildren } from 'preact';
import type { LockReason } from '@/utils/settings/resolve';
import type { SettingPath } from '@/utils/settings/paths';
import { LockedNote } from './LockedNote';

/** What a control needs to be labelled, described and disabled consistently. */
export interface ControlProps {
  id: string;
  disabled: boolean;
  'aria-describedby'?: string;
}

interface Props {
  path: SettingPath;
  label: string;
  lock: LockReason | undefined;
  /** `inline`: a checkbox with its label after it; `group`: a fieldset of several controls. */
  layout?: 'block' | 'inline' | 'group';
  children: (control: ControlProps) => ComponentChildren;
  /** Shown under the control (e.g. entries that were ignored). */
  hint?: ComponentChildren;
}

/**
 * One setting: its label, its control, and — when the organisation's policy holds it — the
 * control disabled and described by a note saying so and why.
 */
export function Setting({ path, label, lock, layout = 'block', children, hint }: Props) {
  const id = `setting-${path.replace('.', '-')}`;
  const noteId = `${id}-locked`;
  const control: ControlProps = { id, disabled: lock !== undefined, ...(lock && { 'aria-describedby': noteId }) };
  const note = lock && <LockedNote id={noteId} reason={lock} />;
  if (layout === 'group') {
    return (
      <fieldset class="setting" data-setting={path} data-locked={lock ?? ''} disabled={control.disabled} aria-describedby={control['aria-describedby']}>
        <legend>{label}</legend>
        {children(control)}
        {hint}
        {note}
      </fieldset>
    );
  }
  return (
    <div class="setting" data-setting={path} data-locked={lock ?? ''}>
      {layout === 'inline' ? (
        <label>
          {children(control)} {label}
        </label>
      ) : (
        <>
          <label for={id}>{label}</label>
          {children(control)}
        </>
      )}
      {hint}
      {note}
    </div>
  );
}
