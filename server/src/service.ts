import type {
  CodeAction,
  CompletionItem,
  Diagnostic,
  DocumentHighlight,
  DocumentSymbol,
  FoldingRange,
  Hover,
  Location,
  LocationLink,
  Position,
  Range,
  SymbolInformation,
} from 'vscode-languageserver-types';
import { CancellationToken } from './cancellation';
import { getCodeActions } from './features/codeActions';
import { LocatedFinding, computeFindings } from './features/diagnostics';
import { Replacement } from './features/edits';
import { safeReplacements } from './features/codeActions';
import { getHover } from './features/hover';
import {
  COMPLETION_PROVIDERS,
  COMPLETION_TRIGGER_CHARACTERS,
  DEFINITION_PROVIDERS,
  HIGHLIGHT_PROVIDERS,
  HOVER_PROVIDERS,
  REFERENCE_PROVIDERS,
} from './features/index';
import { planRenumbering, RenumberPlan } from './features/citations/renumber';
import { getCompletions } from './features/completion';
import { getDefinition } from './features/definition';
import { getDocumentHighlights } from './features/highlights';
import { getReferences } from './features/references';
import { termHoverProvider } from './features/terms/termHover';
import { termDefinitionProvider, termHighlightProvider, termReferences, termWorkspaceSymbols } from './features/terms/termNavigation';
import { WorkspaceIndex } from './workspace/workspaceIndex';
import { getDocumentSymbols } from './features/documentSymbols';
import { getFoldingRanges } from './features/foldingRanges';
import { CHEAP_RULES, RULES } from './features/rules';
import { DocumentCache, DocumentSource, LegalDocument } from './model';
import { Settings } from './settings';

/** What the service can do, for the server's capabilities: nothing is advertised that does not work. */
export interface ServiceCapabilities {
  readonly hover: boolean;
  readonly codeActions: boolean;
  readonly definition: boolean;
  readonly references: boolean;
  readonly highlights: boolean;
  /** Completion with its trigger characters, or false when nothing is completed. */
  readonly completion: false | { readonly triggerCharacters: readonly string[] };
  readonly workspaceSymbols: boolean;
}

/** Everything the server and the CLI ask of a document. */
export interface LanguageService {
  readonly capabilities: ServiceCapabilities;
  /** The document's model, parsed once per version. */
  getModel(document: DocumentSource): LegalDocument;
  getDiagnostics(document: DocumentSource, settings: Settings, token?: CancellationToken): Diagnostic[];
  /** True for a document over the size limit: it gets the cheap checks only (the citations). */
  isLarge(document: DocumentSource): boolean;
  getHover(document: DocumentSource, position: Position): Hover | undefined;
  /** Quick fixes under `range`, and the fix-all action when `only` asks for it. */
  getCodeActions(document: DocumentSource, range: Range, only: readonly string[] | undefined, settings: Settings): CodeAction[];
  /** Every safe fix of the document, for fix-all and `zanmark check --fix`. */
  getSafeFixes(document: DocumentSource, settings: Settings): Replacement[];
  getDocumentSymbols(document: DocumentSource, token?: CancellationToken): DocumentSymbol[];
  getFoldingRanges(document: DocumentSource, token?: CancellationToken): FoldingRange[];
  getDefinition(document: DocumentSource, position: Position): LocationLink[];
  /** Every place of what lies at `position`, across the workspace for terms. */
  getReferences(document: DocumentSource, position: Position, includeDeclaration: boolean, token?: CancellationToken): Promise<Location[]>;
  getDocumentHighlights(document: DocumentSource, position: Position): DocumentHighlight[];
  getCompletions(document: DocumentSource, position: Position): CompletionItem[];
  /** The edits that renumber the reference list by order of first citation, or why there are none. */
  renumberReferences(document: DocumentSource): RenumberPlan;
  getWorkspaceSymbols(query: string): SymbolInformation[];
  /** Forgets a closed document. */
  forget(uri: string): void;
}

export interface LanguageServiceDependencies {
  /** Parsed models; a new cache when not given. */
  readonly cache?: DocumentCache;
  /** The workspace's terms and definitions; without it terms are not recognized. */
  readonly workspace?: WorkspaceIndex;
}

/** Documents longer than this (in UTF-16 units, about 30 MB of Kazakh text) get the cheap checks only. */
export const LARGE_DOCUMENT_LENGTH = 16 * 1024 * 1024;

function isLarge(document: LegalDocument): boolean {
  return document.text.length > LARGE_DOCUMENT_LENGTH;
}

export function createLanguageService(deps: LanguageServiceDependencies = {}): LanguageService {
  const cache = deps.cache ?? new DocumentCache();
  const workspace = deps.workspace;
  const hoverProviders = workspace ? [...HOVER_PROVIDERS, termHoverProvider(workspace)] : HOVER_PROVIDERS;
  const definitionProviders = workspace ? [...DEFINITION_PROVIDERS, termDefinitionProvider(workspace)] : DEFINITION_PROVIDERS;
  const highlightProviders = workspace ? [...HIGHLIGHT_PROVIDERS, termHighlightProvider(workspace)] : HIGHLIGHT_PROVIDERS;
  // Code actions are asked for at every cursor move: the findings of a version are computed once
  // per settings object and reused by diagnostics, quick fixes and fix-all.
  const computed = new WeakMap<LegalDocument, { settings: Settings; findings: LocatedFinding[] }>();
  const findings = (document: DocumentSource, settings: Settings, token?: CancellationToken): LocatedFinding[] => {
    const model = cache.get(document);
    const known = computed.get(model);
    if (known && known.settings === settings) return known.findings;
    const found = computeFindings(model, settings, isLarge(model) ? CHEAP_RULES : RULES, token);
    if (!token?.isCancellationRequested) computed.set(model, { settings, findings: found });
    return found;
  };
  const at = <T>(document: DocumentSource, position: Position, provide: (model: LegalDocument, offset: number) => T): T => {
    const model = cache.get(document);
    return provide(model, model.lines.offsetAt(position));
  };
  return Object.freeze<LanguageService>({
    capabilities: {
      hover: hoverProviders.length > 0,
      codeActions: RULES.some((r) => r.fixable),
      definition: definitionProviders.length > 0,
      references: REFERENCE_PROVIDERS.length > 0 || workspace !== undefined,
      highlights: highlightProviders.length > 0,
      completion: COMPLETION_PROVIDERS.length > 0 && { triggerCharacters: COMPLETION_TRIGGER_CHARACTERS },
      workspaceSymbols: workspace !== undefined,
    },
    getModel: (document) => cache.get(document),
    getDiagnostics: (document, settings, token) => findings(document, settings, token).map((f) => f.diagnostic),
    isLarge: (document) => isLarge(cache.get(document)),
    getHover: (document, position) => {
      const model = cache.get(document);
      return getHover(model, model.lines.offsetAt(position), hoverProviders);
    },
    getCodeActions: (document, range, only, settings) => getCodeActions(cache.get(document), findings(document, settings), range, only),
    getSafeFixes: (document, settings) => safeReplacements(findings(document, settings)),
    getDocumentSymbols: (document) => getDocumentSymbols(cache.get(document)),
    getFoldingRanges: (document) => getFoldingRanges(cache.get(document)),
    getDefinition: (document, position) => at(document, position, (model, offset) => getDefinition(model, offset, definitionProviders)),
    getReferences: async (document, position, includeDeclaration, token) => {
      const model = cache.get(document);
      const offset = model.lines.offsetAt(position);
      const local = getReferences(model, offset, includeDeclaration, REFERENCE_PROVIDERS);
      if (local || !workspace) return local ?? [];
      return (await termReferences(workspace, model, offset, () => token?.isCancellationRequested === true)) ?? [];
    },
    getDocumentHighlights: (document, position) => at(document, position, (model, offset) => getDocumentHighlights(model, offset, highlightProviders)),
    getCompletions: (document, position) => at(document, position, (model, offset) => getCompletions(model, offset, COMPLETION_PROVIDERS)),
    renumberReferences: (document) => planRenumbering(cache.get(document)),
    getWorkspaceSymbols: (query) => (workspace ? termWorkspaceSymbols(workspace, query) : []),
    forget: (uri) => cache.delete(uri),
  });
}

