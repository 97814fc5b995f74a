import type { CodeAction, Diagnostic, DocumentSymbol, FoldingRange, Hover, Position, Range } from 'vscode-languageserver-types';
import { CancellationToken } from './cancellation';
import { getCodeActions } from './features/codeActions';
import { LocatedFinding, computeFindings } from './features/diagnostics';
import { Replacement } from './features/edits';
import { safeReplacements } from './features/codeActions';
import { getHover } from './features/hover';
import { HOVER_PROVIDERS } from './features/index';
import { getDocumentSymbols } from './features/documentSymbols';
import { getFoldingRanges } from './features/foldingRanges';
import { RULES } from './features/rules';
import { DocumentCache, DocumentSource, LegalDocument } from './model';
import { Settings } from './settings';

/** What the service can do, for the server's capabilities: nothing is advertised that does not work. */
export interface ServiceCapabilities {
  readonly hover: boolean;
  readonly codeActions: boolean;
}

/** Everything the server and the CLI ask of a document. */
export interface LanguageService {
  readonly capabilities: ServiceCapabilities;
  /** The document's model, parsed once per version. */
  getModel(document: DocumentSource): LegalDocument;
  getDiagnostics(document: DocumentSource, settings: Settings, token?: CancellationToken): Diagnostic[];
  getHover(document: DocumentSource, position: Position): Hover | undefined;
  /** Quick fixes under `range`, and the fix-all action when `only` asks for it. */
  getCodeActions(document: DocumentSource, range: Range, only: readonly string[] | undefined, settings: Settings): CodeAction[];
  /** Every safe fix of the document, for fix-all and `zanmark check --fix`. */
  getSafeFixes(document: DocumentSource, settings: Settings): Replacement[];
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
  const findings = (document: DocumentSource, settings: Settings, token?: CancellationToken): LocatedFinding[] =>
    computeFindings(cache.get(document), settings, RULES, token);
  return Object.freeze<LanguageService>({
    capabilities: { hover: HOVER_PROVIDERS.length > 0, codeActions: RULES.some((r) => r.fixable) },
    getModel: (document) => cache.get(document),
    getDiagnostics: (document, settings, token) => findings(document, settings, token).map((f) => f.diagnostic),
    getHover: (document, position) => {
      const model = cache.get(document);
      return getHover(model, model.lines.offsetAt(position), HOVER_PROVIDERS);
    },
    getCodeActions: (document, range, only, settings) => getCodeActions(cache.get(document), findings(document, settings), range, only),
    getSafeFixes: (document, settings) => safeReplacements(findings(document, settings)),
    getDocumentSymbols: (document) => getDocumentSymbols(cache.get(document)),
    getFoldingRanges: (document) => getFoldingRanges(cache.get(document)),
    forget: (uri) => cache.delete(uri),
  });
}
