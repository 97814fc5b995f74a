import * as l10n from '@vscode/l10n';
import { LegalDocument } from '../../model';
import { DiagnosticCode } from '../diagnosticCodes';
import { Finding, Rule } from '../diagnostics';

/** `citation.page-range-reversed`: `[4, 13-12 б.]`, a page range whose first page comes after its last. */
export const citationPageRangeReversed: Rule = {
  codes: [DiagnosticCode.citationPageRangeReversed],
  check(document: LegalDocument, report: (finding: Finding) => void): void {
    for (const citation of document.citations) {
      for (const item of citation.items) {
        for (const part of item.locator?.parts ?? []) {
          if (part.kind !== 'pages' || part.last === undefined || part.last >= part.first) continue;
          report({
            code: DiagnosticCode.citationPageRangeReversed,
            span: part.pagesSpan,
            message: l10n.t('The page range {0} runs backwards: page {1} comes after page {2}', part.pages, part.first, part.last),
          });
        }
      }
    }
  },
};
