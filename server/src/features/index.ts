import { figureHover } from './figureHover';
import { HoverProvider } from './hover';

/** Hover providers, most specific first (a citation inside a term's sentence wins over the term). */
export const HOVER_PROVIDERS: readonly HoverProvider[] = [figureHover];
