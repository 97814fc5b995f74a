import * as l10n from '@vscode/l10n';
import { Figure, LegalDocument, Span } from '../../model';
import { DiagnosticCode } from '../diagnosticCodes';
import { Finding, Rule } from '../diagnostics';

const MIN_GROUPED_DIGITS = 5;
/** More parts than a 15-digit number has are a list of numbers, not one number. */
const MAX_PARTS = 5;
const GAP = /^[ \u00a0\u202f]$/;

/** `1234567` → `1 234 567`, with the separator the document uses. */
function group(digits: string, separator: string): string {
  const head = digits.length % 3 || 3;
  const parts = [digits.slice(0, head)];
  for (let i = head; i < digits.length; i += 3) parts.push(digits.slice(i, i + 3));
  return parts.join(separator);
}

const isBareNumber = (f: Figure) => f.kind === 'number' && !f.decimal && !f.suffix;

/**
 * `figure.grouping`: digits grouped wrongly (`14 6347`, `1 46 347`: numbers one gap apart that
 * read as one), and numbers of five or more digits left ungrouped in a document that groups them.
 */
export const figureGrouping: Rule = {
  codes: [DiagnosticCode.figureGrouping],
  fixable: true,
  check(document: LegalDocument, report: (finding: Finding) => void): void {
    const { text, figures } = document;
    const grouped = figures.filter((f) => f.groups.length > 1);
    const separator = grouped.length ? text[grouped[0].groups[0].end] : ' ';
    const fix = (span: Span, digits: string) => {
      const fixed = group(digits, separator);
      report({
        code: DiagnosticCode.figureGrouping,
        span,
        message: l10n.t('Digits grouped wrongly in «{0}»: write «{1}»', text.slice(span.start, span.end), fixed),
        fixes: [{ title: l10n.t('Write «{0}»', fixed), safe: true, replacements: [{ span, newText: fixed }] }],
      });
    };
    for (let i = 0; i < figures.length; i++) {
      const first = figures[i];
      // Bare numbers one gap apart, the first of one to three digits: the parts of one number.
      let j = i;
      while (j + 1 < figures.length && isBareNumber(figures[j]) && figures[j].groups.length === 0 &&
        figures[j + 1].valueSpan.start === figures[j].valueSpan.end + 1 && GAP.test(text[figures[j].valueSpan.end]) &&
        ['number', 'amount', 'percent'].includes(figures[j + 1].kind) && !figures[j + 1].decimal) {
        j++;
      }
      if (j > i) {
        const parts = figures.slice(i, j + 1);
        const digits = parts.map((f) => f.integerDigits).join('');
        const span = { start: first.valueSpan.start, end: figures[j].valueSpan.end };
        const plausible = parts.length <= MAX_PARTS && first.integerDigits.length <= 3 && parts.every((f) => f.integerDigits.length <= 4 || f.groups.length > 0);
        if (plausible && digits.length >= MIN_GROUPED_DIGITS && group(digits, separator) !== text.slice(span.start, span.end)) fix(span, digits);
        // A chain is judged once, as a whole: `1 2 3 4 …` is a list, never re-read from its second number.
        i = j;
        continue;
      }
      if (grouped.length && first.kind !== 'year' && first.groups.length === 0 && !first.decimal && first.integerDigits.length >= MIN_GROUPED_DIGITS &&
        first.valueSpan.end - first.valueSpan.start === first.integerDigits.length && !first.integerDigits.startsWith('0')) {
        fix(first.valueSpan, first.integerDigits);
      }
    }
  },
};
