import * as l10n from '@vscode/l10n';
import type { Hover } from 'vscode-languageserver-types';
import { MarkupKind } from 'vscode-languageserver-types';
import { CitationItem, LegalDocument, covers } from '../../model';
import { HoverProvider } from '../hover';
import { entryAt, sourcesAt } from './lookup';

/** Hover on a citation: each source's entry (and its transliteration), the locator, how often it is cited. */
export const citationHover: HoverProvider = (document, offset) => {
  const at = sourcesAt(document, offset);
  if (!at) return undefined;
  const items = at.item ? [at.item] : at.citation.items;
  const blocks: string[] = [];
  if (at.numbers.length === 0) {
    blocks.push(items.length === 0
      ? escape(l10n.t('The citation names no source: write the number of a reference entry, such as [1]'))
      : escape(l10n.t('No entry {0} in the reference list', items.map((i) => written(document, i)).join('; '))));
  }
  for (const n of at.numbers) blocks.push(sourceBlock(document, n, items));
  return hover(document, at.origin, blocks.join('\n\n---\n\n'));
};

/** Hover on the marker of a reference entry: how often the source is cited, and where first. */
export const referenceEntryHover: HoverProvider = (document, offset) => {
  const found = entryAt(document, offset);
  if (!found || offset > found.entry.markerSpan.end) return undefined;
  const n = found.entry.number;
  const index = document.citationIndex;
  const count = index.citationCount(n);
  const first = index.firstCitationOf(n);
  const lines = [citedTimes(count)];
  if (first) lines.push(escape(l10n.t('First cited on line {0}', document.lines.lineOf(first.occurrence.span.start) + 1)));
  return hover(document, found.entry.markerSpan, lines.join('\n\n'));
};

function sourceBlock(document: LegalDocument, n: number, items: readonly CitationItem[]): string {
  const index = document.citationIndex;
  const entries = index.entriesOf(n);
  if (entries.length === 0) return escape(l10n.t('No entry {0} in the reference list', n));
  const entry = entries[0];
  const lines = [`**${n}.** ${escape(entry.text)}`];
  if (entry.transliteration) lines.push(`*${escape(l10n.t('Transliteration:'))}* ${escape(entry.transliteration.text)}`);
  const locator = items.find((i) => i.locator && covers(i, n))?.locator;
  if (locator) lines.push(escape(l10n.t('Locator: {0}', locator.text)));
  lines.push(citedTimes(index.citationCount(n)));
  return lines.join('\n\n');
}

function citedTimes(count: number): string {
  return escape(count === 0 ? l10n.t('Never cited') : count === 1 ? l10n.t('Cited once') : l10n.t('Cited {0} times', count));
}

function written(document: LegalDocument, item: CitationItem): string {
  return document.text.slice(item.first.span.start, (item.last ?? item.first).span.end);
}

function hover(document: LegalDocument, span: { start: number; end: number }, value: string): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range: document.lines.rangeOf(span) };
}

/** Entry texts are shown as written: Markdown characters in them are escaped. */
function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~]/g, '\\$&');
}
