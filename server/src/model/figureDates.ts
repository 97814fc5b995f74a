import { foldCase, foldLookAlikes } from './normalize';

/** A calendar date as written; `year` is absent in `22 шілдесінен`. Months count from 1. */
export interface CalendarDate {
  readonly year?: number;
  readonly month: number;
  readonly day: number;
}

/** Kazakh month names (nominative), in calendar order; inflected forms start with them. */
const KAZAKH_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];
/** Russian month names in the genitive, as dates write them. */
const RUSSIAN_MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

const GAP = '[ \\u00a0\\u202f]';
const WORD = /^[\p{L}\p{M}]+/u;

function wordAt(text: string, offset: number): string | undefined {
  return WORD.exec(text.slice(offset, offset + 40))?.[0];
}

function kazakhMonth(word: string | undefined): number {
  if (!word) return 0;
  const folded = foldCase(foldLookAlikes(word));
  const index = KAZAKH_MONTHS.findIndex((m) => folded.startsWith(m));
  return index + 1;
}

function russianMonth(word: string | undefined): number {
  if (!word) return 0;
  return RUSSIAN_MONTHS.indexOf(foldCase(word)) + 1;
}

const DAY_THEN_MONTH = new RegExp(`^${GAP}(\\d{1,2})${GAP}`);
const GAP_THEN = new RegExp(`^${GAP}`);
const RUSSIAN_YEAR = new RegExp(`^${GAP}(\\d{4})(?:${GAP}?(?:г\\.|года\\b|году\\b))?`, 'u');
const DAY_THEN_ZHULDYZ = new RegExp(`^${GAP}(\\d{1,2})${GAP}жұлдыз[\\p{L}]*`, 'u');

/** `24 тамыздағы`, `22 шілдесінен`, `30 ақпан`: a day number ends at `offset`; reads the month after it. */
export function readDateAfterDay(text: string, offset: number, day: number): { date: CalendarDate; end: number } | undefined {
  if (!GAP_THEN.test(text.slice(offset, offset + 1))) return undefined;
  const word = wordAt(text, offset + 1);
  const month = kazakhMonth(word);
  return month ? { date: { month, day }, end: offset + 1 + word!.length } : undefined;
}

/** `24 августа 2009 г.`: a day number ends at `offset`. */
export function readRussianDate(text: string, offset: number, day: number): { date: CalendarDate; end: number } | undefined {
  if (!GAP_THEN.test(text.slice(offset, offset + 1))) return undefined;
  const word = wordAt(text, offset + 1);
  const month = russianMonth(word);
  if (!month) return undefined;
  let end = offset + 1 + word!.length;
  const year = RUSSIAN_YEAR.exec(text.slice(end, end + 16));
  if (year) end += year[0].length;
  return { date: { year: year ? Number(year[1]) : undefined, month, day }, end };
}

/**
 * The day and month after `2009 жылғы` / `2001 жылдың`; `yearWordStart` is where that word starts.
 * Reads `… 24 тамыздағы`, `… 30 тамыз` and `… тамыздың 30 жұлдызы`.
 */
export function readDateAfterYear(text: string, yearWordStart: number, year: number): { date: CalendarDate; end: number } | undefined {
  const yearWord = wordAt(text, yearWordStart);
  if (!yearWord || !/^жыл(?:ғы|дың)$/u.test(foldCase(yearWord))) return undefined;
  const at = yearWordStart + yearWord.length;
  const window = text.slice(at, at + 60);
  const dayFirst = DAY_THEN_MONTH.exec(window);
  if (dayFirst) {
    const monthAt = at + dayFirst[0].length;
    const word = wordAt(text, monthAt);
    const month = kazakhMonth(word);
    if (month) return { date: { year, month, day: Number(dayFirst[1]) }, end: monthAt + word!.length };
    return undefined;
  }
  if (!GAP_THEN.test(window)) return undefined;
  const word = wordAt(text, at + 1);
  const month = kazakhMonth(word);
  if (!month) return undefined;
  const monthEnd = at + 1 + word!.length;
  const day = DAY_THEN_ZHULDYZ.exec(text.slice(monthEnd, monthEnd + 30));
  if (!day) return undefined;
  return { date: { year, month, day: Number(day[1]) }, end: monthEnd + day[0].length };
}

/** Whether the date exists: 31.04 does not, nor 29 February of a common year (any 29 February without a year does). */
export function isValidDate(date: CalendarDate): boolean {
  if (date.month < 1 || date.month > 12 || date.day < 1) return false;
  const leap = date.year === undefined || (date.year % 4 === 0 && (date.year % 100 !== 0 || date.year % 400 === 0));
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][date.month - 1];
  return date.day <= days;
}
