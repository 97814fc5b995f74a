import { DefinitionProvider } from './definition';
import { HighlightProvider } from './highlights';
import { HoverProvider } from './hover';
import { ReferenceProvider } from './references';

/** Hover providers, most specific first (a citation inside a term's sentence wins over the term). */
export const HOVER_PROVIDERS: readonly HoverProvider[] = [];
/** Go-to-definition providers, most specific first; the term providers, which need the workspace, come after these. */
export const DEFINITION_PROVIDERS: readonly DefinitionProvider[] = [];
export const REFERENCE_PROVIDERS: readonly ReferenceProvider[] = [];
export const HIGHLIGHT_PROVIDERS: readonly HighlightProvider[] = [];
