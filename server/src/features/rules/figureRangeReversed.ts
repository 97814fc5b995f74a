import * as l10n from '@vscode/l10n';
import { LegalDocument } from '../../model';
import { DiagnosticCode } from '../diagnosticCodes';
import { Finding, Rule } from '../diagnostics';

/** `figure.range-reversed`: `2020-2010 жж.`, `30-20%`. */
export const figureRangeReversed: Rule = {
  codes: [DiagnosticCode.figureRangeReversed],
  check(document: LegalDocument, report: (finding: Finding) => void): void {
    for (const figure of document.figures) {
      const end = figure.rangeEnd;
      if (!end || end.value >= Number(figure.integerDigits)) continue;
      report({
        code: DiagnosticCode.figureRangeReversed,
        span: figure.valueSpan,
        message: l10n.t('The range «{0}» runs backwards: it ends before it starts', document.text.slice(figure.valueSpan.start, figure.valueSpan.end)),
      });
    }
  },
};
