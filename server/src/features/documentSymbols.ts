import type { DocumentSymbol } from 'vscode-languageserver-types';
import { SymbolKind } from 'vscode-languageserver-types';
import * as l10n from '@vscode/l10n';
import { Definition, LegalDocument, ReferenceEntry, ReferenceList, Section } from '../model';

const ENTRY_NAME_LENGTH = 60;

/**
 * The outline: sections with their headings and, inside them, the definitions the text gives; the
 * reference lists with their entries. Definitions before the first heading are at the top level.
 */
export function getDocumentSymbols(document: LegalDocument): DocumentSymbol[] {
  const listsByHeading = new Map<number, ReferenceList>(document.referenceLists.map((l) => [l.heading.span.start, l]));
  const definitions = [...document.definitions].sort((a, b) => a.sentence.start - b.sentence.start);
  const within = (start: number, end: number) => definitions.filter((d) => d.sentence.start >= start && d.sentence.start < end);
  const inOrder = (symbols: DocumentSymbol[]) =>
    symbols.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const toSymbol = (section: Section): DocumentSymbol => {
    const list = listsByHeading.get(section.heading.span.start);
    // The section's own text runs from its heading to its first sub-section.
    const ownEnd = section.children.length ? section.children[0].span.start : section.span.end + 1;
    const children = inOrder([
      ...(list ? list.entries.map((e) => entrySymbol(document, e)) : []),
      ...within(section.heading.span.end, ownEnd).map((d) => definitionSymbol(document, d)),
      ...section.children.map(toSymbol),
    ]);
    return {
      name: [section.heading.number, section.heading.title].filter(Boolean).join(' ') || '…',
      kind: list ? SymbolKind.Array : SymbolKind.String,
      range: document.lines.rangeOf(section.span),
      selectionRange: document.lines.rangeOf(section.heading.titleSpan),
      children,
    };
  };
  const firstHeading = document.sections.length ? document.sections[0].span.start : document.text.length + 1;
  return inOrder([...within(0, firstHeading).map((d) => definitionSymbol(document, d)), ...document.sections.map(toSymbol)]);
}

function definitionSymbol(document: LegalDocument, definition: Definition): DocumentSymbol {
  return {
    name: definition.lemma,
    detail: l10n.t('definition'),
    kind: SymbolKind.Constant,
    // VS Code rejects a whole outline whose selection ranges stick out of their ranges.
    range: document.lines.rangeOf({
      start: Math.min(definition.sentence.start, definition.termSpan.start),
      end: Math.max(definition.sentence.end, definition.termSpan.end),
    }),
    selectionRange: document.lines.rangeOf(definition.termSpan),
  };
}

function entrySymbol(document: LegalDocument, entry: ReferenceEntry): DocumentSymbol {
  const text = entry.text.length > ENTRY_NAME_LENGTH ? `${entry.text.slice(0, ENTRY_NAME_LENGTH).trimEnd()}…` : entry.text;
  return {
    name: `${entry.number}. ${text}`,
    kind: SymbolKind.EnumMember,
    range: document.lines.rangeOf(entry.span),
    selectionRange: document.lines.rangeOf(entry.markerSpan),
  };
}
