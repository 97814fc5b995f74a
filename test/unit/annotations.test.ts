import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { Annotation, PlacedAnnotation, quoteOf } from '../../server/src/annotations/annotation';
import { anchor, placeAll } from '../../server/src/annotations/anchoring';
import { formatCsv, formatMarkdown } from '../../server/src/annotations/reports';
import { moveSpan, trackEdits } from '../../server/src/annotations/tracking';
import { formatSidecar, mergeById, parseAnnotations, settle, toW3C } from '../../server/src/annotations/w3c';
import { codePointOffset } from '../../server/src/model/text';
import { DEFAULT_SEVERITIES, DiagnosticCode } from '../../server/src/features/diagnosticCodes';
import { DEFAULT_ANNOTATION_TAGS } from '../../server/src/protocol';
import { ROOT, marked, seed } from '../support';

const NOW = '2026-11-23T10:00:00.000Z';

/** An annotation on `text.slice(start, end)`, stored as a sidecar would hold it. */
function annotationOn(text: string, start: number, end: number, tags = ['анықтама'], id = 'urn:uuid:00000000-0000-4000-8000-000000000001'): Annotation {
  return {
    id,
    created: NOW,
    modified: NOW,
    tags,
    note: '',
    quote: quoteOf(text, { start, end }),
    position: { start: codePointOffset(text, start), end: codePointOffset(text, end) },
  };
}

const SEED = seed('002_1dfbad7d03d8aaf7.txt');
const PASSAGE = 'қылмыстық саясаттың барлық бағыттарының демократизацияланып';

test('the passage is found at its stored position while the text is unchanged', () => {
  const start = SEED.indexOf(PASSAGE);
  const a = annotationOn(SEED, start, start + PASSAGE.length);
  assert.deepEqual(anchor(SEED, a), { start, end: start + PASSAGE.length });
});

test('after text is inserted before it, the exact quote nearest the old position is found', () => {
  const start = SEED.indexOf(PASSAGE);
  const a = annotationOn(SEED, start, start + PASSAGE.length);
  const edited = `Жаңа бірінші жол.\n${SEED}`;
  const span = anchor(edited, a)!;
  assert.equal(span.start, start + 18);
  assert.equal(edited.slice(span.start, span.end), PASSAGE);
});

test('of two exact occurrences, the one nearest the old position wins', () => {
  const { text, offsets } = marked('саясат бірінші. Ортасы ұзын мәтін. $$саясат$$ екінші.');
  const a = annotationOn(text, offsets[0], offsets[1]);
  const edited = `Кіріспе. ${text}`;
  assert.equal(anchor(edited, a)!.start, offsets[0] + 9);
});

test('a retouched passage is found approximately, using its context', () => {
  const start = SEED.indexOf(PASSAGE);
  const a = annotationOn(SEED, start, start + PASSAGE.length);
  const edited = SEED.replace(PASSAGE, 'қылмыстық саясаттың барлық бағыттары демократизацияланып');
  const span = anchor(edited, a)!;
  assert.ok(span, 'the passage is found');
  assert.equal(edited.slice(span.start, span.end), 'қылмыстық саясаттың барлық бағыттары демократизацияланып');
});

test('a deleted passage is an orphan, kept with its quote', () => {
  const start = SEED.indexOf(PASSAGE);
  const a = annotationOn(SEED, start, start + PASSAGE.length);
  const edited = SEED.replace(/Оларда[^\n]*\n/, '');
  const [placed] = placeAll(edited, [a]);
  assert.equal(placed.span, undefined);
  assert.equal(placed.annotation.quote.exact, PASSAGE);
});

test('astral characters and CRLF: the sidecar counts code points, the span UTF-16 units', () => {
  const text = '𝐀𝐁 кіріспе\r\n😀 қылмыстық саясат дегеніміз\r\nсоңы';
  const start = text.indexOf('қылмыстық');
  const end = start + 'қылмыстық саясат'.length;
  const a = annotationOn(text, start, end);
  assert.deepEqual(a.position, { start: start - 3, end: end - 3 });
  const sidecar = JSON.parse(formatSidecar([a], 'a.legal'));
  const selector = sidecar.first.items[0].target.selector;
  assert.deepEqual(selector[1], { type: 'TextPositionSelector', start: 14, end: 30 });
  assert.equal([...text].slice(14, 30).join(''), 'қылмыстық саясат');
  const [read] = parseAnnotations(JSON.stringify(sidecar));
  assert.deepEqual(anchor(text, read.annotation), { start, end });
});

test('the sidecar is a W3C AnnotationCollection with tagging and commenting bodies', () => {
  const text = 'Кіріспе. Қылмыстық саясат дегеніміз – мемлекеттің саясаты.';
  const start = text.indexOf('Қылмыстық');
  const a = { ...annotationOn(text, start, start + 'Қылмыстық саясат'.length, ['анықтама', 'норма']), note: 'Авторлық анықтама' };
  assert.deepEqual(JSON.parse(formatSidecar([a], 'article.legal')), {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: 'article.legal',
    total: 1,
    first: {
      type: 'AnnotationPage',
      startIndex: 0,
      items: [{
        id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
        type: 'Annotation',
        created: NOW,
        modified: NOW,
        body: [
          { type: 'TextualBody', purpose: 'tagging', value: 'анықтама' },
          { type: 'TextualBody', purpose: 'tagging', value: 'норма' },
          { type: 'TextualBody', purpose: 'commenting', value: 'Авторлық анықтама', format: 'text/plain' },
        ],
        target: {
          source: 'article.legal',
          selector: [
            { type: 'TextQuoteSelector', exact: 'Қылмыстық саясат', prefix: 'Кіріспе. ', suffix: ' дегеніміз – мемлекеттің саясаты' },
            { type: 'TextPositionSelector', start: 9, end: 25 },
          ],
        },
      }],
    },
  });
});

test('W3C JSON-LD round trip keeps what other tools wrote', () => {
  const foreign = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'urn:uuid:11111111-1111-4111-8111-111111111111',
    type: 'Annotation',
    creator: { type: 'Person', name: 'Айгүл' },
    created: NOW,
    modified: NOW,
    motivation: 'tagging',
    body: [{ type: 'TextualBody', purpose: 'tagging', value: 'норма' }, { type: 'SpecificResource', source: 'http://example.org/law/226-V' }],
    target: { source: 'a.legal', selector: [{ type: 'TextQuoteSelector', exact: 'заң', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: 3 }, { type: 'XPathSelector', value: '/p[1]' }] },
  };
  const [read] = parseAnnotations(JSON.stringify(foreign));
  const { '@context': _c, ...withoutContext } = foreign;
  assert.deepEqual(toW3C(read.annotation, 'a.legal'), withoutContext);
  const again = parseAnnotations(JSON.stringify(toW3C(read.annotation, 'a.legal')));
  assert.deepEqual(toW3C(again[0].annotation, 'a.legal'), withoutContext);
});

test('a sidecar that is not JSON, or not a collection, says why', () => {
  assert.throws(() => parseAnnotations('{"first": '), /not valid JSON/);
  assert.throws(() => parseAnnotations('{"type": "Person"}'), /not a W3C annotation collection/);
  assert.throws(() => parseAnnotations('[{"id": "x", "target": {}}]'), /annotation 1 has no TextQuoteSelector/);
});

test('import merges by id: new ones added, newer versions replace, nothing duplicated', () => {
  const text = 'бір екі үш төрт';
  const one = annotationOn(text, 0, 3, ['норма'], 'urn:uuid:1');
  const two = annotationOn(text, 4, 7, ['норма'], 'urn:uuid:2');
  const newerOne = { ...one, tags: ['пікір'], modified: '2027-01-01T00:00:00.000Z' };
  const olderTwo = { ...two, tags: ['мәселе'], modified: '2020-01-01T00:00:00.000Z' };
  const three = annotationOn(text, 8, 10, ['норма'], 'urn:uuid:3');
  const result = mergeById([one, two], [newerOne, olderTwo, three]);
  assert.deepEqual(result.merged.map((a) => [a.id, a.tags]), [['urn:uuid:1', ['пікір']], ['urn:uuid:2', ['норма']], ['urn:uuid:3', ['норма']]]);
  assert.equal(result.added, 1);
  assert.equal(result.updated, 1);
  assert.equal(mergeById(result.merged, result.merged).merged.length, 3);
});

test('CSV cells that a spreadsheet would run as formulas stay text', () => {
  const text = '=HYPERLINK("http://x") және -5 пайыз';
  const a = { ...annotationOn(text, 0, 22, ['дереккөз']), note: '@тексеру' };
  const items = [{ file: 'a.legal', source: 'file:///w/a.legal', annotation: a, line: 1 }];
  assert.equal(formatCsv(items), '\uFEFFfile,tag,note,quote,line,created\r\n' +
    `a.legal,дереккөз,'@тексеру,"'=HYPERLINK(""http://x"")",1,${NOW}\r\n`);
});

test('CSV has one row per tag, quoted as RFC 4180 says; Markdown groups by tag', () => {
  const text = 'Кіріспе. "Қылмыстық, саясат" дегеніміз.';
  const a = { ...annotationOn(text, 9, 28, ['анықтама', 'норма']), note: 'екі\nжол' };
  const items = [{ file: 'a.legal', source: 'file:///w/a.legal', annotation: a, line: 1 }, { file: 'b.legal', source: 'file:///w/b.legal', annotation: { ...a, id: 'urn:uuid:2', tags: ['норма'] }, line: undefined }];
  assert.equal(formatCsv(items), '\uFEFFfile,tag,note,quote,line,created\r\n' +
    `a.legal,анықтама,"екі\nжол","""Қылмыстық, саясат""",1,${NOW}\r\n` +
    `a.legal,норма,"екі\nжол","""Қылмыстық, саясат""",1,${NOW}\r\n` +
    `b.legal,норма,"екі\nжол","""Қылмыстық, саясат""",,${NOW}\r\n`);
  assert.equal(formatMarkdown(items), [
    '# Annotations', '',
    '## анықтама (1)', '',
    '- **a.legal:1** «"Қылмыстық, саясат"»', '  екі жол', '  _2026-11-23_', '',
    '## норма (2)', '',
    '- **a.legal:1** «"Қылмыстық, саясат"»', '  екі жол', '  _2026-11-23_',
    '- **b.legal, orphaned** «"Қылмыстық, саясат"»', '  екі жол', '  _2026-11-23_',
  ].join('\n') + '\n');
});

test('typing moves a passage; typing inside it changes the quote; text typed at its edges stays outside', () => {
  const span = { start: 10, end: 20 };
  assert.deepEqual(moveSpan(span, { start: 0, end: 0, newLength: 5 }), { kind: 'moved', span: { start: 15, end: 25 } });
  assert.deepEqual(moveSpan(span, { start: 10, end: 10, newLength: 2 }), { kind: 'moved', span: { start: 12, end: 22 } });
  assert.deepEqual(moveSpan(span, { start: 20, end: 20, newLength: 2 }), { kind: 'moved', span });
  assert.deepEqual(moveSpan(span, { start: 12, end: 14, newLength: 0 }), { kind: 'moved', span: { start: 10, end: 18 } });
  assert.deepEqual(moveSpan(span, { start: 5, end: 12, newLength: 1 }), { kind: 'moved', span: { start: 6, end: 14 } });
  assert.deepEqual(moveSpan(span, { start: 18, end: 25, newLength: 0 }), { kind: 'moved', span: { start: 10, end: 18 } });
  assert.deepEqual(moveSpan(span, { start: 5, end: 25, newLength: 0 }), { kind: 'covered', replacement: { start: 5, end: 5 } });
});

test('an editor reload that replaces the whole line finds the passage again; an undo brings an orphan back', () => {
  const { text, offsets } = marked('Бірінші жол.\nОсы жолда $$қылмыстық саясат дегеніміз$$ бар.\nСоңғы жол.');
  const placed: PlacedAnnotation[] = placeAll(text, [annotationOn(text, offsets[0], offsets[1])]);
  const lineStart = text.indexOf('Осы');
  const lineEnd = text.indexOf('\n', lineStart);
  const newLine = 'Осы жолда, автордың ойынша, қылмыстық саясат дегеніміз бар.';
  const reloaded = text.slice(0, lineStart) + newLine + text.slice(lineEnd);
  const [moved] = trackEdits(placed, [{ start: lineStart, end: lineEnd, newLength: newLine.length }], reloaded, NOW);
  assert.equal(reloaded.slice(moved.span!.start, moved.span!.end), 'қылмыстық саясат дегеніміз');

  const deleted = reloaded.slice(0, moved.span!.start) + reloaded.slice(moved.span!.end);
  const [orphan] = trackEdits([moved], [{ start: moved.span!.start, end: moved.span!.end, newLength: 0 }], deleted, NOW);
  assert.equal(orphan.span, undefined);
  const [back] = trackEdits([orphan], [{ start: moved.span!.start, end: moved.span!.start, newLength: 'қылмыстық саясат дегеніміз'.length }], reloaded, NOW);
  assert.deepEqual(back.span, moved.span);
  assert.equal(settle([back], reloaded)[0].position.start, codePointOffset(reloaded, moved.span!.start));
});

test('the manifest offers the default legal taxonomy of SPEC §8', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const setting = manifest.contributes.configuration.properties['zanmark.annotations.tags'];
  assert.deepEqual(setting.default, DEFAULT_ANNOTATION_TAGS);
  assert.deepEqual(setting.default.map((t: { id: string }) => t.id), ['анықтама', 'норма', 'статистика', 'дереккөз', 'пікір', 'ұсыныс', 'мәселе', 'тексеру']);
});

test('annotation.orphaned is a warning unless the user chooses otherwise', () => {
  assert.equal(DEFAULT_SEVERITIES['annotation.orphaned' as DiagnosticCode], 'warning');
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  assert.equal(manifest.contributes.configuration.properties['zanmark.diagnostics.annotation.orphaned'].default, 'warning');
});
