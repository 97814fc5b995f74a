import type { DocumentHighlight, Location, LocationLink } from 'vscode-languageserver-types';
import { DocumentHighlightKind } from 'vscode-languageserver-types';
import { LegalDocument, Span } from '../../model';
import { DefinitionProvider } from '../definition';
import { HighlightProvider } from '../highlights';
import { FoundReferences, ReferenceProvider } from '../references';
import { entriesNumbered, entryAt, sourcesAt } from './lookup';

/** Go to definition on a citation, or on one source number inside it: the reference entry. */
export const citationDefinition: DefinitionProvider = (document, offset) => {
  const at = sourcesAt(document, offset);
  if (!at) return undefined;
  const origin = document.lines.rangeOf(at.origin);
  return at.numbers.flatMap((n) => document.citationIndex.entriesOf(n).map((entry): LocationLink => ({
    originSelectionRange: origin,
    targetUri: document.uri,
    targetRange: document.lines.rangeOf(entry.span),
    targetSelectionRange: document.lines.rangeOf(entry.markerSpan),
  })));
};

/** The sources named at `offset`: by a citation, or by the reference entry the place is in. */
function sourceNumbersAt(document: LegalDocument, offset: number): readonly number[] | undefined {
  const at = sourcesAt(document, offset);
  if (at) return at.numbers;
  const inEntry = entryAt(document, offset);
  return inEntry ? [inEntry.entry.number] : undefined;
}

/** Find references from a citation or from an entry: every citation of the source, and its entries. */
export const citationReferences: ReferenceProvider = (document, offset) => {
  const numbers = sourceNumbersAt(document, offset);
  if (!numbers) return undefined;
  const location = (span: Span): Location => ({ uri: document.uri, range: document.lines.rangeOf(span) });
  const found: FoundReferences = {
    declarations: numbers.flatMap((n) => entriesNumbered(document, n).map((e) => location(e.markerSpan))),
    references: uniqueSpans(numbers.flatMap((n) => document.citationIndex.occurrencesOf(n).map((o) => o.span))).map(location),
  };
  return found;
};

/**
 * Highlights the source under the cursor wherever the document names it: its citations (read) and
 * the markers of its entries (write). Only on citations and entry markers, not on entry text.
 */
export const citationHighlights: HighlightProvider = (document, offset) => {
  const at = sourcesAt(document, offset);
  const onMarker = at ? undefined : entryAt(document, offset);
  const numbers = at ? at.numbers : onMarker && offset <= onMarker.entry.markerSpan.end ? [onMarker.entry.number] : undefined;
  if (!numbers) return undefined;
  const highlight = (span: Span, kind: DocumentHighlightKind): DocumentHighlight => ({ range: document.lines.rangeOf(span), kind });
  return [
    ...numbers.flatMap((n) => entriesNumbered(document, n).map((e) => highlight(e.markerSpan, DocumentHighlightKind.Write))),
    ...uniqueSpans(numbers.flatMap((n) => document.citationIndex.occurrencesOf(n).map((o) => o.span))).map((s) => highlight(s, DocumentHighlightKind.Read)),
  ];
};

function uniqueSpans(spans: readonly Span[]): Span[] {
  const seen = new Set<string>();
  return [...spans].sort((a, b) => a.start - b.start).filter((s) => {
    const key = `${s.start}:${s.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
