import * as l10n from '@vscode/l10n';
import { LegalDocument } from '../../model';
import { DiagnosticCode } from '../diagnosticCodes';
import { Finding, Rule } from '../diagnostics';

/** `citation.unused-entry`: an entry of the reference list that no citation names, shown faded. */
export const citationUnusedEntry: Rule = {
  codes: [DiagnosticCode.citationUnusedEntry],
  check(document: LegalDocument, report: (finding: Finding) => void): void {
    const index = document.citationIndex;
    for (const entry of document.references?.entries ?? []) {
      // A repeated number is citation.duplicate-entry's finding; citations go to the first entry.
      if (index.entriesOf(entry.number)[0] !== entry) continue;
      if (index.firstCitationOf(entry.number)) continue;
      report({
        code: DiagnosticCode.citationUnusedEntry,
        span: entry.span,
        message: l10n.t('Entry {0} is never cited', entry.number),
        unnecessary: true,
      });
    }
  },
};
