import * as l10n from '@vscode/l10n';
import { Figure, LegalDocument } from '../../model';
import { DiagnosticCode } from '../diagnosticCodes';
import { Finding, Rule } from '../diagnostics';

/** A capitalised word (not an abbreviation such as `УПК`) right after the number: a new sentence. */
const TITLE_WORD = /^[ \u00a0\u202f]+\p{Lu}\p{Ll}/u;
const DASH_BEFORE = /[–—-][ \u00a0\u202f]+$/;
const SERIES_MIN = 2;

/**
 * `figure.truncated`: a number cut off, as in `2009 жылы – 121 Қылмыстылық …`: a value in a
 * dashed series (`2005 жылы – 146 347, …`) that runs into a new sentence without punctuation,
 * or is far smaller than the values before it.
 */
export const figureTruncated: Rule = {
  codes: [DiagnosticCode.figureTruncated],
  check(document: LegalDocument, report: (finding: Finding) => void): void {
    const { text, figures } = document;
    const dashed = (f: Figure) => DASH_BEFORE.test(text.slice(Math.max(0, f.valueSpan.start - 4), f.valueSpan.start));
    let series: Figure[] = [];
    for (const figure of figures) {
      if (figure.kind !== 'number' || figure.decimal || figure.suffix || !dashed(figure)) {
        if (figure.kind !== 'year') series = [];
        continue;
      }
      const runsOn = TITLE_WORD.test(text.slice(figure.span.end, figure.span.end + 4));
      const breaksSeries = series.length >= SERIES_MIN && series.every((f) => f.integerDigits.length >= figure.integerDigits.length + 2);
      if (runsOn || breaksSeries) {
        const written = text.slice(figure.valueSpan.start, figure.valueSpan.end);
        report({
          code: DiagnosticCode.figureTruncated,
          span: figure.valueSpan,
          message: runsOn
            ? l10n.t('The number «{0}» looks cut off: a new sentence follows it without punctuation', written)
            : l10n.t('The number «{0}» looks cut off: it is far smaller than the values before it', written),
        });
      }
      series.push(figure);
    }
  },
};
