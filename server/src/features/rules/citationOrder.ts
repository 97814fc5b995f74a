import * as l10n from '@vscode/l10n';
import { LegalDocument } from '../../model';
import { renumberFix } from '../citations/renumberFix';
import { DiagnosticCode } from '../diagnosticCodes';
import { Finding, Rule } from '../diagnostics';

/**
 * `citation.order`: sources are numbered by order of first citation, so first citations ascend.
 * Reported once, where the order first breaks.
 */
export const citationOrder: Rule = {
  codes: [DiagnosticCode.citationOrder],
  fixable: true,
  check(document: LegalDocument, report: (finding: Finding) => void): void {
    const index = document.citationIndex;
    const order = index.citedOrder;
    for (let i = 1; i < order.length; i++) {
      if (order[i] > order[i - 1]) continue;
      const first = index.firstCitationOf(order[i])!;
      report({
        code: DiagnosticCode.citationOrder,
        span: first.occurrence.span,
        message: l10n.t('Source {0} is first cited after source {1}: the reference list is not in order of first citation', order[i], order[i - 1]),
        fixes: renumberFix(document),
      });
      return;
    }
  },
};
