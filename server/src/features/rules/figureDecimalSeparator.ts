import * as l10n from '@vscode/l10n';
import { LegalDocument } from '../../model';
import { Settings } from '../../settings';
import { DiagnosticCode } from '../diagnosticCodes';
import { Finding, Rule } from '../diagnostics';

/**
 * `figure.decimal-separator`: `4.6 пайыз` in a document that writes `4,6` (or against
 * `zanmark.figures.decimalSeparator`). Only decimals with a unit are judged: a bare `4.6` may be a clause number.
 */
export const figureDecimalSeparator: Rule = {
  codes: [DiagnosticCode.figureDecimalSeparator],
  fixable: true,
  check(document: LegalDocument, report: (finding: Finding) => void, settings: Settings): void {
    const decimals = document.figures.filter((f) => f.decimal && f.decimal.span.end - f.decimal.span.start === 1);
    const style = settings.figures.decimalSeparator;
    let want: ',' | '.';
    if (style === 'consistent') {
      const points = decimals.filter((f) => f.decimal!.separator === '.' && (f.percent || f.magnitude || f.currency)).length;
      want = points * 2 > decimals.length ? '.' : ',';
    } else {
      want = style === 'point' ? '.' : ',';
    }
    for (const figure of decimals) {
      if (figure.decimal!.separator === want || !(figure.percent || figure.magnitude || figure.currency)) continue;
      const fixed = `${figure.integerDigits}${want}${figure.fractionDigits}`;
      report({
        code: DiagnosticCode.figureDecimalSeparator,
        span: figure.valueSpan,
        message: want === ','
          ? l10n.t('Write «{0}»: decimals in this document are written with a comma', fixed)
          : l10n.t('Write «{0}»: decimals in this document are written with a point', fixed),
        fixes: [{ title: l10n.t('Write «{0}»', fixed), safe: true, replacements: [{ span: figure.decimal!.span, newText: want }] }],
      });
    }
  },
};
