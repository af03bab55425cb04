import { i18n } from '#i18n';
import type { Category, DisputeKind } from '@/utils/analysis/types';

/** Message keys allow only [A-Za-z0-9_], category names have hyphens: map them explicitly. */
export function categoryLabel(category: Category): string {
  switch (category) {
    case 'liability': return i18n.t('category.liability');
    case 'law': return i18n.t('category.law');
    case 'dispute': return i18n.t('category.dispute');
    case 'change': return i18n.t('category.change');
    case 'termination': return i18n.t('category.termination');
    case 'content-removal': return i18n.t('category.content_removal');
    case 'acceptance-by-use': return i18n.t('category.acceptance_by_use');
    case 'fees': return i18n.t('category.fees');
    case 'data': return i18n.t('category.data');
    case 'other': return i18n.t('category.other');
  }
}

export function disputeKindLabel(kind: DisputeKind): string {
  return kind === 'arbitration' ? i18n.t('dispute.arbitration') : i18n.t('dispute.jurisdiction');
}
