import { Span } from './text';

/** A volume or part: `т. 2` in `[2, т. 2, 45 б.]`. */
export interface VolumePart {
  readonly kind: 'volume';
  readonly span: Span;
  /** The mark as it should be written: `т.`, `том`, `vol.`. */
  readonly mark: string;
  readonly number: string;
  /** The space written between mark and number (`' '`, a no-break space), or `''`. */
  readonly space: string;
}

/**
 * Pages: `12-13 б.` (the mark after the pages, as Kazakh writes it) or `с. 81`, `p. 5` (the mark
 * before). `pagesSpan` covers `12-13`; `first` and `last` are the page numbers.
 */
export interface PagesPart {
  readonly kind: 'pages';
  readonly span: Span;
  readonly mark: string;
  readonly markPosition: 'before' | 'after';
  readonly pagesSpan: Span;
  readonly first: number;
  readonly last?: number;
  /** `12-13` with the spaces around the dash removed. */
  readonly pages: string;
  readonly space: string;
}

/** A locator part Zanmark does not interpret, such as `3-бап` or `ст. 7`: left as written. */
export interface OtherPart {
  readonly kind: 'other';
  readonly span: Span;
}

export type LocatorPart = VolumePart | PagesPart | OtherPart;

const SPACES = '[ \\t\\u00a0\\u202f]*';
const PAGE_NUMBERS = `(\\d{1,6})(?:${SPACES}([-–—])${SPACES}(\\d{1,6}))?`;
const VOLUME_MARKS: Readonly<Record<string, string>> = {
  'т': 'т.', 'т.': 'т.', 'Т': 'Т.', 'Т.': 'Т.', 'том': 'том', 'Том': 'Том', 'vol': 'vol.', 'vol.': 'vol.', 'Vol': 'Vol.', 'Vol.': 'Vol.',
  'ч': 'ч.', 'ч.': 'ч.', 'Ч': 'Ч.', 'Ч.': 'Ч.', 'кн': 'кн.', 'кн.': 'кн.', 'Кн': 'Кн.', 'Кн.': 'Кн.',
};
/** Marks written after the pages (`27 б.`); a missing final period is a format problem. */
const MARKS_AFTER: Readonly<Record<string, string>> = { 'б': 'б.', 'б.': 'б.', 'бб': 'бб.', 'бб.': 'бб.', 'бет': 'бет', 'беттер': 'беттер' };
/** Marks written before the pages (`с. 81`, `p. 5`). */
const MARKS_BEFORE: Readonly<Record<string, string>> = {
  'с': 'с.', 'с.': 'с.', 'С': 'С.', 'С.': 'С.', 'стр': 'стр.', 'стр.': 'стр.', 'p': 'p.', 'p.': 'p.', 'pp': 'pp.', 'pp.': 'pp.',
  'P': 'P.', 'P.': 'P.',
};
const VOLUME = new RegExp(`^(\\p{L}{1,3}\\.?)(${SPACES})(\\d{1,4})$`, 'u');
const AFTER = new RegExp(`^${PAGE_NUMBERS}(${SPACES})(\\p{L}{1,6}\\.?)$`, 'u');
const BEFORE = new RegExp(`^(\\p{L}{1,3}\\.?)(${SPACES})${PAGE_NUMBERS}$`, 'u');

/**
 * The parts of a locator, split at commas: `т. 2, 45 б.` gives a volume and pages.
 * `text` starts at `offset` in the document.
 */
export function readLocatorParts(text: string, offset: number): LocatorPart[] {
  const parts: LocatorPart[] = [];
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf(',', from);
    if (to < 0) to = text.length;
    let start = from;
    let end = to;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    parts.push(readPart(text.slice(start, end), offset + start));
    from = to + 1;
  }
  return parts;
}

function readPart(part: string, at: number): LocatorPart {
  const span = { start: at, end: at + part.length };
  const volume = VOLUME.exec(part);
  if (volume && VOLUME_MARKS[volume[1]]) {
    return { kind: 'volume', span, mark: VOLUME_MARKS[volume[1]], number: volume[3], space: volume[2].slice(0, 1) };
  }
  const after = AFTER.exec(part);
  if (after && MARKS_AFTER[after[5]]) {
    const pagesEnd = part.length - after[5].length - after[4].length;
    return pages(span, MARKS_AFTER[after[5]], 'after', { start: at, end: at + pagesEnd }, after[1], after[2], after[3], after[4]);
  }
  const before = BEFORE.exec(part);
  if (before && MARKS_BEFORE[before[1]]) {
    const pagesStart = before[1].length + before[2].length;
    return pages(span, MARKS_BEFORE[before[1]], 'before', { start: at + pagesStart, end: span.end }, before[3], before[4], before[5], before[2]);
  }
  return { kind: 'other', span };
}

function pages(span: Span, mark: string, markPosition: 'before' | 'after', pagesSpan: Span, first: string, dash: string | undefined, last: string | undefined, space: string): PagesPart {
  return {
    kind: 'pages',
    span,
    mark,
    markPosition,
    pagesSpan,
    first: Number(first),
    last: last === undefined ? undefined : Number(last),
    pages: last === undefined ? first : `${first}${dash}${last}`,
    space: space.slice(0, 1),
  };
}
