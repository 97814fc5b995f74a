import * as l10n from '@vscode/l10n';
import { LegalDocument } from '../../model';
import { DiagnosticCode } from '../diagnosticCodes';
import { Finding, Rule } from '../diagnostics';

/** `citation.empty`: `[]` and `[ ; ]` cite nothing. */
export const citationEmpty: Rule = {
  codes: [DiagnosticCode.citationEmpty],
  check(document: LegalDocument, report: (finding: Finding) => void): void {
    for (const citation of document.citations) {
      if (citation.items.length > 0) continue;
      report({
        code: DiagnosticCode.citationEmpty,
        span: citation.span,
        message: l10n.t('The citation names no source: write the number of a reference entry, such as [1]'),
      });
    }
  },
};
