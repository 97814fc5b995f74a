import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../support';

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sources(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every `l10n.t('…')` message in the client and the server. */
function messages(): Set<string> {
  const found = new Set<string>();
  for (const file of [...sources(path.join(ROOT, 'server', 'src')), ...sources(path.join(ROOT, 'client', 'src'))]) {
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) found.add(m[1].replace(/\\'/g, "'"));
  }
  return found;
}

const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

for (const locale of ['kk', 'ru']) {
  test(`every message has a ${locale} translation with the same placeholders`, () => {
    const bundle = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', `bundle.l10n.${locale}.json`), 'utf8')) as Record<string, string>;
    const all = messages();
    assert.ok(all.size > 20);
    for (const message of all) {
      assert.ok(bundle[message], `${locale}: no translation of "${message}"`);
      assert.deepEqual(placeholders(bundle[message]), placeholders(message), message);
    }
    assert.deepEqual(Object.keys(bundle).filter((k) => !all.has(k)), [], `${locale}: translations of messages no longer used`);
  });

  test(`package.nls.${locale}.json translates every manifest string`, () => {
    const english = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const translated = JSON.parse(fs.readFileSync(path.join(ROOT, `package.nls.${locale}.json`), 'utf8')) as Record<string, string>;
    assert.deepEqual(Object.keys(translated).sort(), Object.keys(english).sort());
    const manifest = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    for (const m of manifest.matchAll(/"%([^%"]+)%"/g)) assert.ok(english[m[1]], `package.nls.json has ${m[1]}`);
  });
}
