import { LineIndex, isSpace } from './text';

/**
 * A block of one line: the whole line, or a part of it where text copied from a PDF joined
 * several blocks with an extra period (`…тоқталармыз..Сол сияқты…` gives two segments,
 * `…тоқталармыз.` and `Сол сияқты…`).
 */
export interface Segment {
  /** Offset of the first non-space character. */
  readonly start: number;
  /** Offset after the last non-space character (before any extra joint periods). */
  readonly end: number;
  readonly line: number;
  /** The segment ends at a joint: what follows on its line is another block. */
  readonly endsAtJoint: boolean;
}

/** `[^.\s]` then periods, directly followed by what starts a block. */
const JOINT = /([^.\s])(\.+)(?=[\p{Lu}«"„“\d]|[-–—•][ \u00a0])/gu;
const CLOSERS = new Set([']', ')', '»', '”', '"', "'"]);
const LIST_PUNCTUATION = new Set([':', ';', '!', '?']);

/** Splits every line at PDF joints; blank lines give no segment. */
export function splitSegments(text: string, lines: LineIndex): Segment[] {
  const segments: Segment[] = [];
  for (let line = 0; line < lines.lineCount; line++) {
    const lineStart = lines.lineStarts[line];
    const lineEnd = lines.lineEnd(line);
    let from = lineStart;
    if (text.indexOf('.', lineStart) < lineEnd) {
      const lineText = text.slice(lineStart, lineEnd);
      JOINT.lastIndex = 0;
      for (let m = JOINT.exec(lineText); m; m = JOINT.exec(lineText)) {
        const before = m[1];
        const periods = m[2].length;
        const periodsAt = lineStart + m.index + before.length;
        let end: number;
        if (LIST_PUNCTUATION.has(before)) end = periodsAt;
        else if (CLOSERS.has(before) || periods >= 2) end = periodsAt + 1;
        else continue;
        push(segments, text, from, end, line, true);
        from = periodsAt + periods;
      }
    }
    push(segments, text, from, lineEnd, line, false);
  }
  return segments;
}

function push(segments: Segment[], text: string, start: number, end: number, line: number, endsAtJoint: boolean): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start < end) segments.push({ start, end, line, endsAtJoint });
}
