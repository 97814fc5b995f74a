import { CitationItem, LegalDocument, LocatorPart } from '../../model';
import { LocatorStyle } from '../../protocol';
import { Replacement } from '../edits';

/** Whether a page mark written after the pages stands apart (`27 б.`) or is joined to them (`27б.`). */
export type PageMarkSpacing = 'spaced' | 'joined';

/** Marks that the `[n, pб.]` style joins to the pages; a word such as `бет` always stands apart. */
const JOINABLE = new Set(['б.', 'бб.']);

/** The spacing the style asks for; `consistent` takes what most locators of the document do. */
export function pageMarkSpacing(document: LegalDocument, style: LocatorStyle): PageMarkSpacing {
  if (style === '[n, p б.]') return 'spaced';
  if (style === '[n, pб.]') return 'joined';
  let spaced = 0;
  let joined = 0;
  for (const citation of document.citations) {
    for (const item of citation.items) {
      for (const part of item.locator?.parts ?? []) {
        if (part.kind !== 'pages' || part.markPosition !== 'after' || !JOINABLE.has(part.mark)) continue;
        if (part.space) spaced++;
        else joined++;
      }
    }
  }
  return joined > spaced ? 'joined' : 'spaced';
}

/**
 * The replacement that writes an item's locator in the style: from the end of the source number
 * (`1` in `[1,27б.]`) to the end of the locator, `,27б.` becomes `, 27 б.`. Undefined when the
 * locator is already written so, or when the item has none.
 */
export function locatorReplacement(text: string, item: CitationItem, spacing: PageMarkSpacing): Replacement | undefined {
  const locator = item.locator;
  if (!locator) return undefined;
  const start = (item.last ?? item.first).span.end;
  const gap = text.slice(start, locator.span.start);
  const gapSpace = /^,([ \u00a0\u202f])$/.exec(gap)?.[1] ?? ' ';
  const newText = `,${gapSpace}${locator.parts.map((part) => partText(text, part, spacing)).join(', ')}`;
  const span = { start, end: locator.span.end };
  return text.slice(span.start, span.end) === newText ? undefined : { span, newText };
}

function partText(text: string, part: LocatorPart, spacing: PageMarkSpacing): string {
  switch (part.kind) {
    case 'other':
      return text.slice(part.span.start, part.span.end);
    case 'volume':
      return `${part.mark}${part.space || ' '}${part.number}`;
    case 'pages':
      if (part.markPosition === 'before') return `${part.mark}${part.space || ' '}${part.pages}`;
      if (spacing === 'joined' && JOINABLE.has(part.mark)) return `${part.pages}${part.mark}`;
      return `${part.pages}${part.space || ' '}${part.mark}`;
  }
}
