import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { applyReplacements } from '../../server/src/features/edits';
import { createLanguageService } from '../../server/src/service';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import { seed } from '../support';

const service = createLanguageService();
let n = 0;
const source = (text: string) => ({ uri: `file:///p/${n++}.legal`, version: 1, getText: () => text });

const FRAGMENTS = [
  '19, 8%', '3, 16 млн.', '5 %', '30%', '08-25  минутта', '2009 жылы – 121 Қылмыстылық', '146 347', '14 6347', '1 46 347', '17665000',
  '4.6 пайыз', '4,6 пайызға', '89,3%-ды', '2009-ге', '15%-ге', '30 ақпан', '31.04.2010', '2020-2010 жж.', '2010-2020 жж.', 'мəселе',
  'Е-Government', 'к0декс', '3аң', 'iрi', 'және және', 'мем мемлекеттік', 'доллар.,', '..', ':.', '  ', '\u00a0\u00a0', '\r\n', '\n', ' ',
  '[1, 27 б.]', '№ 226-VІ', 'https://адилет.kz', 'ә', '1', ',', '.', '-', '%', '😀', 'Қ',
];
const documents = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 }), fc.constantFrom(seed('002_1dfbad7d03d8aaf7.txt').slice(0, 400))), { maxLength: 40 })
  .map((parts) => parts.join(''));

const safeFixes = (text: string) => service.getSafeFixes(source(text), DEFAULT_SETTINGS);

test('applying every safe fix twice equals applying it once; text outside the fixed ranges is unchanged', () => {
  fc.assert(fc.property(documents, (text) => {
    const replacements = safeFixes(text);
    const once = applyReplacements(text, replacements);
    // Outside the replaced spans, the text is the same, piece by piece.
    let at = 0;
    let out = 0;
    for (const r of [...replacements].sort((a, b) => a.span.start - b.span.start)) {
      const kept = text.slice(at, r.span.start);
      assert.equal(once.slice(out, out + kept.length), kept);
      out += kept.length + r.newText.length;
      at = r.span.end;
      assert.ok(r.span.start >= 0 && r.span.end <= text.length && r.span.start <= r.span.end);
    }
    assert.equal(once.slice(out), text.slice(at));
    // A second round fixes nothing the first one could have fixed: fixing again changes nothing.
    let fixed = once;
    for (let i = 0; i < 4; i++) fixed = applyReplacements(fixed, safeFixes(fixed));
    assert.equal(applyReplacements(fixed, safeFixes(fixed)), fixed);
  }), { numRuns: 300 });
});

test('diagnostics, hovers and code actions never throw and stay inside the document', () => {
  fc.assert(fc.property(documents, (text) => {
    const src = source(text);
    const model = service.getModel(src);
    const end = model.lines.positionAt(text.length);
    for (const d of service.getDiagnostics(src, DEFAULT_SETTINGS)) {
      assert.ok(model.lines.offsetAt(d.range.start) <= model.lines.offsetAt(d.range.end));
      assert.ok(d.range.end.line <= end.line);
    }
    for (const f of model.figures) assert.ok(f.span.start <= f.valueSpan.start && f.valueSpan.end <= f.span.end && f.span.end <= text.length);
    for (let offset = 0; offset <= text.length; offset += 3) service.getHover(src, model.lines.positionAt(offset));
    service.getCodeActions(src, { start: { line: 0, character: 0 }, end }, undefined, DEFAULT_SETTINGS);
  }), { numRuns: 200 });
});
