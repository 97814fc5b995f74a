import * as l10n from '@vscode/l10n';
import type { Hover } from 'vscode-languageserver-types';
import { MarkupKind } from 'vscode-languageserver-types';
import { LegalDocument, matchingKey } from '../../model';
import { OfficialGlossaryEntry } from '../../terms/officialGlossary';
import { Term, TermDefinition } from '../../terms/termRegistry';
import { WorkspaceIndex } from '../../workspace/workspaceIndex';
import { HoverProvider } from '../hover';
import { termAt } from './termAt';

/** Long definitions (item 38 of Article 3 runs to 4 000 characters) are cut in the hover. */
const MAX_DEFINITION_LENGTH = 700;
/** A term defined in many texts shows the first few. */
const MAX_DEFINITIONS = 6;

/** Hover on any form of a term: its lemma, its definitions by source, its equivalents (SPEC §6). */
export function termHoverProvider(index: WorkspaceIndex): HoverProvider {
  return (document: LegalDocument, offset: number): Hover | undefined => {
    const occurrence = termAt(index, document, offset);
    if (!occurrence) return undefined;
    const term = index.registry.get(occurrence.termId);
    if (!term) return undefined;
    return {
      contents: { kind: MarkupKind.Markdown, value: termMarkdown(term, occurrence.name) },
      range: document.lines.rangeOf(occurrence.span),
    };
  };
}

/**
 * The hover of a term. `matchedName` (a matching key) picks the title: a Russian occurrence of an
 * official term shows its Russian name, and the Kazakh one among the equivalents.
 */
export function termMarkdown(term: Term, matchedName?: string): string {
  const title = displayName(term, matchedName);
  const parts = [`**${escape(title)}**`];
  const shown = term.definitions.slice(0, MAX_DEFINITIONS);
  const official = new Set<OfficialGlossaryEntry>();
  for (const definition of shown) {
    if (definition.origin.kind === 'official') {
      if (official.has(definition.origin.entry)) continue;
      official.add(definition.origin.entry);
      parts.push(officialMarkdown(definition.origin.entry));
    } else {
      parts.push(`${sourceLabel(definition)}\n\n${quote(definition.text)}`);
    }
  }
  if (term.definitions.length > shown.length) {
    parts.push(l10n.t('…and {0} more definitions.', term.definitions.length - shown.length));
  }
  const equivalents = (['kk', 'ru', 'en'] as const)
    .map((language) => [language, (term.equivalents[language] ?? []).filter((e) => matchingKey(e) !== matchingKey(title))] as const)
    .filter(([, list]) => list.length > 0)
    .map(([language, list]) => `${language}: ${list.map(escape).join('; ')}`);
  if (equivalents.length) parts.push(`${l10n.t('Equivalents')}: ${equivalents.join(' · ')}`);
  return parts.join('\n\n---\n\n');
}

function displayName(term: Term, matchedName: string | undefined): string {
  if (matchedName === undefined || matchingKey(term.lemma) === matchedName) return term.lemma;
  for (const list of [term.equivalents.kk, term.equivalents.ru, term.equivalents.en]) {
    const written = list?.find((e) => matchingKey(e.replace(/,/g, ' ')) === matchedName);
    if (written) return written;
  }
  return term.lemma;
}

function officialMarkdown(entry: OfficialGlossaryEntry): string {
  const label = entry.code === 'criminal-code'
    ? l10n.t('Criminal Code of the Republic of Kazakhstan, Article {0}, item {1}', entry.article, entry.item)
    : l10n.t('Criminal Procedure Code of the Republic of Kazakhstan, Article {0}, item {1}', entry.article, entry.item);
  return [
    `*${label}*`,
    quote(`${entry.kk.heading} – ${entry.kk.definition}`),
    `*${l10n.t('Russian text')}*`,
    quote(`${entry.ru.heading} – ${entry.ru.definition}`),
  ].join('\n\n');
}

function sourceLabel(definition: TermDefinition): string {
  const origin = definition.origin;
  if (origin.kind === 'official') return '';
  const name = decodeURIComponent(origin.uri.slice(origin.uri.lastIndexOf('/') + 1));
  const line = origin.range.start.line + 1;
  const link = `[${escape(name)}:${line}](${origin.uri}#L${line})`;
  if (origin.kind === 'glossary') {
    return origin.source ? `*${l10n.t('Glossary {0}', link)}* — ${escape(origin.source)}` : `*${l10n.t('Glossary {0}', link)}*`;
  }
  return `*${l10n.t('Defined in {0}', link)}*`;
}

function quote(text: string): string {
  const cut = text.length > MAX_DEFINITION_LENGTH ? `${text.slice(0, MAX_DEFINITION_LENGTH).trimEnd()}…` : text;
  return cut.split('\n').map((line) => `> ${escape(line)}`).join('\n>\n');
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|]/g, '\\$&');
}
