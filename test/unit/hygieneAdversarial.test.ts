import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyReplacements } from '../../server/src/features/edits';
import { createLanguageService } from '../../server/src/service';
import { DEFAULT_SETTINGS } from '../../server/src/settings';

const service = createLanguageService();
let n = 0;
const source = (text: string) => ({ uri: `file:///b/${n++}.legal`, version: 1, getText: () => text });
const MB = 1 << 20;
const safeFixes = (text: string) => service.getSafeFixes(source(text), DEFAULT_SETTINGS);

/** Adversarial 1 MB inputs for the script and text-hygiene rules (SPEC §12): each must finish, in linear time. */
const ADVERSARIAL: Record<string, string> = {
  'commas': ','.repeat(MB),
  'ә': 'ә'.repeat(MB),
  'ə': 'ə'.repeat(MB),
  'mixed ə words': 'мəселе '.repeat(MB / 7),
  'spaces': ' '.repeat(MB),
  'repeated words': 'мем '.repeat(MB / 4),
  'digits in words': 'к0к0'.repeat(MB / 4),
};

for (const [name, text] of Object.entries(ADVERSARIAL)) {
  test(`1 MB of ${name}: every check finishes (linear patterns)`, { timeout: 30_000 }, () => {
    const diagnostics = service.getDiagnostics(source(text), DEFAULT_SETTINGS);
    assert.ok(Array.isArray(diagnostics));
    const fixed = applyReplacements(text, safeFixes(text));
    assert.ok(typeof fixed === 'string');
  });
}
