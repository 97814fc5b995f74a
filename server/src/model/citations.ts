import { LocatorPart, readLocatorParts } from './locators';
import { Span } from './text';

/** A source number inside a citation: `3` in `[3, 497 б.]`. */
export interface SourceNumber {
  /** The number as written; beyond `Number.MAX_SAFE_INTEGER` it is only approximate. */
  readonly value: number;
  readonly span: Span;
}

/** A page or volume locator: `497 б.` in `[3, 497 б.]`, `т. 2, 45 б.` in `[2, т. 2, 45 б.]`. */
export interface Locator {
  readonly text: string;
  readonly span: Span;
  /** The locator split at commas: `т. 2` and `45 б.`; parts Zanmark does not know are kept as `other`. */
  readonly parts: readonly LocatorPart[];
}

/**
 * One cited source or range of sources. In `[1; 3–5, 12 б.]` the items are `1` and `3–5, 12 б.`;
 * for the second, `first` is `3`, `last` is `5` and the locator is `12 б.`.
 */
export interface CitationItem {
  readonly span: Span;
  readonly first: SourceNumber;
  readonly last?: SourceNumber;
  readonly locator?: Locator;
}

/**
 * A bracketed citation. `span` covers `[3, 497 б.]` with its brackets; `items` are what it cites.
 * `[]` and `[ ; ]` are citations with no items.
 */
export interface Citation {
  readonly span: Span;
  readonly items: readonly CitationItem[];
}

/** The source numbers that a citation names, ends of ranges included. */
export function citedNumbers(citation: Citation): SourceNumber[] {
  const out: SourceNumber[] = [];
  for (const item of citation.items) {
    out.push(item.first);
    if (item.last) out.push(item.last);
  }
  return out;
}

const MAX_CITATION_LENGTH = 300;
const SPACE = '[ \\t\\u00a0\\u202f]*';
const SOURCE = new RegExp(`^${SPACE}(\\d+)(?:${SPACE}[-–—]${SPACE}(\\d+))?${SPACE}`);
const BARE_SOURCE_NEXT = new RegExp(`^${SPACE}\\d+(?:${SPACE}[-–—]${SPACE}\\d+)?${SPACE}(?:,|$)`);

/** Every bracketed citation of the text, in order. Brackets that are not citations (`[sic]`) are skipped. */
export function findCitations(text: string): Citation[] {
  const citations: Citation[] = [];
  let open = text.indexOf('[');
  while (open >= 0) {
    const close = closingBracket(text, open);
    if (close < 0) {
      open = text.indexOf('[', open + 1);
      continue;
    }
    const citation = parseCitation(text, open, close);
    if (citation) citations.push(citation);
    open = text.indexOf('[', close + 1);
  }
  return citations;
}

/** The `]` that closes the `[` at `open` on the same line, or -1 (also for a nested `[`). */
function closingBracket(text: string, open: number): number {
  const limit = Math.min(text.length, open + MAX_CITATION_LENGTH);
  for (let i = open + 1; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 93 /* ] */) return i;
    if (c === 91 /* [ */ || c === 10 || c === 13) return -1;
  }
  return -1;
}

function parseCitation(text: string, open: number, close: number): Citation | undefined {
  const items: CitationItem[] = [];
  let partStart = open + 1;
  let blank = true;
  while (partStart <= close) {
    // Searched only up to the `]`: a document with many citations and no `;` stays linear.
    let partEnd = text.slice(partStart, close).indexOf(';');
    partEnd = partEnd < 0 ? close : partStart + partEnd;
    const part = text.slice(partStart, partEnd);
    if (part.trim()) {
      blank = false;
      if (!parseItems(part, partStart, items)) return undefined;
    }
    partStart = partEnd + 1;
  }
  if (blank || items.length > 0) return { span: { start: open, end: close + 1 }, items };
  return undefined;
}

/** Parses `3–5, 12 б.` or `1, 3` (bare numbers after commas are more sources) into `items`. */
function parseItems(part: string, offset: number, items: CitationItem[]): boolean {
  let at = 0;
  for (;;) {
    const source = SOURCE.exec(part.slice(at));
    if (!source) return false;
    const firstAt = offset + at + source[0].indexOf(source[1]);
    const first = { value: Number(source[1]), span: { start: firstAt, end: firstAt + source[1].length } };
    let last: SourceNumber | undefined;
    if (source[2] !== undefined) {
      const lastAt = offset + at + source[0].lastIndexOf(source[2]);
      last = { value: Number(source[2]), span: { start: lastAt, end: lastAt + source[2].length } };
    }
    const itemEnd = (last ?? first).span.end;
    at += source[0].length;
    const rest = part.slice(at);
    if (rest === '') {
      items.push({ span: { start: first.span.start, end: itemEnd }, first, last });
      return true;
    }
    if (rest[0] !== ',') return false;
    if (BARE_SOURCE_NEXT.test(rest.slice(1))) {
      items.push({ span: { start: first.span.start, end: itemEnd }, first, last });
      at += 1;
      continue;
    }
    const locatorText = rest.slice(1).trim();
    if (!/\d/.test(locatorText)) return false;
    const locatorAt = offset + at + 1 + rest.slice(1).indexOf(locatorText);
    const locator = { text: locatorText, span: { start: locatorAt, end: locatorAt + locatorText.length }, parts: readLocatorParts(locatorText, locatorAt) };
    items.push({ span: { start: first.span.start, end: locator.span.end }, first, last, locator });
    return true;
  }
}
