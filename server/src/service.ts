import type { Diagnostic, DocumentSymbol, FoldingRange } from 'vscode-languageserver-types';
import { CancellationToken } from './cancellation';
import { computeDiagnostics } from './features/diagnostics';
import { getDocumentSymbols } from './features/documentSymbols';
import { getFoldingRanges } from './features/foldingRanges';
import { RULES } from './features/rules';
import { DocumentCache, DocumentSource, LegalDocument } from './model';
import { Settings } from './settings';

/** Everything the server and the CLI ask of a document. */
export interface LanguageService {
  /** The document's model, parsed once per version. */
  getModel(document: DocumentSource): LegalDocument;
  getDiagnostics(document: DocumentSource, settings: Settings, token?: CancellationToken): Diagnostic[];
  getDocumentSymbols(document: DocumentSource, token?: CancellationToken): DocumentSymbol[];
  getFoldingRanges(document: DocumentSource, token?: CancellationToken): FoldingRange[];
  /** Forgets a closed document. */
  forget(uri: string): void;
}

export interface LanguageServiceDependencies {
  /** Parsed models; a new cache when not given. */
  readonly cache?: DocumentCache;
}

export function createLanguageService(deps: LanguageServiceDependencies = {}): LanguageService {
  const cache = deps.cache ?? new DocumentCache();
  return Object.freeze<LanguageService>({
    getModel: (document) => cache.get(document),
    getDiagnostics: (document, settings, token) => computeDiagnostics(cache.get(document), settings, RULES, token),
    getDocumentSymbols: (document) => getDocumentSymbols(cache.get(document)),
    getFoldingRanges: (document) => getFoldingRanges(cache.get(document)),
    forget: (uri) => cache.delete(uri),
  });
}
