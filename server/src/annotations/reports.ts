import * as l10n from '@vscode/l10n';
import { Annotation } from './annotation';
import { toCollection, toW3C } from './w3c';

/** An annotation with the document it belongs to, for exports across files. */
export interface ExportedAnnotation {
  /** The document's path or URI as the user should read it. */
  readonly file: string;
  /** The URI written as the W3C target `source`. */
  readonly source: string;
  readonly annotation: Annotation;
  /** Line of the passage, from 1; undefined for an orphan. */
  readonly line: number | undefined;
}

export const EXPORT_FORMATS = ['w3c', 'csv', 'markdown'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function formatExport(items: readonly ExportedAnnotation[], format: ExportFormat): string {
  switch (format) {
    case 'w3c': return `${JSON.stringify(toCollection(items.map((i) => toW3C(i.annotation, i.source)), l10n.t('Zanmark annotations')), null, 2)}\n`;
    case 'csv': return formatCsv(items);
    case 'markdown': return formatMarkdown(items);
  }
}

const CSV_COLUMNS = ['file', 'tag', 'note', 'quote', 'line', 'created'];

/**
 * One row per tag of each annotation, so that a spreadsheet counts passages by tag; untagged
 * annotations get one row with an empty tag. RFC 4180 quoting, with a byte-order mark so that
 * spreadsheet programs read Kazakh and Russian letters right.
 */
export function formatCsv(items: readonly ExportedAnnotation[]): string {
  const rows = [CSV_COLUMNS];
  for (const { file, annotation, line } of items) {
    for (const tag of annotation.tags.length ? annotation.tags : ['']) {
      rows.push([file, tag, annotation.note, annotation.quote.exact, line === undefined ? '' : String(line), annotation.created]);
    }
  }
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/**
 * RFC 4180 quoting. A cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab) gets
 * a leading apostrophe, so that a passage such as `=HYPERLINK(…)` stays text when the file is opened.
 */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A report grouped by tag: each passage quoted with its file, line and note; orphans under their tags, marked. */
export function formatMarkdown(items: readonly ExportedAnnotation[]): string {
  const byTag = new Map<string, ExportedAnnotation[]>();
  for (const item of items) {
    for (const tag of item.annotation.tags.length ? item.annotation.tags : [l10n.t('(no tag)')]) {
      byTag.set(tag, [...(byTag.get(tag) ?? []), item]);
    }
  }
  const out = [`# ${l10n.t('Annotations')}`, ''];
  for (const tag of [...byTag.keys()].sort((a, b) => a.localeCompare(b))) {
    const list = byTag.get(tag)!;
    out.push(`## ${tag} (${list.length})`, '');
    for (const { file, annotation, line } of list) {
      const where = line === undefined ? `${file}, ${l10n.t('orphaned')}` : `${file}:${line}`;
      out.push(`- **${escapeMarkdown(where)}** «${escapeMarkdown(oneLine(annotation.quote.exact))}»`);
      if (annotation.note) out.push(`  ${escapeMarkdown(oneLine(annotation.note))}`);
      out.push(`  _${annotation.created.slice(0, 10)}_`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}
