import { Heading } from './headings';
import { Span } from './text';

/**
 * A numbered entry of a reference list. For `3. Борчашвили И.Ш. Комментарий… – 1120 с.`,
 * `markerSpan` covers `3.`, `span` the whole entry with its continuation lines, and `text`
 * is the entry without its marker, white space collapsed.
 */
export interface ReferenceEntry {
  readonly number: number;
  readonly markerSpan: Span;
  readonly span: Span;
  readonly text: string;
  /** The entry with the same number in the transliterated list, if the document has one. */
  transliteration?: ReferenceEntry;
}

/** A reference list: its heading and numbered entries. */
export interface ReferenceList {
  readonly heading: Heading;
  /** From the heading to the end of the last entry. */
  readonly span: Span;
  readonly entries: readonly ReferenceEntry[];
  /** True for a second list that transliterates the first («References» after «Әдебиеттер»). */
  readonly isTransliteration: boolean;
}

/** `1. …`, `1) …`, `[1] …` at the start of a block. */
export const ENTRY_MARKER = /^(?:(\d{1,4})[.)]|\[(\d{1,4})\])(?=[ \t\u00a0]*\S)/;

/** Builds entries from the blocks under a reference heading; blocks before the first marker are ignored. */
export class ReferenceListBuilder {
  private readonly entries: ReferenceEntry[] = [];
  private current: { number: number; markerSpan: Span; start: number; end: number } | undefined;
  private end: number;

  constructor(
    private readonly text: string,
    readonly heading: Heading,
    private readonly isTransliteration: boolean,
  ) {
    this.end = heading.span.end;
  }

  /** Adds a block; returns false when it is neither an entry nor the continuation of one. */
  add(start: number, end: number): boolean {
    const marker = ENTRY_MARKER.exec(this.text.slice(start, Math.min(end, start + 8)));
    if (marker) {
      this.flush();
      const markerSpan = { start, end: start + marker[0].length };
      this.current = { number: Number(marker[1] ?? marker[2]), markerSpan, start, end };
    } else if (this.current) {
      this.current.end = end;
    } else {
      return false;
    }
    this.end = end;
    return true;
  }

  build(): ReferenceList {
    this.flush();
    return {
      heading: this.heading,
      span: { start: this.heading.span.start, end: this.end },
      entries: this.entries,
      isTransliteration: this.isTransliteration,
    };
  }

  private flush(): void {
    const c = this.current;
    if (!c) return;
    const text = this.text.slice(c.markerSpan.end, c.end).replace(/\s+/g, ' ').trim();
    this.entries.push({ number: c.number, markerSpan: c.markerSpan, span: { start: c.start, end: c.end }, text });
    this.current = undefined;
  }
}

/** Pairs each entry of `list` with the entry of the same number in `transliteration`. */
export function pairTransliteration(list: ReferenceList, transliteration: ReferenceList): void {
  const byNumber = new Map<number, ReferenceEntry>();
  for (const entry of transliteration.entries) if (!byNumber.has(entry.number)) byNumber.set(entry.number, entry);
  for (const entry of list.entries) entry.transliteration = byNumber.get(entry.number);
}
