import * as l10n from '@vscode/l10n';
import { CitationItem, LegalDocument, ReferenceEntry, ReferenceList } from '../../model';
import { Replacement } from '../edits';

/** What renumbering would do to a document. */
export type RenumberPlan =
  | { readonly kind: 'edits'; readonly replacements: readonly Replacement[] }
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'refused'; readonly reason: string };

/**
 * Renumbers the reference list by order of first citation (entries never cited keep their order,
 * after the cited ones), moves the entries to match, does the same to a transliterated list, and
 * rewrites every citation, ranges and lists included. Replacements only cover what changes.
 */
export function planRenumbering(document: LegalDocument): RenumberPlan {
  const list = document.references;
  if (!list || list.entries.length === 0) return { kind: 'refused', reason: l10n.t('The document has no numbered reference list to renumber.') };
  const index = document.citationIndex;
  const seen = new Set<number>();
  for (const entry of list.entries) {
    if (seen.has(entry.number)) {
      return { kind: 'refused', reason: l10n.t('Two entries are numbered {0}: give each entry its own number, then renumber.', entry.number) };
    }
    seen.add(entry.number);
  }
  const count = list.entries.length;
  const cited = new Set(index.citedOrder);
  const order = [...index.citedOrder.map((n) => index.entriesOf(n)[0]), ...list.entries.filter((e) => !cited.has(e.number))];
  const renumbered = new Map<number, number>(order.map((entry, i) => [entry.number, i + 1]));

  for (const citation of document.citations) {
    for (const item of citation.items) {
      const stray = strayNumber(document, item, count);
      if (stray !== undefined) {
        const written = document.text.slice(citation.span.start, citation.span.end);
        return { kind: 'refused', reason: l10n.t('{0} cites source {1}, which has no entry: after renumbering it would point to another source. Correct it first.', written, stray) };
      }
    }
  }

  const replacements: Replacement[] = [];
  replacements.push(...reorderList(document, list, order, (entry) => renumbered.get(entry.number)!));
  const transliteration = document.referenceLists.find((l) => l.isTransliteration);
  if (transliteration) replacements.push(...reorderTransliteration(document, transliteration, order, renumbered));
  const ranges = new Map<string, [number, number][]>();
  for (const citation of document.citations) {
    const separator = document.text.slice(citation.span.start, citation.span.end).includes(';') ? '; ' : ', ';
    for (const item of citation.items) replacements.push(...rewriteItem(document, item, renumbered, count, separator, ranges));
  }
  if (replacements.length === 0) return { kind: 'unchanged' };
  return { kind: 'edits', replacements: replacements.sort((a, b) => a.span.start - b.span.start) };
}

/**
 * A number the item cites that has no entry but will be a valid number after renumbering (1…count):
 * keeping it would silently make the citation point to another source.
 */
function strayNumber(document: LegalDocument, item: CitationItem, count: number): number | undefined {
  const from = Math.min(item.first.value, item.last?.value ?? item.first.value);
  const to = Math.max(item.first.value, item.last?.value ?? item.first.value);
  return document.citationIndex.missingBetween(Math.max(from, 1), Math.min(to, count), 1)[0];
}

/** Puts `order[i]` in the place of the i-th entry, renumbered; entries already in place keep their text. */
function reorderList(document: LegalDocument, list: ReferenceList, order: readonly ReferenceEntry[], numberOf: (entry: ReferenceEntry) => number): Replacement[] {
  const out: Replacement[] = [];
  list.entries.forEach((slot, i) => {
    const entry = order[i];
    const number = numberOf(entry);
    if (entry === slot) {
      if (number !== slot.number) out.push(markerDigits(document.text, slot, number));
      return;
    }
    out.push({ span: slot.span, newText: withNumber(document.text, entry, number) });
  });
  return out;
}

function reorderTransliteration(document: LegalDocument, list: ReferenceList, order: readonly ReferenceEntry[], renumbered: ReadonlyMap<number, number>): Replacement[] {
  const paired = order.map((e) => e.transliteration).filter((e): e is ReferenceEntry => e !== undefined && list.entries.includes(e));
  const pairedSet = new Set(paired);
  const unpaired = list.entries.filter((e) => !pairedSet.has(e));
  const numbers = new Map<ReferenceEntry, number>();
  for (const primary of order) if (primary.transliteration && pairedSet.has(primary.transliteration)) numbers.set(primary.transliteration, renumbered.get(primary.number)!);
  let next = order.length;
  for (const entry of unpaired) numbers.set(entry, ++next);
  return reorderList(document, list, [...paired, ...unpaired], (entry) => numbers.get(entry)!);
}

function markerDigits(text: string, entry: ReferenceEntry, number: number): Replacement {
  const marker = text.slice(entry.markerSpan.start, entry.markerSpan.end);
  const digits = /\d+/.exec(marker)!;
  const start = entry.markerSpan.start + digits.index;
  return { span: { start, end: start + digits[0].length }, newText: String(number) };
}

function withNumber(text: string, entry: ReferenceEntry, number: number): string {
  const digits = markerDigits(text, entry, number);
  return text.slice(entry.span.start, digits.span.start) + digits.newText + text.slice(digits.span.end, entry.span.end);
}

/** The replacements that make one citation item cite the renumbered sources. */
function rewriteItem(
  document: LegalDocument,
  item: CitationItem,
  renumbered: ReadonlyMap<number, number>,
  count: number,
  separator: string,
  ranges: Map<string, [number, number][]>,
): Replacement[] {
  const map = (n: number) => renumbered.get(n) ?? n;
  if (!item.last) {
    const n = map(item.first.value);
    return n === item.first.value ? [] : [{ span: item.first.span, newText: String(n) }];
  }
  const ascending = item.first.value <= item.last.value;
  const from = Math.min(item.first.value, item.last.value);
  const to = Math.max(item.first.value, item.last.value);
  // The same range is often cited many times: its renumbered runs are worked out once.
  const key = `${from}:${to}`;
  let merged = ranges.get(key);
  if (!merged) {
    merged = renumberedRuns(document, from, to, renumbered, count);
    ranges.set(key, merged);
  }
  if (merged.length === 0) return [];
  if (merged.length === 1) {
    const [a, b] = ascending ? merged[0] : [merged[0][1], merged[0][0]];
    const out: Replacement[] = [];
    if (a !== item.first.value) out.push({ span: item.first.span, newText: String(a) });
    if (b !== item.last.value) out.push({ span: item.last.span, newText: String(b) });
    return out;
  }
  const text = document.text;
  const dash = text.slice(item.first.span.end, item.last.span.start).trim() || '–';
  const written = merged.map(([a, b]) => (a === b ? String(a) : `${a}${dash}${b}`)).join(item.locator ? '; ' : separator);
  return [{ span: { start: item.first.span.start, end: item.last.span.end }, newText: written }];
}

/** The numbers a range cites after renumbering, as ascending runs: entries move into 1…count, the rest (all above count, see strayNumber) stay. */
function renumberedRuns(document: LegalDocument, from: number, to: number, renumbered: ReadonlyMap<number, number>, count: number): [number, number][] {
  const map = (n: number) => renumbered.get(n) ?? n;
  const index = document.citationIndex;
  const runs = toRuns(index.entryNumbersBetween(from, to).map(map).sort((a, b) => a - b));
  if (from < 1) runs.push([from, Math.min(0, to)]);
  const aboveCount = Math.max(from, count + 1);
  if (aboveCount <= to) {
    const kept = index.entryNumbersBetween(aboveCount, to);
    let start = aboveCount;
    for (const n of kept) {
      if (n > start) runs.push([start, n - 1]);
      start = n + 1;
    }
    if (start <= to) runs.push([start, to]);
  }
  return mergeRuns(runs);
}

function toRuns(sorted: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const n of sorted) {
    const last = runs[runs.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs;
}

function mergeRuns(runs: [number, number][]): [number, number][] {
  const sorted = runs.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const run of sorted) {
    const last = out[out.length - 1];
    if (last && run[0] <= last[1] + 1) last[1] = Math.max(last[1], run[1]);
    else out.push([run[0], run[1]]);
  }
  return out;
}
