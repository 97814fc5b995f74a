import { search } from './fuzzySearch';
import { Span, utf16Offset } from '../model/text';
import { Annotation, PlacedAnnotation, TextQuote, refresh } from './annotation';

/** Quotes shorter than this are only re-found exactly: a fuzzy match of a few letters finds anything. */
const MIN_FUZZY_LENGTH = 8;
/** At most one error in five characters of the quote, as the passage may have been retouched. */
const ERRORS_PER_CHARACTER = 0.2;
const MAX_ERRORS = 256;
const MAX_CANDIDATES = 100;
/** Characters either side of the old place searched first. */
const NEARBY_WINDOW = 10_000;

/**
 * Finds an annotation's passage in the text as it is now (SPEC §8): at its stored position if the
 * quote is still there; else the exact quote nearest the old position; else the quote approximately,
 * scored with its prefix and suffix and the distance from the old place (as Hypothesis does).
 * `hint` is where the passage was last seen, in UTF-16 offsets; it defaults to the stored position.
 */
export function anchor(text: string, annotation: Annotation, hint?: number): Span | undefined {
  const { exact } = annotation.quote;
  if (!exact) return undefined;
  const start = hint ?? utf16Offset(text, annotation.position.start);
  if (text.startsWith(exact, start)) return { start, end: start + exact.length };
  return nearestExact(text, exact, start) ?? fuzzy(text, annotation.quote, start);
}

function nearestExact(text: string, exact: string, near: number): Span | undefined {
  let best: number | undefined;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    if (best === undefined || Math.abs(at - near) < Math.abs(best - near)) best = at;
    else if (at > near) break;
  }
  return best === undefined ? undefined : { start: best, end: best + exact.length };
}

/**
 * The quote approximately: first in a window around the old place, where a retouched passage usually
 * still is, then in the whole text.
 */
function fuzzy(text: string, quote: TextQuote, near: number): Span | undefined {
  const length = quote.exact.length;
  if (length < MIN_FUZZY_LENGTH) return undefined;
  const margin = NEARBY_WINDOW + length;
  const from = Math.max(0, near - margin);
  const to = Math.min(text.length, near + length + margin);
  if (from > 0 || to < text.length) {
    const nearby = fuzzyIn(text.slice(from, to), quote, near - from);
    if (nearby) return { start: nearby.start + from, end: nearby.end + from };
  }
  return fuzzyIn(text, quote, near);
}

function fuzzyIn(text: string, quote: TextQuote, near: number): Span | undefined {
  const length = quote.exact.length;
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(length * ERRORS_PER_CHARACTER));
  const found = search(text, quote.exact, maxErrors);
  // A repetitive text can match everywhere; weigh the context of the matches nearest the old place only.
  const matches = found.length > MAX_CANDIDATES
    ? found.sort((a, b) => Math.abs(a.start - near) - Math.abs(b.start - near)).slice(0, MAX_CANDIDATES)
    : found;
  let best: { span: Span; score: number } | undefined;
  for (const m of matches) {
    if (m.end <= m.start) continue;
    const quoteScore = 1 - m.errors / length;
    const prefixScore = contextScore(text.slice(Math.max(0, m.start - quote.prefix.length), m.start), quote.prefix);
    const suffixScore = contextScore(text.slice(m.end, m.end + quote.suffix.length), quote.suffix);
    const positionScore = 1 - Math.min(1, Math.abs(m.start - near) / Math.max(1, text.length));
    // Hypothesis' weights: the quote counts most, then its context, then the old position.
    const score = 50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * positionScore;
    if (!best || score > best.score) best = { span: { start: m.start, end: m.end }, score };
  }
  return best?.span;
}

/** Similarity of the context found to the context kept, 0…1; short contexts are compared exactly. */
function contextScore(found: string, kept: string): number {
  if (!kept) return 1;
  if (found === kept) return 1;
  const errors = search(found, kept, Math.floor(kept.length / 2))[0]?.errors;
  return errors === undefined ? 0 : 1 - errors / kept.length;
}

/** Places every annotation on the text: anchored or orphaned, none dropped. */
export function placeAll(text: string, annotations: readonly Annotation[], now = new Date().toISOString()): PlacedAnnotation[] {
  return annotations.map((annotation) => {
    const span = anchor(text, annotation);
    const lastOffset = span?.start ?? Math.min(text.length, utf16Offset(text, annotation.position.start));
    return refresh({ annotation, span, lastOffset }, span, lastOffset, text, now);
  });
}
