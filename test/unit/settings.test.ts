import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseProjectConfig } from '../../server/src/projectConfig';
import { SettingProblem, flattenSettings, resolveSettings } from '../../server/src/settings';

test('nested and dotted settings flatten to the same full keys', () => {
  const nested = flattenSettings({ zanmark: { diagnostics: { citation: { unresolved: 'off' } }, languages: ['legal-text'] } });
  const dotted = flattenSettings({ 'zanmark.diagnostics.citation.unresolved': 'off', 'zanmark.languages': ['legal-text'] });
  const mixed = flattenSettings({ 'zanmark.diagnostics': { 'citation.unresolved': 'off' }, 'zanmark.languages': ['legal-text'] });
  assert.deepEqual(new Map(nested), new Map(dotted));
  assert.deepEqual(new Map(mixed), new Map(dotted));
  assert.deepEqual([...flattenSettings({ diagnostics: { 'citation.unresolved': 'hint' } }, 'zanmark')], [['zanmark.diagnostics.citation.unresolved', 'hint']]);
});

test('later layers win, and invalid values are reported and ignored', () => {
  const project = new Map<string, unknown>([['zanmark.diagnostics.citation.unresolved', 'warning'], ['zanmark.languages', ['legal-text', 'markdown']]]);
  const editor = new Map<string, unknown>([['zanmark.diagnostics.citation.unresolved', 'loud'], ['zanmark.languages', 'markdown']]);
  const problems: SettingProblem[] = [];
  const settings = resolveSettings([project, editor], problems);
  assert.equal(settings.diagnostics.get('citation.unresolved'), 'warning');
  assert.deepEqual(settings.languages, ['legal-text', 'markdown']);
  assert.deepEqual(problems, [
    { key: 'zanmark.diagnostics.citation.unresolved', expected: 'severity' },
    { key: 'zanmark.languages', expected: 'language-list' },
  ]);
  const overridden = resolveSettings([project, new Map([['zanmark.diagnostics.citation.unresolved', 'error']])]);
  assert.equal(overridden.diagnostics.get('citation.unresolved'), 'error');
});

test('.zanmark.json: settings, broken JSON, and a file that is not an object', () => {
  const ok = parseProjectConfig('/w/.zanmark.json', '\uFEFF{ "zanmark.diagnostics.citation.unresolved": "off" }');
  assert.equal(ok.kind, 'ok');
  assert.deepEqual(ok.kind === 'ok' && [...ok.settings], [['zanmark.diagnostics.citation.unresolved', 'off']]);
  const broken = parseProjectConfig('/w/.zanmark.json', '{ "zanmark.languages": [ }');
  assert.equal(broken.kind, 'invalid');
  assert.equal(broken.kind === 'invalid' && broken.reason, 'syntax');
  const array = parseProjectConfig('/w/.zanmark.json', '[1, 2]');
  assert.equal(array.kind === 'invalid' && array.reason, 'not-an-object');
});
