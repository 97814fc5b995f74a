import { Span } from '../model/text';
import { Annotation, PlacedAnnotation, refresh } from './annotation';
import { anchor } from './anchoring';

/** One replacement in the text: `[start, end)` of the text before it became `newLength` characters. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newLength: number;
}

type Moved = { kind: 'moved'; span: Span } | { kind: 'covered'; hint: number };

/**
 * Moves a span through one edit. Text typed at either boundary stays outside the passage; an edit
 * inside it or across one boundary resizes it; an edit that replaces the whole passage leaves it to be
 * re-found (an external change reloaded by the editor replaces whole lines).
 */
export function moveSpan(span: Span, edit: TextEdit): Moved {
  const delta = edit.newLength - (edit.end - edit.start);
  if (edit.end <= span.start) {
    return { kind: 'moved', span: { start: span.start + delta, end: span.end + delta } };
  }
  if (edit.start >= span.end) return { kind: 'moved', span };
  if (edit.start <= span.start && edit.end >= span.end) return { kind: 'covered', hint: edit.start };
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
    let covered = false;
    for (const edit of edits) {
      lastOffset = movePoint(lastOffset, edit);
      if (!span) continue;
      const moved = moveSpan(span, edit);
      if (moved.kind === 'covered') {
        covered = true;
        lastOffset = moved.hint;
        span = undefined;
      } else {
        span = moved.span;
      }
    }
    if (!span && (covered || !p.span)) {
      span = covered ? anchor(text, p.annotation, lastOffset) : exactAt(text, p.annotation, lastOffset);
    }
    if (span && span.end <= span.start) span = undefined;
    return refresh(p, span, lastOffset, text, now);
  });
}

function exactAt(text: string, annotation: Annotation, offset: number): Span | undefined {
  const { exact } = annotation.quote;
  return exact && text.startsWith(exact, offset) ? { start: offset, end: offset + exact.length } : undefined;
}
