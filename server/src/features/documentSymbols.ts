import type { DocumentSymbol } from 'vscode-languageserver-types';
import { SymbolKind } from 'vscode-languageserver-types';
import { LegalDocument, ReferenceEntry, ReferenceList, Section } from '../model';

const ENTRY_NAME_LENGTH = 60;

/** The outline: sections with their headings, the reference lists with their entries. */
export function getDocumentSymbols(document: LegalDocument): DocumentSymbol[] {
  const listsByHeading = new Map<number, ReferenceList>(document.referenceLists.map((l) => [l.heading.span.start, l]));
  const toSymbol = (section: Section): DocumentSymbol => {
    const list = listsByHeading.get(section.heading.span.start);
    const children = [
      ...(list ? list.entries.map((e) => entrySymbol(document, e)) : []),
      ...section.children.map(toSymbol),
    ];
    return {
      name: [section.heading.number, section.heading.title].filter(Boolean).join(' ') || '…',
      kind: list ? SymbolKind.Array : SymbolKind.String,
      range: document.lines.rangeOf(section.span),
      selectionRange: document.lines.rangeOf(section.heading.titleSpan),
      children,
    };
  };
  return document.sections.map(toSymbol);
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
