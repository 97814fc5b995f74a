import * as fs from 'fs';
import * as path from 'path';
import { randomUUID } from 'crypto';
import * as l10n from '@vscode/l10n';
import { Annotation, cleanTags, quoteOf } from '../annotations/annotation';
import { placeAll } from '../annotations/anchoring';
import { EXPORT_FORMATS, ExportFormat, ExportedAnnotation, formatExport } from '../annotations/reports';
import { describeInvalidSidecar, readSidecar, writeSidecar } from '../annotations/sidecar';
import { readTextFile } from '../textFiles';
import { settle } from '../annotations/w3c';
import { LineIndex } from '../model/text';
import { pathToFileURL } from 'url';
import { InputError } from './files';

function usage(): string {
  return [
    l10n.t('Usage: zanmark annotations add FILE --quote TEXT [--occurrence N] --tag TAG [--tag TAG…] [--note TEXT]'),
    l10n.t('       zanmark annotations list FILE [--format text|json]'),
    l10n.t('       zanmark annotations export FILE… --format w3c|csv|markdown'),
    '',
    l10n.t('Annotations are kept beside each document in FILE.annotations.json (W3C Web Annotation).'),
  ].join('\n');
}

interface Options {
  readonly files: string[];
  readonly values: Map<string, string[]>;
}

const OPTIONS: Readonly<Record<string, readonly string[]>> = {
  add: ['--quote', '--occurrence', '--tag', '--note'],
  list: ['--format'],
  export: ['--format'],
};

/** `zanmark annotations add|list|export`: returns the exit status; bad input changes no file. */
export function runAnnotations(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
  const [subcommand, ...rest] = argv;
  if (subcommand === undefined || subcommand === '--help' || subcommand === '-h') {
    (subcommand === undefined ? err : out)(`${usage()}\n`);
    return subcommand === undefined ? 2 : 0;
  }
  try {
    if (!(subcommand in OPTIONS)) throw new InputError(l10n.t('unknown annotations command {0}: use add, list or export', subcommand));
    const options = parseOptions(rest, OPTIONS[subcommand]);
    if (subcommand === 'add') out(add(options));
    else if (subcommand === 'list') out(list(options));
    else out(exportAll(options));
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      err(`zanmark: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

function parseOptions(args: readonly string[], known: readonly string[]): Options {
  const files: string[] = [];
  const values = new Map<string, string[]>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name === '--') {
      files.push(...args.slice(i + 1));
      break;
    }
    if (!name.startsWith('-') || name === '-') {
      files.push(arg);
      continue;
    }
    if (!known.includes(name)) throw new InputError(l10n.t('unknown option {0} (see zanmark annotations --help)', name));
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined) throw new InputError(l10n.t('option {0} needs a value', name));
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  return { files, values };
}

function one(options: Options, name: string): string | undefined {
  const v = options.values.get(name);
  if (v && v.length > 1) throw new InputError(l10n.t('option {0} is given more than once', name));
  return v?.[0];
}

function singleFile(options: Options): string {
  if (options.files.length !== 1) throw new InputError(l10n.t('name exactly one document'));
  return options.files[0];
}

/** The document's text and its annotations; a missing or binary file or a broken sidecar is an error. */
function load(file: string): { text: string; annotations: Annotation[] } {
  if (!fs.existsSync(file)) throw new InputError(l10n.t('{0}: no such file or directory', file));
  if (!fs.statSync(file).isFile()) throw new InputError(l10n.t('{0} is not a file', file));
  const text = readTextFile(file);
  if (text === undefined) throw new InputError(l10n.t('{0} is not a text file', file));
  const sidecar = readSidecar(file);
  if (sidecar.kind === 'invalid') throw new InputError(describeInvalidSidecar(sidecar));
  return { text, annotations: sidecar.kind === 'ok' ? sidecar.annotations : [] };
}

function add(options: Options): string {
  const file = singleFile(options);
  const quote = one(options, '--quote');
  if (!quote) throw new InputError(l10n.t('--quote TEXT is required: the passage to annotate, as it is in the text'));
  const tags = cleanTags(options.values.get('--tag') ?? []);
  if (!tags.length) throw new InputError(l10n.t('--tag TAG is required'));
  const occurrenceText = one(options, '--occurrence') ?? '1';
  if (!/^[1-9]\d*$/.test(occurrenceText)) throw new InputError(l10n.t('--occurrence needs a whole number from 1, not {0}', occurrenceText));
  const occurrence = Number(occurrenceText);
  const { text, annotations } = load(file);
  let at = -1;
  let found = 0;
  for (let from = 0; found < occurrence; from = at + 1) {
    at = text.indexOf(quote, from);
    if (at < 0) break;
    found++;
  }
  if (found === 0) throw new InputError(l10n.t('the quote is not in {0}', file));
  if (at < 0) throw new InputError(l10n.t('the quote occurs {0} times in {1}; there is no occurrence {2}', found, file, occurrence));
  const now = new Date().toISOString();
  const span = { start: at, end: at + quote.length };
  const annotation: Annotation = {
    id: `urn:uuid:${randomUUID()}`,
    created: now,
    modified: now,
    tags,
    note: (one(options, '--note') ?? '').trim(),
    quote: quoteOf(text, span),
    position: { start: 0, end: 0 },
  };
  const placed = [...placeAll(text, annotations), { annotation, span, lastOffset: span.start }];
  writeSidecar(file, settle(placed, text));
  return `${annotation.id}\n`;
}

interface Listed {
  readonly id: string;
  readonly tags: readonly string[];
  readonly note: string;
  readonly quote: string;
  readonly status: 'anchored' | 'orphaned';
  readonly range: { start: { line: number; character: number }; end: { line: number; character: number } } | null;
}

function list(options: Options): string {
  const file = singleFile(options);
  const format = one(options, '--format') ?? 'text';
  if (format !== 'text' && format !== 'json') throw new InputError(l10n.t('unknown format {0}: use text or json', format));
  const { text, annotations } = load(file);
  const lines = new LineIndex(text);
  const listed: Listed[] = placeAll(text, annotations).map(({ annotation: a, span }) => ({
    id: a.id,
    tags: a.tags,
    note: a.note,
    quote: a.quote.exact,
    status: span ? 'anchored' : 'orphaned',
    range: span ? lines.rangeOf(span) : null,
  }));
  if (format === 'json') return `${JSON.stringify(listed, null, 2)}\n`;
  const rows = listed.map((a) => {
    const where = a.range ? `${file}:${a.range.start.line + 1}:${a.range.start.character + 1}` : `${file}: ${l10n.t('orphaned')}`;
    return `${where}: ${a.tags.map((t) => `#${t}`).join(' ')} «${a.quote.replace(/\s+/g, ' ')}»${a.note ? ` — ${a.note.replace(/\s+/g, ' ')}` : ''}`;
  });
  const orphans = listed.filter((a) => a.status === 'orphaned').length;
  rows.push(l10n.t('{0} annotations: {1} anchored, {2} orphaned', listed.length, listed.length - orphans, orphans));
  return `${rows.join('\n')}\n`;
}

function exportAll(options: Options): string {
  if (!options.files.length) throw new InputError(l10n.t('name the documents whose annotations to export'));
  const format = one(options, '--format');
  if (!format) throw new InputError(l10n.t('--format is required: w3c, csv or markdown'));
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new InputError(l10n.t('unknown format {0}: use w3c, csv or markdown', format));
  const loaded = options.files.map((file) => ({ file, ...load(file) }));
  const items: ExportedAnnotation[] = loaded.flatMap(({ file, text, annotations }) => {
    const lines = new LineIndex(text);
    const placed = placeAll(text, annotations);
    return settle(placed, text).map((annotation, i) => ({
      file: file.split(path.sep).join('/'),
      source: pathToFileURL(path.resolve(file)).href,
      annotation,
      line: placed[i].span ? lines.positionAt(placed[i].span!.start).line + 1 : undefined,
    }));
  });
  return formatExport(items, format as ExportFormat);
}
