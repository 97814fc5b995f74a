import { Span } from '../model/text';

/** How a passage was quoted when it was tagged: the words themselves and a little context either side. */
export interface TextQuote {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

/**
 * One tagged passage as the sidecar keeps it. `position` counts Unicode code points, as W3C
 * `TextPositionSelector` does; `raw` is the annotation as it was read, so that fields Zanmark does
 * not know (from another annotation tool) survive a round trip.
 */
export interface Annotation {
  /** `urn:uuid:…` */
  readonly id: string;
  readonly created: string;
  readonly modified: string;
  readonly tags: readonly string[];
  /** The user's note; empty when there is none. */
  readonly note: string;
  readonly quote: TextQuote;
  readonly position: { readonly start: number; readonly end: number };
  readonly raw?: Readonly<Record<string, unknown>>;
}

/** An annotation placed on the current text: `span` (UTF-16 offsets) or, when its passage is gone, an orphan. */
export interface PlacedAnnotation {
  readonly annotation: Annotation;
  /** Where the passage is now; undefined for an orphan. */
  readonly span: Span | undefined;
  /** Where an orphan's passage last was, for its diagnostic and for finding it again after an undo. */
  readonly lastOffset: number;
}

/** Characters of context kept before and after a quote, as Hypothesis keeps. */
export const CONTEXT_LENGTH = 32;

/** The quote of `span` in `text`, with its prefix and suffix cut so as not to split a surrogate pair. */
export function quoteOf(text: string, span: Span): TextQuote {
  let prefixStart = Math.max(0, span.start - CONTEXT_LENGTH);
  if (isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart++;
  let suffixEnd = Math.min(text.length, span.end + CONTEXT_LENGTH);
  if (isLowSurrogate(text.charCodeAt(suffixEnd))) suffixEnd--;
  return {
    exact: text.slice(span.start, span.end),
    prefix: text.slice(prefixStart, span.start),
    suffix: text.slice(span.end, suffixEnd),
  };
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Tags as the user typed them: trimmed, without a leading `#`, without empties or repeats. */
export function cleanTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const tag of tags) {
    const t = tag.trim().replace(/^#+/, '').trim();
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

/** The annotation with its quote taken from where it now is; orphans keep their last quote. */
export function refresh(p: PlacedAnnotation, span: Span | undefined, lastOffset: number, text: string, now: string): PlacedAnnotation {
  if (!span) return { annotation: p.annotation, span: undefined, lastOffset };
  const quote = quoteOf(text, span);
  const same = quote.exact === p.annotation.quote.exact;
  const annotation: Annotation = {
    ...p.annotation,
    quote,
    // Only a change of the passage itself counts as modifying the annotation; moving it does not.
    modified: same ? p.annotation.modified : now,
    position: p.annotation.position,
  };
  return { annotation, span, lastOffset: span.start };
}
