import * as l10n from '@vscode/l10n';
import { LegalDocument, ReferenceEntry } from '../../model';
import { DiagnosticCode } from '../diagnosticCodes';
import { Finding, Rule } from '../diagnostics';

/** `citation.duplicate-entry`: two entries of one list share a number; the later one is reported. */
export const citationDuplicateEntry: Rule = {
  codes: [DiagnosticCode.citationDuplicateEntry],
  check(document: LegalDocument, report: (finding: Finding) => void): void {
    for (const list of document.referenceLists) {
      const first = new Map<number, ReferenceEntry>();
      for (const entry of list.entries) {
        const earlier = first.get(entry.number);
        if (!earlier) {
          first.set(entry.number, entry);
          continue;
        }
        const line = document.lines.lineOf(earlier.markerSpan.start) + 1;
        report({
          code: DiagnosticCode.citationDuplicateEntry,
          span: entry.markerSpan,
          message: l10n.t('Entry number {0} is already used on line {1}: citations of {0} go to that entry', entry.number, line),
        });
      }
    }
  },
};
