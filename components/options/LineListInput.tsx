import { useEffect, useState } from 'preact/hooks';
import type { ControlProps } from './Setting';

interface Props {
  control: ControlProps;
  /** The saved value as text. */
  text: string;
  /** Called with the edited text when the user leaves the field; returns the lines it ignored. */
  onCommit(text: string): string[];
  invalidMessage(lines: string): string;
}

/** A one-entry-per-line text area that says which lines it could not use. */
export function LineListInput({ control, text, onCommit, invalidMessage }: Props) {
  const [draft, setDraft] = useState(text);
  const [invalid, setInvalid] = useState<string[]>([]);
  useEffect(() => setDraft(text), [text]);
  const invalidId = `${control.id}-invalid`;
  const describedBy = [control['aria-describedby'], invalid.length > 0 ? invalidId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <textarea
        id={control.id}
        rows={4}
        cols={50}
        spellcheck={false}
        disabled={control.disabled}
        aria-describedby={describedBy}
        aria-invalid={invalid.length > 0}
        value={draft}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onChange={(e) => setInvalid(onCommit(e.currentTarget.value))}
      />
      {invalid.length > 0 && (
        <p class="field-error" id={invalidId} role="alert">
          {invalidMessage(invalid.join(', '))}
        </p>
      )}
    </>
  );
}
