import { t } from '@/utils/i18n';
import type { Category, DisputeKind } from '@/utils/analysis/types';

/** Message keys allow only [A-Za-z0-9_], category names have hyphens: map them explicitly. */
export function categoryLabel(category: Category): string {
  switch (category) {
    case 'liability': return t('category.liability');
    case 'law': return t('category.law');
    case 'dispute': return t('category.dispute');
    case 'change': return t('category.change');
    case 'termination': return t('category.termination');
    case 'content-removal': return t('category.content_removal');
    case 'acceptance-by-use': return t('category.acceptance_by_use');
    case 'fees': return t('category.fees');
    case 'data': return t('category.data');
    case 'other': return t('category.other');
  }
}

export function disputeKindLabel(kind: DisputeKind): string {
  return kind === 'arbitration' ? t('dispute.arbitration') : t('dispute.jurisdiction');
}
