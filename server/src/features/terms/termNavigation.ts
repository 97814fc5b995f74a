import type { DocumentHighlight, Location, LocationLink, SymbolInformation } from 'vscode-languageserver-types';
import { DocumentHighlightKind, SymbolKind } from 'vscode-languageserver-types';
import { LegalDocument, matchingKey } from '../../model';
import { WorkspaceIndex } from '../../workspace/workspaceIndex';
import { DefinitionProvider } from '../definition';
import { HighlightProvider } from '../highlights';
import { termAt } from './termAt';

/** Go to definition on a term: the defining sentences and glossary entries (the codes' items have no file). */
export function termDefinitionProvider(index: WorkspaceIndex): DefinitionProvider {
  return (document: LegalDocument, offset: number): LocationLink[] | undefined => {
    const occurrence = termAt(index, document, offset);
    if (!occurrence) return undefined;
    const term = index.registry.get(occurrence.termId);
    if (!term) return undefined;
    const originSelectionRange = document.lines.rangeOf(occurrence.span);
    // The document's own definition first, then the workspace's, then the default corpus's.
    const rank = (uri: string) => (uri === document.uri ? -1 : index.folderRank(uri));
    return term.definitions
      .flatMap((d) => (d.origin.kind === 'official'
        ? []
        : [{ originSelectionRange, targetUri: d.origin.uri, targetRange: d.origin.range, targetSelectionRange: d.origin.range }]))
      .sort((a, b) => rank(a.targetUri) - rank(b.targetUri) || (a.targetUri < b.targetUri ? -1 : a.targetUri > b.targetUri ? 1 : 0) ||
        a.targetRange.start.line - b.targetRange.start.line);
  };
}

/** Every occurrence in the document of the term under the cursor. */
export function termHighlightProvider(index: WorkspaceIndex): HighlightProvider {
  return (document: LegalDocument, offset: number): DocumentHighlight[] | undefined => {
    const occurrence = termAt(index, document, offset);
    if (!occurrence) return undefined;
    return index.occurrences(document)
      .filter((o) => o.termId === occurrence.termId)
      .map((o) => ({ range: document.lines.rangeOf(o.span), kind: DocumentHighlightKind.Text }));
  };
}

/** Every occurrence in the workspace of the term under the cursor, in all its forms. */
export async function termReferences(index: WorkspaceIndex, document: LegalDocument, offset: number, isCancelled?: () => boolean): Promise<Location[] | undefined> {
  const occurrence = termAt(index, document, offset);
  if (!occurrence) return undefined;
  return index.references(occurrence.termId, isCancelled);
}

const MAX_SYMBOLS = 500;

/** Workspace symbols: the terms whose names contain the query, at their definitions in files. */
export function termWorkspaceSymbols(index: WorkspaceIndex, query: string): SymbolInformation[] {
  const wanted = matchingKey(query);
  const symbols: SymbolInformation[] = [];
  for (const term of index.registry.all()) {
    if (wanted && !term.names.some((n) => n.key.includes(wanted))) continue;
    for (const d of term.definitions) {
      if (d.origin.kind === 'official') continue;
      symbols.push({ name: d.term, kind: SymbolKind.Key, location: { uri: d.origin.uri, range: d.origin.kind === 'text' ? d.origin.termRange : d.origin.range }, containerName: term.lemma });
      if (symbols.length >= MAX_SYMBOLS) return symbols;
    }
  }
  return symbols;
}
