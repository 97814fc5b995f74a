import type { Hover } from 'vscode-languageserver-types';
import * as l10n from '@vscode/l10n';
import { Figure, LegalDocument, scaledDigits } from '../model';
import { HoverProvider } from './hover';

/** `17665000` → `17 665 000`: the normalized form groups thousands with spaces, as the Kazakh and Russian norms do. */
function grouped(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** A number in its normalized form: grouped thousands, decimal comma (`3,16`, `146 347`). */
function numberText(integer: string, fraction: string): string {
  const whole = integer.replace(/^0+(?=\d)/, '');
  return fraction ? `${grouped(whole)},${fraction}` : grouped(whole);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** What a figure stands for, normalized: `3,16 млн = 3 160 000`, `2009-08-24`, `19,8 %`. */
export function describeFigure(figure: Figure): string {
  const value = numberText(figure.integerDigits, figure.fractionDigits);
  switch (figure.kind) {
    case 'date': {
      const d = figure.date!;
      const iso = `${d.year !== undefined ? `${d.year}-` : '--'}${pad(d.month)}-${pad(d.day)}`;
      return l10n.t('Date: {0}', iso);
    }
    case 'time':
      return l10n.t('Time: {0}', `${pad(figure.time!.hours)}:${pad(figure.time!.minutes)}`);
    case 'year':
      return l10n.t('Year: {0}', figure.integerDigits);
    case 'year-range':
      return l10n.t('Years: {0}', `${figure.integerDigits}–${figure.rangeEnd!.value}`);
    case 'percent':
      return l10n.t('Percentage: {0}', figure.rangeEnd ? `${value}–${figure.rangeEnd.value} %` : `${value} %`);
    case 'amount': {
      const scaled = scaledDigits(figure);
      const total = numberText(scaled.integer, scaled.fraction);
      const currency = figure.currency ? ` ${figure.currency.name}` : '';
      return figure.magnitude
        ? l10n.t('Amount: {0} = {1}', `${value} ${MAGNITUDE_NAMES[figure.magnitude.word]}`, `${total}${currency}`)
        : l10n.t('Amount: {0}', `${total}${currency}`);
    }
    default:
      return l10n.t('Number: {0}', value);
  }
}

const MAGNITUDE_NAMES = { thousand: 'мың', million: 'млн', billion: 'млрд' } as const;

/** Hover on a figure: its normalized value. */
export const figureHover: HoverProvider = (document: LegalDocument, offset: number): Hover | undefined => {
  const figures = document.figures;
  let lo = 0;
  let hi = figures.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = figures[mid].span;
    if (span.end < offset) lo = mid + 1;
    else if (span.start > offset) hi = mid - 1;
    else {
      const figure = figures[mid];
      return {
        contents: { kind: 'markdown', value: describeFigure(figure) },
        range: document.lines.rangeOf(figure.span),
      };
    }
  }
  return undefined;
};
