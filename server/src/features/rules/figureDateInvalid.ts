import * as l10n from '@vscode/l10n';
import { LegalDocument, isValidDate } from '../../model';
import { DiagnosticCode } from '../diagnosticCodes';
import { Finding, Rule } from '../diagnostics';

/** `figure.date-invalid`: `30 ақпан`, `31.04.2010`, 29 February of a common year. */
export const figureDateInvalid: Rule = {
  codes: [DiagnosticCode.figureDateInvalid],
  check(document: LegalDocument, report: (finding: Finding) => void): void {
    for (const figure of document.figures) {
      if (!figure.date || isValidDate(figure.date)) continue;
      report({
        code: DiagnosticCode.figureDateInvalid,
        span: figure.span,
        message: l10n.t('There is no such date: «{0}»', document.text.slice(figure.span.start, figure.span.end)),
      });
    }
  },
};
