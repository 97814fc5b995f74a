import * as l10n from '@vscode/l10n';
import { codePointOffset } from '../model/text';
import { Annotation, PlacedAnnotation, cleanTags } from './annotation';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Why a sidecar or an import could not be read: one sentence for the user. */
export class AnnotationFormatError extends Error {}

type Json = Record<string, unknown>;

/** The annotations with their positions taken from where they are now (code points, SPEC §2). */
export function settle(placed: readonly PlacedAnnotation[], text: string): Annotation[] {
  return placed.map(({ annotation, span }) => span
    ? { ...annotation, position: { start: codePointOffset(text, span.start), end: codePointOffset(text, span.end) } }
    : annotation);
}

/** One annotation as a W3C Web Annotation; `source` names the annotated document. */
export function toW3C(annotation: Annotation, source: string): Json {
  const body: Json[] = annotation.tags.map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag }));
  if (annotation.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: annotation.note, format: 'text/plain' });
  const raw = annotation.raw ?? {};
  // Bodies Zanmark does not write (links, other purposes) are kept as they were.
  const foreignBodies = asArray(raw.body).filter((b) => !(isObject(b) && b.type === 'TextualBody' && (b.purpose === 'tagging' || b.purpose === 'commenting')));
  const rawTarget = isObject(raw.target) ? raw.target : {};
  const foreignSelectors = asArray(rawTarget.selector).filter((s) => !(isObject(s) && (s.type === 'TextQuoteSelector' || s.type === 'TextPositionSelector')));
  const { '@context': _context, ...rest } = raw;
  return {
    ...rest,
    id: annotation.id,
    type: 'Annotation',
    created: annotation.created,
    modified: annotation.modified,
    body: [...body, ...foreignBodies],
    target: {
      ...rawTarget,
      source,
      selector: [
        { type: 'TextQuoteSelector', exact: annotation.quote.exact, prefix: annotation.quote.prefix, suffix: annotation.quote.suffix },
        { type: 'TextPositionSelector', start: annotation.position.start, end: annotation.position.end },
        ...foreignSelectors,
      ],
    },
  };
}

/** A W3C `AnnotationCollection` holding `items` (each already in W3C form). */
export function toCollection(items: readonly Json[], label: string): Json {
  return {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** The sidecar text of one document's annotations. */
export function formatSidecar(annotations: readonly Annotation[], fileName: string): string {
  return `${JSON.stringify(toCollection(annotations.map((a) => toW3C(a, fileName)), fileName), null, 2)}\n`;
}

/** An annotation read from W3C JSON, with the `source` its target names. */
export interface ReadAnnotation {
  readonly annotation: Annotation;
  readonly source: string | undefined;
}

/**
 * Reads W3C JSON: a collection (items in `first.items` or `items`), a page, an array or one annotation.
 * Throws AnnotationFormatError saying what is wrong.
 */
export function parseAnnotations(text: string): ReadAnnotation[] {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new AnnotationFormatError(l10n.t('it is not valid JSON ({0})', (e as Error).message));
  }
  const items = itemsOf(json);
  if (!items) throw new AnnotationFormatError(l10n.t('it is not a W3C annotation collection'));
  return items.map((item, i) => readAnnotation(item, i));
}

function itemsOf(json: unknown): unknown[] | undefined {
  if (Array.isArray(json)) return json;
  if (!isObject(json)) return undefined;
  if (json.type === 'Annotation') return [json];
  if (Array.isArray(json.items)) return json.items;
  if (isObject(json.first) && Array.isArray(json.first.items)) return json.first.items;
  if (json.type === 'AnnotationCollection' && json.total === 0) return [];
  return undefined;
}

function readAnnotation(item: unknown, index: number): ReadAnnotation {
  const n = index + 1;
  if (!isObject(item)) throw new AnnotationFormatError(l10n.t('annotation {0} is not an object', n));
  if (typeof item.id !== 'string' || !item.id) throw new AnnotationFormatError(l10n.t('annotation {0} has no id', n));
  const target = Array.isArray(item.target) ? item.target[0] : item.target;
  if (!isObject(target)) throw new AnnotationFormatError(l10n.t('annotation {0} has no target', n));
  const selectors = asArray(target.selector).filter(isObject);
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  if (!quote || typeof quote.exact !== 'string' || !quote.exact) throw new AnnotationFormatError(l10n.t('annotation {0} has no TextQuoteSelector with the quoted text', n));
  const start = position && Number.isSafeInteger(position.start) && (position.start as number) >= 0 ? position.start as number : 0;
  const end = position && Number.isSafeInteger(position.end) && (position.end as number) >= start ? position.end as number : start;
  const bodies = asArray(item.body).filter(isObject);
  const textOf = (b: Json) => (typeof b.value === 'string' ? b.value : '');
  const created = typeof item.created === 'string' ? item.created : new Date(0).toISOString();
  return {
    source: typeof target.source === 'string' ? target.source : undefined,
    annotation: {
      id: item.id,
      created,
      modified: typeof item.modified === 'string' ? item.modified : created,
      tags: cleanTags(bodies.filter((b) => b.purpose === 'tagging').map(textOf)),
      note: bodies.filter((b) => b.purpose === 'commenting').map(textOf).filter(Boolean).join('\n\n'),
      quote: {
        exact: quote.exact,
        prefix: typeof quote.prefix === 'string' ? quote.prefix : '',
        suffix: typeof quote.suffix === 'string' ? quote.suffix : '',
      },
      position: { start, end },
      raw: item,
    },
  };
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

/**
 * Merges imported annotations into a document's by id: new ids are added, a known id is replaced only
 * by a version modified later; nothing is duplicated.
 */
export function mergeById(existing: readonly Annotation[], incoming: readonly Annotation[]): { merged: Annotation[]; added: number; updated: number } {
  const merged = [...existing];
  let added = 0;
  let updated = 0;
  for (const a of incoming) {
    const i = merged.findIndex((e) => e.id === a.id);
    if (i < 0) {
      merged.push(a);
      added++;
    } else if (a.modified > merged[i].modified) {
      merged[i] = a;
      updated++;
    }
  }
  return { merged, added, updated };
}
