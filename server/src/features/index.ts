import { citationCompletion } from './citations/completion';
import { citationHover, referenceEntryHover } from './citations/hover';
import { citationDefinition, citationHighlights, citationReferences } from './citations/navigation';
import { CompletionProvider } from './completion';
import { DefinitionProvider } from './definition';
import { HighlightProvider } from './highlights';
import { figureHover } from './figureHover';
import { HoverProvider } from './hover';
import { ReferenceProvider } from './references';

/** Hover providers, most specific first (a citation inside a term's sentence wins over the term). */
export const HOVER_PROVIDERS: readonly HoverProvider[] = [citationHover, referenceEntryHover, figureHover];

/** Go-to-definition providers, most specific first. */
export const DEFINITION_PROVIDERS: readonly DefinitionProvider[] = [citationDefinition];

/** Find-references providers, most specific first. */
export const REFERENCE_PROVIDERS: readonly ReferenceProvider[] = [citationReferences];

/** Document-highlight providers, most specific first. */
export const HIGHLIGHT_PROVIDERS: readonly HighlightProvider[] = [citationHighlights];

/** Completion providers; every provider's items are offered together. */
export const COMPLETION_PROVIDERS: readonly CompletionProvider[] = [citationCompletion];

/** Characters that open a completion list as they are typed: `[` starts a citation. */
export const COMPLETION_TRIGGER_CHARACTERS: readonly string[] = ['['];
