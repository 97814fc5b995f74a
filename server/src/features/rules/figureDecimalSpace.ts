import * as l10n from '@vscode/l10n';
import { LegalDocument } from '../../model';
import { DiagnosticCode } from '../diagnosticCodes';
import { Finding, Rule } from '../diagnostics';
import { writeFix } from './fixes';

/** `figure.decimal-space`: `19, 8%` → `19,8%`. The model reads `, ` as a decimal comma only before a unit. */
export const figureDecimalSpace: Rule = {
  codes: [DiagnosticCode.figureDecimalSpace],
  fixable: true,
  check(document: LegalDocument, report: (finding: Finding) => void): void {
    for (const figure of document.figures) {
      const decimal = figure.decimal;
      if (!decimal || decimal.span.end - decimal.span.start < 2) continue;
      const written = document.text.slice(figure.valueSpan.start, figure.valueSpan.end);
      const fixed = `${figure.integerDigits},${figure.fractionDigits}`;
      report({
        code: DiagnosticCode.figureDecimalSpace,
        span: figure.span,
        message: l10n.t('A space after the decimal comma in «{0}»: write «{1}»', written, fixed),
        fixes: [{ ...writeFix(decimal.span, ','), title: l10n.t('Write «{0}»', fixed) }],
      });
    }
  },
};
