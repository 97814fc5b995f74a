import * as l10n from '@vscode/l10n';
import { LineIndex, Range } from '../model/text';
import { DefinitionInput, Equivalents, languageOf } from './termRegistry';

/** The file names that are user glossaries wherever they are in the workspace. */
export const GLOSSARY_SUFFIX = '.glossary.json';

/** Something wrong in a glossary file, with where it is. The rest of the file still counts. */
export interface GlossaryProblem {
  readonly range: Range;
  readonly message: string;
}

export interface UserGlossary {
  readonly definitions: readonly DefinitionInput[];
  readonly problems: readonly GlossaryProblem[];
}

/** A glossary this big is refused rather than slowing every hover. */
export const MAX_GLOSSARY_TERMS = 50_000;

/**
 * Reads a `*.glossary.json` file (schema: `schemas/glossary.schema.json`):
 * `{ "terms": [{ "term", "definition", "language", "equivalents": { "kk", "ru", "en" }, "aliases", "source" }] }`.
 * A file that is not JSON, or not of that shape, gives a problem and no terms; a bad entry gives
 * a problem and is skipped.
 */
export function parseUserGlossary(uri: string, text: string): UserGlossary {
  const lines = new LineIndex(text);
  const whole: Range = lines.rangeOf({ start: 0, end: Math.min(text.length, lines.lineEnd(0)) });
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(detail);
    const offset = at ? Number(at[1]) : 0;
    return {
      definitions: [],
      problems: [{ range: lines.rangeOf({ start: offset, end: Math.min(text.length, offset + 1) }), message: l10n.t('This glossary is not valid JSON: {0}', detail) }],
    };
  }
  const terms = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>).terms : undefined;
  if (!Array.isArray(terms)) {
    return { definitions: [], problems: [{ range: whole, message: l10n.t('A glossary must be an object with a "terms" list.') }] };
  }
  if (terms.length > MAX_GLOSSARY_TERMS) {
    return { definitions: [], problems: [{ range: whole, message: l10n.t('This glossary has {0} terms; Zanmark reads glossaries of up to {1} terms.', terms.length, MAX_GLOSSARY_TERMS) }] };
  }
  const definitions: DefinitionInput[] = [];
  const problems: GlossaryProblem[] = [];
  const locate = entryLocator(text, lines);
  terms.forEach((entry, index) => {
    const e = entry !== null && typeof entry === 'object' && !Array.isArray(entry) ? (entry as Record<string, unknown>) : undefined;
    const term = typeof e?.term === 'string' ? e.term.trim() : '';
    const definition = typeof e?.definition === 'string' ? e.definition.trim() : '';
    const range = locate(index);
    if (!term || !definition) {
      problems.push({ range, message: l10n.t('Term {0} of this glossary needs a "term" and a "definition".', index + 1) });
      return;
    }
    const given = e?.language === 'kk' || e?.language === 'ru' ? e.language : undefined;
    const language = given ?? languageOf(term);
    definitions.push({
      term,
      lemma: term,
      language,
      text: definition,
      origin: { kind: 'glossary', uri, range, ...(typeof e?.source === 'string' ? { source: e.source } : {}) },
      aliases: Array.isArray(e?.aliases) ? e.aliases.filter((a): a is string => typeof a === 'string' && a.trim() !== '') : [],
      equivalents: equivalentsOf(e?.equivalents),
      ...(given || language === 'kk' ? {} : { matchAs: ['kk', 'ru'] as const }),
    });
  });
  return { definitions, problems };
}

function equivalentsOf(raw: unknown): Equivalents {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const r = raw as Record<string, unknown>;
  const list = (v: unknown) => (typeof v === 'string' && v.trim() ? [v.trim()] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);
  return { kk: list(r.kk), ru: list(r.ru), en: list(r.en) };
}

/**
 * The range of the n-th object of the `terms` list, found by a scan that tracks strings and
 * nesting, so a problem points at its entry. Linear in the file.
 */
function entryLocator(text: string, lines: LineIndex): (index: number) => Range {
  const starts: number[] = [];
  const ends: number[] = [];
  const listStart = /"terms"\s*:\s*\[/.exec(text);
  if (listStart) {
    let depth = 0;
    let inString = false;
    for (let i = listStart.index + listStart[0].length; i < text.length; i++) {
      const c = text[i];
      if (inString) {
        if (c === '\\') i++;
        else if (c === '"') inString = false;
        continue;
      }
      if (c === '"') inString = true;
      else if (c === '{' || c === '[') {
        if (depth === 0) starts.push(i);
        depth++;
      } else if (c === '}' || c === ']') {
        if (depth === 0) break;
        depth--;
        if (depth === 0) ends.push(i + 1);
      } else if (depth === 0 && c !== ',' && !/\s/.test(c)) {
        starts.push(i);
        let j = i;
        while (j < text.length && text[j] !== ',' && text[j] !== ']') j++;
        ends.push(j);
        i = j - 1;
      }
    }
  }
  return (index) => lines.rangeOf(index < starts.length ? { start: starts[index], end: ends[index] ?? starts[index] + 1 } : { start: 0, end: 0 });
}
