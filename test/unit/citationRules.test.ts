import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver-types';
import { DEFAULT_SEVERITIES } from '../../server/src/features/diagnosticCodes';
import { applyReplacements } from '../../server/src/features/edits';
import { createLanguageService } from '../../server/src/service';
import { DEFAULT_SETTINGS, Settings, SettingProblem, resolveSettings } from '../../server/src/settings';
import { article, lines } from '../support';

const service = createLanguageService();
let version = 0;
const source = (text: string) => ({ uri: `file:///t/rules-${++version}.legal`, version, getText: () => text });

/** `line:start-end code severity message` for each finding; `only` keeps the codes asked for. */
function findings(text: string, only?: string, settings: Settings = DEFAULT_SETTINGS): string[] {
  return service.getDiagnostics(source(text), settings)
    .filter((d) => !only || d.code === only)
    .map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line === d.range.start.line ? '' : `${d.range.end.line}:`}${d.range.end.character} ${d.code} ${d.severity} ${d.message}`);
}

const LIST = lines('', 'Әдебиеттер', '1. Бірінші еңбек.', '2. Екінші еңбек.', '3. Үшінші еңбек.');
const E = DiagnosticSeverity.Error;
const W = DiagnosticSeverity.Warning;
const I = DiagnosticSeverity.Information;
const H = DiagnosticSeverity.Hint;

test('the default severities are those of the SPEC §3 table', () => {
  const citationCodes = Object.fromEntries(Object.entries(DEFAULT_SEVERITIES).filter(([code]) => code.startsWith('citation.')));
  assert.deepEqual(citationCodes, {
    'citation.unresolved': 'error',
    'citation.unused-entry': 'hint',
    'citation.duplicate-entry': 'warning',
    'citation.numbering': 'warning',
    'citation.order': 'information',
    'citation.locator-format': 'warning',
    'citation.page-range-reversed': 'error',
    'citation.empty': 'error',
  });
});

test('citation.empty: [] and [ ; ] name no source', () => {
  assert.deepEqual(findings(`Мәтін [] және [ ; ] және [1; 2; 3].${LIST}`), [
    `0:6-8 citation.empty ${E} The citation names no source: write the number of a reference entry, such as [1]`,
    `0:14-19 citation.empty ${E} The citation names no source: write the number of a reference entry, such as [1]`,
  ]);
});

test('citation.unused-entry: an entry no citation names is a hint, faded', () => {
  const text = `Мәтін [1; 3].${LIST}`;
  assert.deepEqual(findings(text), [`3:0-16 citation.unused-entry ${H} Entry 2 is never cited`]);
  const [d] = service.getDiagnostics(source(text), DEFAULT_SETTINGS);
  assert.deepEqual(d.tags, [DiagnosticTag.Unnecessary]);
  // A range covers every number in it; a two-line entry is faded whole.
  assert.deepEqual(findings(`Мәтін [1–3].${LIST}`), []);
  assert.deepEqual(findings(lines('Мәтін [2].', '', 'Әдебиеттер', '1. Бірінші', 'еңбек, жалғасы.', '2. Екінші.')), [`3:0-4:15 citation.unused-entry ${H} Entry 1 is never cited`]);
});

test('citation.duplicate-entry and citation.numbering: a list with duplicate or missing numbers', () => {
  const duplicate = lines('Мәтін [1; 2; 3].', '', 'Әдебиеттер', '1. Бір.', '2. Екі.', '2. Екі тағы.', '3. Үш.');
  assert.deepEqual(findings(duplicate), [
    `5:0-2 citation.duplicate-entry ${W} Entry number 2 is already used on line 5: citations of 2 go to that entry`,
    `5:0-2 citation.numbering ${W} The reference list is not numbered 1…4: entry 3 is numbered 2`,
  ]);
  const missing = lines('Мәтін [1; 2; 4].', '', 'Әдебиеттер', '1. Бір.', '2. Екі.', '4. Төрт.');
  assert.deepEqual(findings(missing), [`5:0-2 citation.numbering ${W} The reference list is not numbered 1…3: entry 3 is numbered 4`]);
});

test('citation.numbering offers renumbering as its quick fix, never as a safe fix', () => {
  const missing = lines('Мәтін [1; 2; 4].', '', 'Әдебиеттер', '1. Бір.', '2. Екі.', '4. Төрт.');
  const doc = source(missing);
  const actions = service.getCodeActions(doc, { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, undefined, DEFAULT_SETTINGS);
  assert.deepEqual(actions.map((a) => a.title), ['Renumber the reference list by order of first citation']);
  const edits = actions[0].edit!.changes![doc.uri];
  assert.deepEqual(edits, [
    { range: { start: { line: 0, character: 13 }, end: { line: 0, character: 14 } }, newText: '3' },
    { range: { start: { line: 5, character: 0 }, end: { line: 5, character: 1 } }, newText: '3' },
  ]);
  assert.deepEqual(service.getSafeFixes(doc, DEFAULT_SETTINGS), []);
  // With a duplicate number, renumbering cannot know which entry is meant: no fix.
  const duplicate = lines('Мәтін [1; 2].', '', 'Әдебиеттер', '1. Бір.', '1. Бір тағы.', '2. Екі.');
  assert.deepEqual(service.getCodeActions(source(duplicate), { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, undefined, DEFAULT_SETTINGS), []);
});

test('citation.order: reported once, where first citations stop ascending, with the renumber fix', () => {
  const text = `Мәтін [1]. Сосын [3]. Кейін [2; 3]. Тағы [1].${LIST}`;
  assert.deepEqual(findings(text), [`0:29-30 citation.order ${I} Source 2 is first cited after source 3: the reference list is not in order of first citation`]);
  const doc = source(text);
  const [fix] = service.getCodeActions(doc, { start: { line: 0, character: 29 }, end: { line: 0, character: 29 } }, undefined, DEFAULT_SETTINGS);
  assert.equal(fix.title, 'Renumber the reference list by order of first citation');
  const edits = fix.edit!.changes![doc.uri];
  const lineIndex = service.getModel(doc).lines;
  const after = applyReplacements(text, edits.map((e) => ({ span: { start: lineIndex.offsetAt(e.range.start), end: lineIndex.offsetAt(e.range.end) }, newText: e.newText })));
  assert.equal(after, `Мәтін [1]. Сосын [2]. Кейін [3; 2]. Тағы [1].${lines('', 'Әдебиеттер', '1. Бірінші еңбек.', '2. Үшінші еңбек.', '3. Екінші еңбек.')}`);
  assert.deepEqual(findings(after), []);
  // First citations inside one range ascend by themselves.
  assert.deepEqual(findings(`Мәтін [1–3]. Сосын [2].${LIST}`), []);
});

test('the order and unused findings of the unordered fixture', () => {
  assert.deepEqual(findings(article('unordered.legal')), [
    `4:123-124 citation.order ${I} Source 1 is first cited after source 3: the reference list is not in order of first citation`,
    `21:0-77 citation.unused-entry ${H} Entry 6 is never cited`,
  ]);
});

test('citation.locator-format: every malformed locator of SPEC §3, with its fix', () => {
  const cases: [string, string][] = [
    ['[1,27б.]', '[1, 27 б.]'],
    ['[1, 27б.]', '[1, 27 б.]'],
    ['[1 , 27 б.]', '[1, 27 б.]'],
    ['[1,  27 б.]', '[1, 27 б.]'],
    ['[1, 27 б]', '[1, 27 б.]'],
    ['[2, 12 - 13 б.]', '[2, 12-13 б.]'],
    ['[2, т.2, 45 б.]', '[2, т. 2, 45 б.]'],
    ['[2, т. 2,45 б.]', '[2, т. 2, 45 б.]'],
    ['[3, с.81]', '[3, с. 81]'],
    ['[3, p.5]', '[3, p. 5]'],
    ['[1–2, 5б.]', '[1–2, 5 б.]'],
  ];
  for (const [written, corrected] of cases) {
    const text = `Мәтін ${written}.${LIST}`;
    const rows = findings(text, 'citation.locator-format');
    assert.equal(rows.length, 1, written);
    assert.match(rows[0], new RegExp(`citation\\.locator-format ${W} Write the citation as ${corrected.replace(/[[\].]/g, '\\$&')}, not ${written.replace(/[[\].]/g, '\\$&')}$`));
    const fixed = applyReplacements(text, service.getSafeFixes(source(text), DEFAULT_SETTINGS));
    assert.equal(fixed, `Мәтін ${corrected}.${LIST}`, written);
  }
  const clean = ['[1, 27 б.]', '[1, 27\u00a0б.]', '[2, 12-13 б.]', '[2, т. 2, 45 б.]', '[3, с. 81]', '[3, т. 2, с. 45]', '[3, p. 5]', '[1, 3-бап]', '[1, ст. 7]', '[1; 3]', '[1, 3]'];
  for (const written of clean) assert.deepEqual(findings(`Мәтін ${written}.${LIST}`, 'citation.locator-format'), [], written);
});

test('zanmark.citations.locatorStyle: joined, and consistent with the document', () => {
  const joined = resolveSettings([new Map([['zanmark.citations.locatorStyle', '[n, pб.]']])]);
  assert.deepEqual(findings(`[1, 27 б.] [2, 3б.] [3, с. 81].${LIST}`, 'citation.locator-format', joined), [
    `0:2-9 citation.locator-format ${W} Write the citation as [1, 27б.], not [1, 27 б.]`,
  ]);
  const consistent = resolveSettings([new Map([['zanmark.citations.locatorStyle', 'consistent']])]);
  assert.deepEqual(findings(`[1,27б.] [2, 2б.] [3, 12-13б.] [1, 5 б.].${LIST}`, 'citation.locator-format', consistent), [
    `0:2-7 citation.locator-format ${W} Write the citation as [1, 27б.], not [1,27б.]`,
    `0:33-39 citation.locator-format ${W} Write the citation as [1, 5б.], not [1, 5 б.]`,
  ]);
  const problems: SettingProblem[] = [];
  const wrong = resolveSettings([new Map([['zanmark.citations.locatorStyle', 'APA']])], problems);
  assert.equal(wrong.citations.locatorStyle, '[n, p б.]');
  assert.deepEqual(problems, [{ key: 'zanmark.citations.locatorStyle', expected: 'choice', choices: ['[n, p б.]', '[n, pб.]', 'consistent'] }]);
});

test('citation.page-range-reversed: [4, 13-12 б.]', () => {
  assert.deepEqual(findings(`Мәтін [3, 13-12 б.] және [2, с. 90–81] және [1, 12-13 б.].${LIST}`, 'citation.page-range-reversed'), [
    `0:10-15 citation.page-range-reversed ${E} The page range 13-12 runs backwards: page 13 comes after page 12`,
    `0:32-37 citation.page-range-reversed ${E} The page range 90–81 runs backwards: page 90 comes after page 81`,
  ]);
});

test('each code follows its zanmark.diagnostics.<code> setting', () => {
  const text = lines('Мәтін [] [3] [2, 5-4 б.] [1,2б.] [9].', '', 'Әдебиеттер', '1. Бір.', '2. Екі.', '2. Екі тағы.', '3. Үш.', '5. Бес.');
  const codes = (settings: Settings) => service.getDiagnostics(source(text), settings).map((d) => `${d.code}:${d.severity}`).sort();
  assert.deepEqual(codes(DEFAULT_SETTINGS), [
    'citation.duplicate-entry:2', 'citation.empty:1', 'citation.locator-format:2', 'citation.numbering:2', 'citation.order:3',
    'citation.page-range-reversed:1', 'citation.unresolved:1', 'citation.unused-entry:4',
  ]);
  const allHints = resolveSettings([new Map(Object.keys(DEFAULT_SEVERITIES).map((c) => [`zanmark.diagnostics.${c}`, 'hint']))]);
  assert.ok(codes(allHints).every((c) => c.endsWith(':4')));
  const allOff = resolveSettings([new Map(Object.keys(DEFAULT_SEVERITIES).map((c) => [`zanmark.diagnostics.${c}`, 'off']))]);
  assert.deepEqual(codes(allOff), []);
});

test('bad input: unbalanced and nested brackets, huge numbers and ranges, a list of duplicates', () => {
  const text = lines('[1 [2] [[3]] ]4] [99999999999999999999] [1–100000000] [', '', 'Әдебиеттер', '1. Бір.', '1. Бір.', '3. Үш.');
  assert.deepEqual(findings(text), [
    `0:4-5 citation.unresolved ${E} No entry 2 in the reference list`,
    `0:18-38 citation.unresolved ${E} No entry 99999999999999999999 in the reference list`,
    `0:41-52 citation.unresolved ${E} No entries 2, 4, 5, 6, 7, … in the reference list`,
    `0:41-52 citation.order ${I} Source 1 is first cited after source 3: the reference list is not in order of first citation`,
    `4:0-2 citation.duplicate-entry ${W} Entry number 1 is already used on line 4: citations of 1 go to that entry`,
    `4:0-2 citation.numbering ${W} The reference list is not numbered 1…3: entry 2 is numbered 1`,
  ]);
});
