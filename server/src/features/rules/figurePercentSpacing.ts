import * as l10n from '@vscode/l10n';
import { Figure, LegalDocument } from '../../model';
import { Settings } from '../../settings';
import { DiagnosticCode } from '../diagnosticCodes';
import { Finding, Rule } from '../diagnostics';

const spaced = (f: Figure) => f.percent!.span.end - f.percent!.span.start === 2;

/**
 * `figure.percent-spacing`: `5 %` where the document writes `30%` (style `consistent`, the majority;
 * a tie decides nothing), or against `zanmark.figures.percentSpacing`.
 */
export const figurePercentSpacing: Rule = {
  codes: [DiagnosticCode.figurePercentSpacing],
  fixable: true,
  check(document: LegalDocument, report: (finding: Finding) => void, settings: Settings): void {
    const signs = document.figures.filter((f) => f.percent?.sign);
    let wantSpace: boolean;
    const style = settings.figures.percentSpacing;
    if (style === 'consistent') {
      const withSpace = signs.filter(spaced).length;
      if (withSpace * 2 === signs.length) return;
      wantSpace = withSpace * 2 > signs.length;
    } else {
      wantSpace = style === 'space';
    }
    for (const figure of signs) {
      if (spaced(figure) === wantSpace) continue;
      const percent = figure.percent!.span;
      const value = document.text.slice(figure.valueSpan.start, figure.valueSpan.end);
      const fixed = `${value}${wantSpace ? ' ' : ''}%`;
      report({
        code: DiagnosticCode.figurePercentSpacing,
        span: { start: figure.valueSpan.start, end: percent.end },
        message: wantSpace
          ? l10n.t('Write «{0}»: percentages in this document have a space before %', fixed)
          : l10n.t('Write «{0}»: percentages in this document have no space before %', fixed),
        fixes: [{ title: l10n.t('Write «{0}»', fixed), safe: true, replacements: [{ span: percent, newText: wantSpace ? ' %' : '%' }] }],
      });
    }
  },
};
