import * as l10n from '@vscode/l10n';
import { LegalDocument } from '../../model';
import { Fix } from '../edits';
import { planRenumbering } from './renumber';

/**
 * Renumbering as the quick fix of `citation.order` and `citation.numbering`. It moves entries and
 * rewrites citations across the document, so it is never applied by fix-all: only when asked.
 */
export function renumberFix(document: LegalDocument): Fix[] {
  const plan = planRenumbering(document);
  if (plan.kind !== 'edits') return [];
  return [{ title: l10n.t('Renumber the reference list by order of first citation'), replacements: plan.replacements, safe: false }];
}
