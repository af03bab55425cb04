import type { TextRange } from '@/utils/analysis/types';

/** A clause's text with the provider's emphasis drawn in. Page text is only ever text. */
export function ClauseText({ text, emphasized }: { text: string; emphasized: TextRange[] }) {
  const parts = [];
  let at = 0;
  for (const range of emphasized) {
    if (range.start > at) parts.push(text.slice(at, range.start));
    parts.push(<strong class="emph">{text.slice(range.start, range.end)}</strong>);
    at = range.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <p class="clause-text">{parts}</p>;
}
