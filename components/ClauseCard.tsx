import { t } from '@/utils/i18n';
import { parseClauseNumber } from '@/utils/analysis/numbering';
import type { Clause } from '@/utils/analysis/types';
import { textFragmentUrl } from '@/utils/ui/text-fragment';
import { ClauseText } from './ClauseText';
import { disputeKindLabel } from './labels';

/** The number is shown in the card's header, so the text starts after it. */
function numberLength(clause: Clause): number {
  if (clause.number === undefined) return 0;
  const parsed = parseClauseNumber(clause.text);
  if (parsed?.number !== clause.number) return 0;
  let end = parsed.length;
  while (end < clause.text.length && /\s/u.test(clause.text[end])) end++;
  return end;
}

interface Props {
  clause: Clause;
  onShow?: (index: number) => void;
  /** New or reworded since the user last read this agreement (earlier-read.ts). */
  isNew?: boolean;
}

/** One key clause: number, section, text with emphasis, and a way to find it in the page. */
export function ClauseCard({ clause, onShow, isNew }: Props) {
  const id = `cw-clause-${clause.index}`;
  const emphasized = clause.emphasis !== 'none';
  return (
    <li class={isNew ? 'clause clause-new' : 'clause'} data-index={clause.index} data-categories={clause.categories.join(' ')}>
      <article aria-labelledby={id}>
        <header class="clause-head" id={id}>
          {isNew && <span class="tag tag-new">{t('panel.newSinceRead')}</span>}
          {clause.number && <span class="clause-number">{clause.number}</span>}
          {clause.heading && <span class="clause-heading">{clause.heading}</span>}
          {clause.disputeKind?.map((kind) => (
            <span class="tag">{disputeKindLabel(kind)}</span>
          ))}
          <span class={emphasized ? 'tag tag-emph' : 'tag tag-plain'}>
            {t(emphasized ? 'panel.emphasizedByProvider' : 'panel.notEmphasized')}
          </span>
        </header>
        <ClauseText text={clause.text} emphasized={clause.emphasized} skip={numberLength(clause)} />
        {onShow ? (
          <button type="button" class="show" onClick={() => onShow(clause.index)}>
            {t('panel.showInPage')}
          </button>
        ) : (
          clause.source && (
            <a class="terms-link" href={textFragmentUrl(clause.source, clause.text)} target="_blank" rel="noopener noreferrer">
              {t('panel.showInTerms')}
            </a>
          )
        )}
      </article>
    </li>
  );
}
