import { Citation } from './citations';
import { Span } from './text';
import { DigitRun } from './tokens';
import { CalendarDate, readDateAfterDay, readDateAfterYear, readRussianDate } from './figureDates';

export type FigureKind = 'number' | 'percent' | 'amount' | 'year' | 'year-range' | 'range' | 'date' | 'time';

/**
 * A figure as written in the text. The spans differ by what they cover:
 *
 * - `span` covers the whole figure with its units, abbreviation period and case ending:
 *   `89,3%-ды`, `3, 16 млн.`, `17 665 000 теңге`, `2010-2020 жж.`, `2009 жылғы 24 тамыздағы`;
 * - `valueSpan` covers only the number as written, digits and separators: `89,3`, `3, 16`,
 *   `17 665 000`, `2010-2020`; for a date it is the same as `span`.
 */
export interface Figure {
  readonly kind: FigureKind;
  readonly span: Span;
  readonly valueSpan: Span;
  /** Digits before the decimal separator, groups joined: `17665000` for `17 665 000`. */
  readonly integerDigits: string;
  /** Digits after the decimal separator, or '' for a whole number. */
  readonly fractionDigits: string;
  /** The decimal separator as written: `,` in `89,3`, `.` in `4.6`, a comma followed by a space in `19, 8`. */
  readonly decimal?: { readonly separator: ',' | '.'; readonly span: Span };
  /** The thousands groups as written, when the number has more than one: `17`, `665`, `000`. */
  readonly groups: readonly Span[];
  /** `%`, `пайыз…` or `процент…` after the value. */
  readonly percent?: { readonly span: Span; readonly sign: boolean };
  /** `млн`, `мың`, `миллиардтан`…: the power of ten it stands for and where it is written. */
  readonly magnitude?: { readonly span: Span; readonly zeros: number; readonly word: MagnitudeWord };
  readonly currency?: { readonly span: Span; readonly name: string };
  /** The second number of a range: `2020` in `2010-2020 жж.`, `30` in `20-30%`. */
  readonly rangeEnd?: { readonly span: Span; readonly value: number; readonly dash: Span };
  readonly date?: CalendarDate;
  /** Hours and minutes; `separator` is the `:` as written, or the `-` of `08-25 минутта`. */
  readonly time?: { readonly hours: number; readonly minutes: number; readonly separator: Span };
  /** A case ending written after a hyphen: `ды` in `89,3%-ды`, `бабында` in `1-бабында`. */
  readonly suffix?: Span;
}

export type MagnitudeWord = 'thousand' | 'million' | 'billion';

const MAGNITUDES: readonly { readonly pattern: RegExp; readonly zeros: number; readonly word: MagnitudeWord }[] = [
  { pattern: /^(?:мың\p{L}*|тыс\.?|тысяч\p{L}*)/u, zeros: 3, word: 'thousand' },
  { pattern: /^(?:млн\.?|миллион\p{L}*)/u, zeros: 6, word: 'million' },
  { pattern: /^(?:млрд\.?|миллиард\p{L}*)/u, zeros: 9, word: 'billion' },
];
const CURRENCY = /^(?:(теңге|тенге)\p{L}*|(доллар)\p{L}*|(евро)|(рубл\p{L}*|руб\.)|(₸)|(\$))/u;
/** The normalized name of each currency group of CURRENCY, in order. */
const CURRENCY_NAMES = ['теңге', 'доллар', 'евро', 'рубль', 'теңге', 'доллар'];
const PERCENT_WORD = /^(?:пайыз|процент)\p{L}*/u;
const YEAR_WORD = /^(?:жыл\p{L}*|ж\.|г\.|год\p{L}*)/u;
const YEARS_WORD = /^(?:жж\.|гг\.|жылдар\p{L}*|годы|годах|годов)/u;
const MINUTES_WORD = /^минут\p{L}*/u;
const SUFFIX = /^-(\p{L}+)/u;
const WORD_CHAR = /[\p{L}\p{M}_]/u;

const isGap = (c: string) => c === ' ' || c === '\u00a0' || c === '\u202f';
const isDash = (c: string) => c === '-' || c === '–' || c === '—';

/**
 * Reads the figures of a text from its digit runs, in order. Runs inside citations are the
 * citations' own (`[3, 497 б.]`); runs glued to letters (`E2E`) and act numbers (`№ 226`) are no figures.
 */
export function findFigures(text: string, runs: readonly DigitRun[], citations: readonly Citation[]): Figure[] {
  const figures: Figure[] = [];
  let c = 0;
  for (let i = 0; i < runs.length; ) {
    const run = runs[i].span;
    while (c < citations.length && citations[c].span.end <= run.start) c++;
    if (c < citations.length && citations[c].span.start <= run.start) {
      i++;
      continue;
    }
    const before = text[run.start - 1] ?? '';
    if (WORD_CHAR.test(before) || before === '.' && /\d/.test(text[run.start - 2] ?? '') || isActNumber(text, run.start)) {
      i++;
      continue;
    }
    const read = readFigure(text, runs, i);
    figures.push(read.figure);
    i = read.next;
  }
  return figures;
}

function isActNumber(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && isGap(text[k])) k--;
  return text[k] === '№';
}

interface Read {
  readonly figure: Figure;
  /** Index of the first digit run after the figure. */
  readonly next: number;
}

/** Index of the first run at or after `offset`, starting the search at `from`. */
function runAt(runs: readonly DigitRun[], from: number, offset: number): number {
  let i = from;
  while (i < runs.length && runs[i].span.start < offset) i++;
  return i;
}

function readFigure(text: string, runs: readonly DigitRun[], i: number): Read {
  const first = runs[i].span;
  const digitsAt = (k: number) => (k < runs.length ? runs[k].span : undefined);
  const next = digitsAt(i + 1);
  const len = (s: Span) => s.end - s.start;
  const digits = (s: Span) => text.slice(s.start, s.end);
  const between = (a: Span, b: Span) => text.slice(a.end, b.start);

  // 07.11.2014
  const third = digitsAt(i + 2);
  if (next && third && len(first) <= 2 && len(next) <= 2 && len(third) === 4 && between(first, next) === '.' && between(next, third) === '.') {
    const date = { year: Number(digits(third)), month: Number(digits(next)), day: Number(digits(first)) };
    const span = { start: first.start, end: third.end };
    return { figure: plain('date', span, span, '', { date }), next: i + 3 };
  }

  // 08:25, and 08-25 минутта written with a hyphen
  if (next && len(first) <= 2 && len(next) === 2) {
    const sep = between(first, next);
    const afterTime = wordAfter(text, next.end);
    if (sep === ':' || (sep === '-' && afterTime && MINUTES_WORD.test(afterTime.word))) {
      const time = { hours: Number(digits(first)), minutes: Number(digits(next)), separator: { start: first.end, end: next.start } };
      const span = { start: first.start, end: next.end };
      return { figure: plain('time', span, span, digits(first) + digits(next), { time }), next: i + 2 };
    }
  }

  // 2010-2020 жж., 20-30%
  if (next && between(first, next).length === 1 && isDash(between(first, next))) {
    const after = wordAfter(text, next.end);
    const years = len(first) === 4 && len(next) === 4 && after && YEARS_WORD.test(after.word);
    const percent = readPercent(text, next.end);
    if (years || percent) {
      const rangeEnd = { span: next, value: Number(digits(next)), dash: { start: first.end, end: next.start } };
      let end = years ? after.start + YEARS_WORD.exec(after.word)![0].length : percent!.span.end;
      const suffix = readSuffix(text, end);
      if (suffix) end = suffix.end;
      const valueSpan = { start: first.start, end: next.end };
      return {
        figure: plain(years ? 'year-range' : 'percent', { start: first.start, end }, valueSpan, digits(first), { rangeEnd, percent, suffix }),
        next: i + 2,
      };
    }
  }

  // The value: thousands groups, then a decimal part (`, ` only when a unit follows, SPEC §4).
  const groups: Span[] = [first];
  let k = i + 1;
  if (len(first) <= 3) {
    while (k < runs.length && len(runs[k].span) === 3 && runs[k].span.start === groups[groups.length - 1].end + 1 &&
      isGap(text[groups[groups.length - 1].end])) {
      groups.push(runs[k].span);
      k++;
    }
  }
  let valueEnd = groups[groups.length - 1].end;
  let fraction = '';
  let decimal: Figure['decimal'];
  const sepChar = text[valueEnd];
  const fractionRun = digitsAt(k);
  if (fractionRun && (sepChar === ',' || sepChar === '.') && fractionRun.start === valueEnd + 1 && !isDash(text[fractionRun.end] ?? '') &&
    !(sepChar === '.' && text[fractionRun.end] === '.' && /\d/.test(text[fractionRun.end + 1] ?? ''))) {
    decimal = { separator: sepChar, span: { start: valueEnd, end: valueEnd + 1 } };
    fraction = digits(fractionRun);
    valueEnd = fractionRun.end;
    k++;
  } else if (fractionRun && sepChar === ',' && text[valueEnd + 1] === ' ' && fractionRun.start === valueEnd + 2 && len(fractionRun) <= 2 &&
    groups.length === 1 && !precededByListComma(text, first.start) && unitFollows(text, fractionRun.end)) {
    decimal = { separator: ',', span: { start: valueEnd, end: valueEnd + 2 } };
    fraction = digits(fractionRun);
    valueEnd = fractionRun.end;
    k++;
  }
  const valueSpan = { start: first.start, end: valueEnd };
  const integerDigits = groups.map(digits).join('');
  const extra = { decimal, groups: groups.length > 1 ? groups : [] };

  // Dates that start with a day: `24 августа 2009 г.`, `22 шілдесінен`.
  if (groups.length === 1 && !decimal && len(first) <= 2) {
    const russian = readRussianDate(text, first.end, Number(integerDigits));
    const kazakh = russian ?? readDateAfterDay(text, first.end, Number(integerDigits));
    if (kazakh) {
      const span = { start: first.start, end: kazakh.end };
      return { figure: plain('date', span, span, integerDigits, { date: kazakh.date }), next: runAt(runs, k, kazakh.end) };
    }
  }

  // Years and the dates that start with one: `2009 жылғы 24 тамыздағы`, `1995 жылғы 30 тамыз`.
  if (groups.length === 1 && !decimal && len(first) === 4) {
    const after = wordAfter(text, valueEnd);
    const yearWord = after && YEAR_WORD.exec(after.word);
    if (after && yearWord) {
      const date = readDateAfterYear(text, after.start, Number(integerDigits));
      if (date) {
        const span = { start: first.start, end: date.end };
        return { figure: plain('date', span, span, integerDigits, { date: date.date }), next: runAt(runs, k, date.end) };
      }
      return {
        figure: plain('year', { start: first.start, end: after.start + yearWord[0].length }, valueSpan, integerDigits, extra),
        next: k,
      };
    }
  }

  // Units: a percentage, or a magnitude and a currency.
  let end = valueEnd;
  let kind: FigureKind = 'number';
  const percent = readPercent(text, end);
  let magnitude: Figure['magnitude'];
  let currency: Figure['currency'];
  if (percent) {
    kind = 'percent';
    end = percent.span.end;
  } else {
    magnitude = readMagnitude(text, end);
    if (magnitude) end = magnitude.span.end;
    currency = readCurrency(text, end);
    if (currency) end = currency.span.end;
    if (magnitude || currency) kind = 'amount';
  }
  const suffix = readSuffix(text, end);
  if (suffix) end = suffix.end;
  return {
    figure: { kind, span: { start: first.start, end }, valueSpan, integerDigits, fractionDigits: fraction, ...extra, percent, magnitude, currency, suffix },
    next: k,
  };
}

function plain(kind: FigureKind, span: Span, valueSpan: Span, integerDigits: string, extra: Partial<Figure> = {}): Figure {
  return { kind, span, valueSpan, integerDigits, fractionDigits: '', groups: [], ...extra };
}

/** The word after `offset` and the gap before it (a few spaces at most), or undefined. */
export function wordAfter(text: string, offset: number): { start: number; word: string } | undefined {
  let k = offset;
  while (k < offset + 4 && isGap(text[k] ?? '')) k++;
  const m = /^[\p{L}₸$][\p{L}.]*/u.exec(text.slice(k, k + 40));
  return m ? { start: k, word: m[0] } : undefined;
}

function readPercent(text: string, offset: number): Figure['percent'] {
  if (text[offset] === '%') return { span: { start: offset, end: offset + 1 }, sign: true };
  if (isGap(text[offset] ?? '') && text[offset + 1] === '%') return { span: { start: offset, end: offset + 2 }, sign: true };
  const after = wordAfter(text, offset);
  const m = after && PERCENT_WORD.exec(after.word);
  return m ? { span: { start: offset, end: after.start + m[0].length }, sign: false } : undefined;
}

function readMagnitude(text: string, offset: number): Figure['magnitude'] {
  const after = wordAfter(text, offset);
  if (!after || after.start === offset) return undefined;
  for (const { pattern, zeros, word } of MAGNITUDES) {
    const m = pattern.exec(after.word);
    if (m) return { span: { start: offset, end: after.start + m[0].length }, zeros, word };
  }
  return undefined;
}

function readCurrency(text: string, offset: number): Figure['currency'] {
  const after = wordAfter(text, offset);
  if (!after) return undefined;
  const m = CURRENCY.exec(after.word);
  if (!m) return undefined;
  const index = m.slice(1).findIndex((g) => g !== undefined);
  return { span: { start: offset, end: after.start + m[0].length }, name: CURRENCY_NAMES[index] };
}

function readSuffix(text: string, offset: number): Span | undefined {
  const m = SUFFIX.exec(text.slice(offset, offset + 40));
  return m ? { start: offset + 1, end: offset + m[0].length } : undefined;
}

/** `2, 3 және 4`: a comma after a number that itself follows a comma is a list, not a decimal. */
function precededByListComma(text: string, start: number): boolean {
  return /\d,\s?$/.test(text.slice(Math.max(0, start - 4), start));
}

function unitFollows(text: string, offset: number): boolean {
  return readPercent(text, offset) !== undefined || readMagnitude(text, offset) !== undefined || readCurrency(text, offset) !== undefined;
}

/** The value of a figure as a decimal string without separators, scaled by its magnitude: `3160000` for `3,16 млн`. */
export function scaledDigits(figure: Figure): { integer: string; fraction: string } {
  const zeros = figure.magnitude?.zeros ?? 0;
  const all = figure.integerDigits + figure.fractionDigits;
  const point = figure.integerDigits.length + zeros;
  const padded = all.padEnd(point, '0');
  const integer = padded.slice(0, point).replace(/^0+(?=\d)/, '');
  const fraction = padded.slice(point).replace(/0+$/, '');
  return { integer: integer || '0', fraction };
}
