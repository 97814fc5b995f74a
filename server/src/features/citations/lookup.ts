import { Citation, CitationItem, LegalDocument, ReferenceEntry, ReferenceList, Span } from '../../model';

/** At most this many sources are listed for one place (`[1–100000000]` lists the first ones). */
export const MAX_SOURCES = 20;

/**
 * The sources a place in a citation refers to. On a source number (`3` in `[1; 3]`) that one
 * source, `origin` on the number; elsewhere in an item (`3–5, 12 б.`) the item's sources; on the
 * brackets or separators every source of the citation, `origin` on the whole citation.
 */
export interface CitedSources {
  readonly citation: Citation;
  /** The item the place is in, when it is in one. */
  readonly item?: CitationItem;
  readonly origin: Span;
  /** The source numbers, in citation order, without repeats; for ranges only numbers that have entries. */
  readonly numbers: readonly number[];
}

export function citationAt(document: LegalDocument, offset: number): Citation | undefined {
  const citations = document.citations;
  let lo = 0;
  let hi = citations.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = citations[mid].span;
    if (span.end <= offset) lo = mid + 1;
    else if (span.start > offset) hi = mid - 1;
    else return citations[mid];
  }
  return undefined;
}

export function sourcesAt(document: LegalDocument, offset: number): CitedSources | undefined {
  const citation = citationAt(document, offset);
  if (!citation) return undefined;
  for (const item of citation.items) {
    const lastNumber = item.last ?? item.first;
    for (const number of [item.first, item.last]) {
      // Just after the item's last number still counts (the cursor at the end of a word); just
      // after the first number of `3–4` is the dash, which stands for the whole range.
      if (number && offset >= number.span.start && (offset < number.span.end || (offset === number.span.end && number === lastNumber))) {
        return { citation, item, origin: number.span, numbers: [number.value] };
      }
    }
  }
  const item = citation.items.find((i) => offset >= i.span.start && offset < i.span.end);
  if (item) return { citation, item, origin: item.span, numbers: itemNumbers(document, item) };
  const numbers = [...new Set(citation.items.flatMap((i) => itemNumbers(document, i)))].slice(0, MAX_SOURCES);
  return { citation, origin: citation.span, numbers };
}

/** The sources of an item: its number, or the numbers of its range that have entries. */
export function itemNumbers(document: LegalDocument, item: CitationItem): number[] {
  if (!item.last) return [item.first.value];
  return document.citationIndex.entryNumbersBetween(item.first.value, item.last.value, MAX_SOURCES);
}

/** The reference entry (of any list) whose text contains `offset`. */
export function entryAt(document: LegalDocument, offset: number): { entry: ReferenceEntry; list: ReferenceList } | undefined {
  for (const list of document.referenceLists) {
    if (offset < list.span.start || offset > list.span.end) continue;
    const entries = list.entries;
    let lo = 0;
    let hi = entries.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const span = entries[mid].span;
      if (span.end < offset) lo = mid + 1;
      else if (span.start > offset) hi = mid - 1;
      else return { entry: entries[mid], list };
    }
  }
  return undefined;
}

/** The entries numbered `n` in every list: the document's list first, then the transliteration. */
export function entriesNumbered(document: LegalDocument, n: number): ReferenceEntry[] {
  return document.referenceLists.flatMap((list) => list.entries.filter((e) => e.number === n));
}
