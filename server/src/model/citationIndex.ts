import { Citation, CitationItem } from './citations';
import { ReferenceEntry, ReferenceList } from './references';
import { Span } from './text';

/**
 * A place that cites a source: in `[1; 3–5, 12 б.]`, source 4 is cited by the item `3–5, 12 б.`
 * and `span` covers `3–5`; source 1 is cited with `span` on `1`.
 */
export interface CitationOccurrence {
  readonly citation: Citation;
  readonly item: CitationItem;
  readonly span: Span;
}

/** The first citation of a reference entry, and its rank in the order of first citation (0, 1, …). */
export interface FirstCitation {
  readonly occurrence: CitationOccurrence;
  readonly rank: number;
}

/**
 * Citations resolved against the document's reference list. Ranges are never expanded: a range
 * item is matched against the entry numbers it covers, so `[1–100000000]` costs what `[1–3]` costs.
 */
export class CitationIndex {
  private readonly singles = new Map<number, CitationOccurrence[]>();
  private readonly ranges: CitationOccurrence[] = [];
  private readonly byNumber = new Map<number, ReferenceEntry[]>();
  /** The distinct entry numbers, ascending. */
  private readonly numbers: number[];
  private readonly first = new Map<number, FirstCitation>();
  private readonly counts = new Map<number, number>();
  /** Entry numbers in the order of their first citation. */
  readonly citedOrder: readonly number[];

  constructor(
    readonly citations: readonly Citation[],
    readonly list: ReferenceList | undefined,
  ) {
    for (const entry of list?.entries ?? []) {
      const same = this.byNumber.get(entry.number);
      if (same) same.push(entry);
      else this.byNumber.set(entry.number, [entry]);
    }
    this.numbers = [...this.byNumber.keys()].sort((a, b) => a - b);
    for (const citation of citations) {
      for (const item of citation.items) {
        if (item.last) {
          this.ranges.push({ citation, item, span: { start: item.first.span.start, end: item.last.span.end } });
        } else {
          const occurrence = { citation, item, span: item.first.span };
          const list = this.singles.get(item.first.value);
          if (list) list.push(occurrence);
          else this.singles.set(item.first.value, [occurrence]);
        }
      }
    }
    this.citedOrder = this.rankFirstCitations();
  }

  /** The entries numbered `n` in the document's list: one normally, more when numbers repeat. */
  entriesOf(n: number): readonly ReferenceEntry[] {
    return this.byNumber.get(n) ?? [];
  }

  /** The entry numbers from `from` to `to` that have entries, ascending, at most `limit` of them. */
  entryNumbersBetween(from: number, to: number, limit = Infinity): number[] {
    const out: number[] = [];
    for (let i = this.lowerBound(Math.min(from, to)); i < this.numbers.length && this.numbers[i] <= Math.max(from, to) && out.length < limit; i++) {
      out.push(this.numbers[i]);
    }
    return out;
  }

  /** How many distinct entry numbers lie between `from` and `to` (inclusive). */
  entryCountBetween(from: number, to: number): number {
    if (to < from) return 0;
    return this.lowerBound(to + 1) - this.lowerBound(from);
  }

  /**
   * The first numbers from `from` to `to` that have no entry, at most `limit` of them. Each is found
   * by bisection on entry counts, so a range over a long list costs a few logarithms, not its length.
   */
  missingBetween(from: number, to: number, limit: number): number[] {
    const missing: number[] = [];
    if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to)) return from <= to ? [from] : [];
    let start = from;
    while (missing.length < limit && start <= to) {
      if (this.entryCountBetween(start, to) === to - start + 1) break;
      let lo = start;
      let hi = to;
      while (lo < hi) {
        const mid = Math.floor((lo + hi) / 2);
        if (this.entryCountBetween(start, mid) < mid - start + 1) hi = mid;
        else lo = mid + 1;
      }
      missing.push(lo);
      start = lo + 1;
    }
    return missing;
  }

  /** Every place that cites source `n`, in document order; ranges that cover `n` included. */
  occurrencesOf(n: number): CitationOccurrence[] {
    const covering = this.ranges.filter((r) => covers(r.item, n));
    const singles = this.singles.get(n) ?? [];
    if (covering.length === 0) return singles.slice();
    return [...singles, ...covering].sort((a, b) => a.span.start - b.span.start);
  }

  /** How many citations cite source `n` (a citation that names it twice counts once). */
  citationCount(n: number): number {
    let count = this.counts.get(n);
    if (count === undefined) {
      // Occurrences come in document order, so one citation's occurrences are neighbours.
      count = 0;
      let previous: Citation | undefined;
      for (const occurrence of this.occurrencesOf(n)) {
        if (occurrence.citation !== previous) count++;
        previous = occurrence.citation;
      }
      this.counts.set(n, count);
    }
    return count;
  }

  firstCitationOf(n: number): FirstCitation | undefined {
    return this.first.get(n);
  }

  /**
   * Walks the citations in order and gives each entry number the first citation that covers it.
   * Numbers already given are skipped with a "next unranked" table (union–find), so overlapping
   * ranges are not walked again and the whole pass stays linear.
   */
  private rankFirstCitations(): number[] {
    const order: number[] = [];
    const next = this.numbers.map((_, i) => i);
    const find = (i: number): number => {
      let root = i;
      while (root < next.length && next[root] !== root) root = next[root];
      while (i < next.length && next[i] !== i) {
        const up = next[i];
        next[i] = root;
        i = up;
      }
      return root;
    };
    const take = (i: number, occurrence: CitationOccurrence) => {
      const n = this.numbers[i];
      this.first.set(n, { occurrence, rank: order.length });
      order.push(n);
      next[i] = i + 1;
    };
    for (const citation of this.citations) {
      for (const item of citation.items) {
        if (!item.last) {
          const i = this.indexOf(item.first.value);
          if (i >= 0 && next[i] === i) take(i, { citation, item, span: item.first.span });
          continue;
        }
        const span = { start: item.first.span.start, end: item.last.span.end };
        const to = Math.max(item.first.value, item.last.value);
        for (let i = find(this.lowerBound(Math.min(item.first.value, item.last.value))); i < next.length && this.numbers[i] <= to; i = find(i)) {
          take(i, { citation, item, span });
        }
      }
    }
    return order;
  }

  private indexOf(n: number): number {
    const i = this.lowerBound(n);
    return i < this.numbers.length && this.numbers[i] === n ? i : -1;
  }

  private lowerBound(n: number): number {
    let lo = 0;
    let hi = this.numbers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.numbers[mid] < n) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Whether a citation item names source `n`, as a single number or inside its range. */
export function covers(item: CitationItem, n: number): boolean {
  if (!item.last) return item.first.value === n;
  return n >= Math.min(item.first.value, item.last.value) && n <= Math.max(item.first.value, item.last.value);
}
