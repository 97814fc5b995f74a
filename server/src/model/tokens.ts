import { Span } from './text';

/**
 * The words of a document, as parallel offset arrays (a 10 MB text has over a million words).
 * A word is a run of letters, with inner hyphens and apostrophes: `сау-саламатты`, `бабында` in `1-бабында`.
 */
export class WordTable {
  private constructor(
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    readonly count: number,
  ) {}

  static of(text: string): WordTable {
    let starts: Int32Array = new Int32Array(Math.max(16, text.length >> 3));
    let ends: Int32Array = new Int32Array(starts.length);
    let count = 0;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      if (count === starts.length) {
        starts = grow(starts);
        ends = grow(ends);
      }
      starts[count] = m.index;
      ends[count] = m.index + m[0].length;
      count++;
    }
    return new WordTable(starts, ends, count);
  }

  span(index: number): Span {
    return { start: this.starts[index], end: this.ends[index] };
  }

  /** Where word `index` starts, without allocating a span (for loops over a million words). */
  startOf(index: number): number {
    return this.starts[index];
  }

  endOf(index: number): number {
    return this.ends[index];
  }

  /** Index of the word that contains `offset` (or ends at it), or -1. */
  indexAt(offset: number): number {
    let lo = 0;
    let hi = this.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid] < offset) lo = mid + 1;
      else if (this.starts[mid] > offset) hi = mid - 1;
      else return mid;
    }
    return -1;
  }
}

/** A run of digits, as written: `146` and `347` in `146 347`. Figures (SPEC §4) are built from these. */
export interface DigitRun {
  readonly span: Span;
}

export function findDigitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) {
    runs.push({ span: { start: m.index, end: m.index + m[0].length } });
  }
  return runs;
}

const WORD = /[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*/gu;
const DIGITS = /\p{Nd}+/gu;

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
