import * as l10n from '@vscode/l10n';
import { LegalDocument } from '../../model';
import { renumberFix } from '../citations/renumberFix';
import { DiagnosticCode } from '../diagnosticCodes';
import { Finding, Rule } from '../diagnostics';

/** `citation.numbering`: the entries of a list must be numbered 1, 2, 3 … in order; reported once per list. */
export const citationNumbering: Rule = {
  codes: [DiagnosticCode.citationNumbering],
  fixable: true,
  check(document: LegalDocument, report: (finding: Finding) => void): void {
    for (const list of document.referenceLists) {
      const at = list.entries.findIndex((entry, i) => entry.number !== i + 1);
      if (at < 0) continue;
      const entry = list.entries[at];
      report({
        code: DiagnosticCode.citationNumbering,
        span: entry.markerSpan,
        message: l10n.t('The reference list is not numbered 1…{0}: entry {1} is numbered {2}', list.entries.length, at + 1, entry.number),
        fixes: renumberFix(document),
      });
    }
  },
};
