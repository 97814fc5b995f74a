import { Span } from '../model/text';
import { Annotation, PlacedAnnotation, refresh } from './annotation';
import { anchor } from './anchoring';

/** One replacement in the text: `[start, end)` of the text before it became `newLength` characters. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newLength: number;
}

type Moved = { kind: 'moved'; span: Span } | { kind: 'covered'; replacement: Span };

/**
 * Moves a span through one edit. Text typed at either boundary stays outside the passage; an edit
 * inside it or across one boundary resizes it; an edit that replaces the whole passage leaves it to be
 * re-found inside the text that replaced it (an external change reloaded by the editor replaces whole lines).
 */
export function moveSpan(span: Span, edit: TextEdit): Moved {
  const delta = edit.newLength - (edit.end - edit.start);
  if (edit.end <= span.start) {
    return { kind: 'moved', span: { start: span.start + delta, end: span.end + delta } };
  }
  if (edit.start >= span.end) return { kind: 'moved', span };
  if (edit.start <= span.start && edit.end >= span.end) return { kind: 'covered', replacement: { start: edit.start, end: edit.start + edit.newLength } };
  if (edit.start >= span.start && edit.end <= span.end) return { kind: 'moved', span: { start: span.start, end: span.end + delta } };
  if (edit.start < span.start) return { kind: 'moved', span: { start: edit.start + edit.newLength, end: span.end + delta } };
  return { kind: 'moved', span: { start: span.start, end: edit.start } };
}

function movePoint(offset: number, edit: TextEdit): number {
  if (offset <= edit.start) return offset;
  if (offset >= edit.end) return offset + edit.newLength - (edit.end - edit.start);
  return edit.start;
}

/**
 * Carries placed annotations through edits made in the editor, in order, then refreshes their quotes
 * from the new text so that each anchored annotation quotes exactly the text it covers. A passage that
 * was replaced whole is looked for again (position, exact quote, fuzzy quote); an orphan whose quote
 * reappears where it was (an undo) is anchored again.
 */
export function trackEdits(placed: readonly PlacedAnnotation[], edits: readonly TextEdit[], text: string, now: string): PlacedAnnotation[] {
  return placed.map((p) => {
    let span = p.span;
    let lastOffset = p.lastOffset;
    let replacement: Span | undefined;
    for (const edit of edits) {
      lastOffset = movePoint(lastOffset, edit);
      if (replacement) replacement = { start: movePoint(replacement.start, edit), end: movePoint(replacement.end, edit) };
      if (!span) continue;
      const moved = moveSpan(span, edit);
      if (moved.kind === 'covered') {
        replacement = moved.replacement;
        lastOffset = moved.replacement.start;
        span = undefined;
      } else {
        span = moved.span;
      }
    }
    if (!span && replacement) span = anchorWithin(text, p.annotation, replacement);
    else if (!span && !p.span) span = exactAt(text, p.annotation, lastOffset);
    if (span && span.end <= span.start) span = undefined;
    return refresh(p, span, lastOffset, text, now);
  });
}

/** The passage looked for only in the text that replaced it: a deleted passage is not looked for elsewhere. */
function anchorWithin(text: string, annotation: Annotation, within: Span): Span | undefined {
  if (within.end <= within.start) return undefined;
  const found = anchor(text.slice(within.start, within.end), annotation, 0);
  return found && { start: found.start + within.start, end: found.end + within.start };
}

function exactAt(text: string, annotation: Annotation, offset: number): Span | undefined {
  const { exact } = annotation.quote;
  return exact && text.startsWith(exact, offset) ? { start: offset, end: offset + exact.length } : undefined;
}
