import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { createLanguageService } from '../../server/src/service';
import { SettingProblem, resolveSettings } from '../../server/src/settings';
import { BUILTIN_GLOSSARY } from '../../server/src/terms/builtinGlossary';
import { TermRegistry } from '../../server/src/terms/termRegistry';
import { parseUserGlossary } from '../../server/src/terms/userGlossary';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';
import { ROOT, SEEDS, parse, seed } from '../support';

const FRAGMENTS = [
  ...SEEDS.map(seed).flatMap((t) => t.split(/(?<=[.!?])\s+/).slice(0, 40)),
  'қылмыстық саясаттың', 'Қылмыстық кодексінің', 'дегеніміз', ' – ', '«', '»', '(бұдан әрі – ', ')', 'Под ', ' понимается ', 'суда', 'сот',
  '\u00a0', '\r\n', '\n', '𝒜', '😀', 'ə', 'i', '[', ']', '1', ',',
];

test('term hover, definition and highlights at every offset of random documents never throw and stay inside the document', { timeout: 120_000 }, async () => {
  const workspace = new WorkspaceIndex(BUILTIN_GLOSSARY);
  await workspace.build([path.join(ROOT, 'seeds')]);
  const service = createLanguageService({ workspace });
  let version = 0;
  fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })), { maxLength: 25 }), (parts) => {
    const text = parts.join('');
    const source = { uri: 'file:///random.legal', version: ++version, getText: () => text };
    const model = service.getModel(source);
    workspace.documentOpened(model);
    const inside = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) => {
      const start = model.lines.offsetAt(r.start);
      const end = model.lines.offsetAt(r.end);
      return start <= end && end <= text.length && model.lines.positionAt(start).line === r.start.line;
    };
    for (let offset = 0; offset <= text.length; offset += 3) {
      const position = model.lines.positionAt(offset);
      const hover = service.getHover(source, position);
      if (hover?.range) assert.ok(inside(hover.range));
      for (const h of service.getDocumentHighlights(source, position)) assert.ok(inside(h.range));
      for (const l of service.getDefinition(source, position)) if (l.targetUri === source.uri) assert.ok(inside(l.targetRange));
    }
  }), { numRuns: 150 });
});

test('a user glossary of 10 000 terms, one of them a single letter, is read and matched', { timeout: 60_000 }, () => {
  const letters = (i: number) => [...i.toString(26)].map((d) => 'abcdefghijklmnopqrstuvwxyz'[parseInt(d, 26)]).join('');
  const terms = Array.from({ length: 10_000 }, (_, i) => ({ term: i === 0 ? 'а' : `ұғым ${letters(i)} саясаты`, definition: `Анықтама ${i}.` }));
  const glossary = parseUserGlossary('file:///w/big.glossary.json', JSON.stringify({ terms }, null, 1));
  assert.equal(glossary.definitions.length, 10_000);
  assert.deepEqual(glossary.problems, []);
  const registry = new TermRegistry(BUILTIN_GLOSSARY, glossary.definitions);
  const document = parse(`ұғым ${letters(9_999)} саясатының мәні, а және ада, аның. `.repeat(20_000));
  const occurrences = registry.matcher.findOccurrences(document.folded, document.words);
  assert.equal(occurrences.length, 40_000);
  assert.deepEqual(occurrences.slice(0, 2).map((o) => document.text.slice(o.span.start, o.span.end)), [`ұғым ${letters(9_999)} саясатының`, 'а']);
});

test('a glossary that is not an object, or too big, gets one problem and no terms', () => {
  assert.deepEqual(parseUserGlossary('file:///w/a.glossary.json', '[1, 2]').problems.map((p) => p.message), ['A glossary must be an object with a "terms" list.']);
  const huge = JSON.stringify({ terms: Array.from({ length: 50_001 }, () => 0) });
  assert.deepEqual(parseUserGlossary('file:///w/b.glossary.json', huge).problems.map((p) => p.message), ['This glossary has 50001 terms; Zanmark reads glossaries of up to 50000 terms.']);
  assert.deepEqual(parseUserGlossary('file:///w/c.glossary.json', '\u0000\u0001binary').definitions, []);
});

test('zanmark.glossary.files: a list of paths, anything else is ignored with a problem', () => {
  const problems: SettingProblem[] = [];
  assert.deepEqual(resolveSettings([new Map([['zanmark.glossary.files', ['a.json', 'terms/b.json']]])]).glossaryFiles, ['a.json', 'terms/b.json']);
  assert.deepEqual(resolveSettings([new Map([['zanmark.glossary.files', 'a.json']])], problems).glossaryFiles, []);
  assert.deepEqual(problems, [{ key: 'zanmark.glossary.files', expected: 'path-list' }]);
});

test('the glossary schema is contributed for *.glossary.json and shipped', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { jsonValidation: { fileMatch: string; url: string }[]; configuration: { properties: Record<string, { type: string }> } } };
  assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '*.glossary.json', url: './schemas/glossary.schema.json' }]);
  assert.equal(manifest.contributes.configuration.properties['zanmark.glossary.files'].type, 'array');
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'glossary.schema.json'), 'utf8')) as { required: string[]; properties: { terms: { items: { required: string[]; properties: Record<string, unknown> } } } };
  assert.deepEqual(schema.required, ['terms']);
  assert.deepEqual(schema.properties.terms.items.required, ['term', 'definition']);
  assert.deepEqual(Object.keys(schema.properties.terms.items.properties).sort(), ['aliases', 'definition', 'equivalents', 'language', 'source', 'term']);
  assert.match(fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8'), /^!schemas\/\*\.json$/m);
});

test('a glossary term with no language and no Kazakh letters is matched in Kazakh and in Russian forms', () => {
  const glossary = parseUserGlossary('file:///w/g.glossary.json', JSON.stringify({ terms: [{ term: 'банда', definition: 'Қарулы топ.' }, { term: 'суд', definition: 'Орган.', language: 'ru' }] }));
  const registry = new TermRegistry({ source: '', entries: [] }, glossary.definitions);
  const document = parse('Банданың мүшелері, члены банды; судом, сотқа.');
  assert.deepEqual(registry.matcher.findOccurrences(document.folded, document.words).map((o) => document.text.slice(o.span.start, o.span.end)), ['Банданың', 'банды', 'судом']);
});
