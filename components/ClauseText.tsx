import type { TextRange } from '@/utils/analysis/types';

interface Props {
  text: string;
  emphasized: TextRange[];
  /** Characters at the start already shown elsewhere (the clause number). */
  skip?: number;
}

/** A clause's text with the provider's emphasis drawn in. Page text is only ever text. */
export function ClauseText({ text, emphasized, skip = 0 }: Props) {
  const parts = [];
  let at = skip;
  for (const range of emphasized) {
    const start = Math.max(range.start, at);
    if (range.end <= start) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<strong class="emph">{text.slice(start, range.end)}</strong>);
    at = range.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <p class="clause-text">{parts}</p>;
}
