import * as l10n from '@vscode/l10n';
import { LegalDocument } from '../../model';
import { DiagnosticCode } from '../diagnosticCodes';
import { Finding, Rule } from '../diagnostics';

/** `figure.time-format`: `08-25 минутта` → `08:25 минутта`. */
export const figureTimeFormat: Rule = {
  codes: [DiagnosticCode.figureTimeFormat],
  fixable: true,
  check(document: LegalDocument, report: (finding: Finding) => void): void {
    for (const figure of document.figures) {
      const time = figure.time;
      if (!time || document.text.slice(time.separator.start, time.separator.end) === ':') continue;
      const fixed = document.text.slice(figure.valueSpan.start, time.separator.start) + ':' + document.text.slice(time.separator.end, figure.valueSpan.end);
      report({
        code: DiagnosticCode.figureTimeFormat,
        span: figure.valueSpan,
        message: l10n.t('A time is written with a colon: «{0}»', fixed),
        fixes: [{ title: l10n.t('Write «{0}»', fixed), safe: true, replacements: [{ span: time.separator, newText: ':' }] }],
      });
    }
  },
};
