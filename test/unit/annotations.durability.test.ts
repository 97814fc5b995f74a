import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { Annotation, PlacedAnnotation, quoteOf } from '../../server/src/annotations/annotation';
import { placeAll } from '../../server/src/annotations/anchoring';
import { readSidecar, writeSidecar } from '../../server/src/annotations/sidecar';
import { TextEdit, trackEdits } from '../../server/src/annotations/tracking';
import { parseAnnotations, settle } from '../../server/src/annotations/w3c';
import { codePointOffset } from '../../server/src/model/text';
import { ROOT, seed } from '../support';

const NOW = '2026-11-23T10:00:00.000Z';
const FRAGMENTS = seed('003_67cdf9ecf2044f40.txt').split(/(?<=[.,;])\s/).slice(0, 40);
const PIECES = [...FRAGMENTS, '😀', '𝐀𝐁', '\r\n', '\n', '\u00a0', '[1, 27 б.]', 'қылмыстық саясат', ' ', 'ə'];

const documentText = fc.array(fc.constantFrom(...PIECES), { minLength: 3, maxLength: 30 }).map((parts) => parts.join(''));

function fixSurrogates(text: string, offset: number): number {
  const c = text.charCodeAt(offset);
  return c >= 0xdc00 && c <= 0xdfff ? offset - 1 : offset;
}

/** A text with annotations on random non-blank passages, and random edits to make to it. */
const scenario = documentText.chain((text) => fc.record({
  text: fc.constant(text),
  spans: fc.array(fc.tuple(fc.nat(text.length), fc.integer({ min: 1, max: 60 })), { minLength: 1, maxLength: 6 }),
  edits: fc.array(fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.nat(80),
    insert: fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.constant('')),
  }), { minLength: 1, maxLength: 12 }),
}));

function annotate(text: string, spans: readonly [number, number][]): Annotation[] {
  const out: Annotation[] = [];
  spans.forEach(([at, length], i) => {
    const start = fixSurrogates(text, Math.min(at, text.length - 1));
    const end = fixSurrogates(text, Math.min(text.length, start + length));
    if (end <= start || !text.slice(start, end).trim()) return;
    out.push({
      id: `urn:uuid:${i}`, created: NOW, modified: NOW, tags: ['тексеру'], note: '',
      quote: quoteOf(text, { start, end }),
      position: { start: codePointOffset(text, start), end: codePointOffset(text, end) },
    });
  });
  return out;
}

function checkPlaced(text: string, placed: readonly PlacedAnnotation[], count: number): void {
  assert.equal(placed.length, count, 'no annotation is dropped');
  for (const p of placed) {
    if (p.span) assert.equal(text.slice(p.span.start, p.span.end), p.annotation.quote.exact, 'an anchored annotation quotes the text it covers');
    else assert.ok(p.annotation.quote.exact.length > 0, 'an orphan keeps its quote');
  }
}

test('random edit sequences in the editor or outside it never lose an annotation', { timeout: 120_000 }, () => {
  fc.assert(fc.property(scenario, ({ text, spans, edits }) => {
    const annotations = annotate(text, spans);
    fc.pre(annotations.length > 0);
    let current = text;
    let placed = placeAll(text, annotations, NOW);
    checkPlaced(current, placed, annotations.length);
    for (const e of edits) {
      const start = fixSurrogates(current, Math.floor(e.at * current.length));
      const end = fixSurrogates(current, Math.min(current.length, start + e.length));
      const edit: TextEdit = { start, end, newLength: e.insert.length };
      current = current.slice(0, start) + e.insert + current.slice(end);
      placed = trackEdits(placed, [edit], current, NOW);
      checkPlaced(current, placed, annotations.length);
    }
    // Outside the editor: the sidecar as it was, re-anchored against the text as it is now.
    checkPlaced(current, placeAll(current, annotations, NOW), annotations.length);
    // And the sidecar written after the edits reads back to the same placements.
    const reread = parseAnnotations(JSON.stringify({ items: settle(placed, current).map((a) => ({ id: a.id, type: 'Annotation', body: [], target: { selector: [{ type: 'TextQuoteSelector', ...a.quote }, { type: 'TextPositionSelector', ...a.position }] } })) }));
    const again = placeAll(current, reread.map((r) => r.annotation), NOW);
    placed.forEach((p, i) => {
      if (p.span) assert.deepEqual(again[i].span, p.span, 'the written position finds the same passage');
    });
  }), { numRuns: 300 });
});

test('re-anchoring stays fast on a 1 MB text with a repeated quote', { timeout: 60_000 }, () => {
  const text = 'ә'.repeat(1_000_000);
  const annotation: Annotation = { id: 'urn:uuid:1', created: NOW, modified: NOW, tags: ['x'], note: '', quote: { exact: 'әәәәәәәәәәәәб', prefix: 'ә', suffix: '' }, position: { start: 500_000, end: 500_013 } };
  const [placed] = placeAll(text, [annotation], NOW);
  assert.ok(placed.span === undefined || text.slice(placed.span.start, placed.span.end) === placed.annotation.quote.exact);
  const brackets = '[['.repeat(500_000);
  const [other] = placeAll(brackets, [{ ...annotation, quote: { exact: '[[[[[[[[[[[[x]', prefix: '', suffix: '' } }], NOW);
  assert.ok(other.span === undefined || brackets.slice(other.span.start, other.span.end) === other.annotation.quote.exact);
});

test('a process killed while writing leaves the old or the new sidecar, never a broken one', { timeout: 120_000 }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zanmark-kill-'));
  const file = path.join(dir, 'article.legal');
  const text = `${seed('002_1dfbad7d03d8aaf7.txt')}\n`;
  fs.writeFileSync(file, text);
  // A large sidecar, so that writing it takes long enough to be interrupted.
  const start = text.indexOf('құқықтық');
  const many: Annotation[] = Array.from({ length: 15_000 }, (_, i) => ({
    id: `urn:uuid:${i}`, created: NOW, modified: NOW, tags: ['норма'], note: 'ескерту '.repeat(20), quote: quoteOf(text, { start, end: start + 8 }), position: { start, end: start + 8 },
  }));
  writeSidecar(file, many);
  const cli = path.join(ROOT, 'dist', 'cli.js');
  let interrupted = 0;
  for (let round = 0; round < 8; round++) {
    const before = readSidecar(file);
    assert.equal(before.kind, 'ok');
    const count = before.kind === 'ok' ? before.annotations.length : 0;
    const child = spawn(process.execPath, [cli, 'annotations', 'add', file, '--quote', 'мемлекет', '--tag', 'норма'], { stdio: 'ignore' });
    await new Promise((resolve) => setTimeout(resolve, 60 + round * 40));
    const killed = child.kill('SIGKILL');
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    if (killed && code === null) interrupted++;
    const after = readSidecar(file);
    assert.equal(after.kind, 'ok', `round ${round}: the sidecar can be read`);
    assert.ok(after.kind === 'ok' && (after.annotations.length === count || after.annotations.length === count + 1));
  }
  assert.ok(interrupted > 0, 'at least one write was interrupted');
  const finished = spawnSync(process.execPath, [cli, 'annotations', 'list', file, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.equal(finished.status, 0, finished.stderr);
  fs.rmSync(dir, { recursive: true, force: true });
});
