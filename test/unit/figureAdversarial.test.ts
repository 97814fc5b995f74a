import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyReplacements } from '../../server/src/features/edits';
import { createLanguageService } from '../../server/src/service';
import { DEFAULT_SETTINGS } from '../../server/src/settings';

const service = createLanguageService();
let n = 0;
const source = (text: string) => ({ uri: `file:///a/${n++}.legal`, version: 1, getText: () => text });
const MB = 1 << 20;
const safeFixes = (text: string) => service.getSafeFixes(source(text), DEFAULT_SETTINGS);

/** Adversarial 1 MB inputs for the figure recognizer and rules (SPEC §12): each must finish, in linear time. */
const ADVERSARIAL: Record<string, string> = {
  'digits and spaces': '1 '.repeat(MB / 2),
  'digits': '7'.repeat(MB),
  'decimal spaces': '1, 2% '.repeat(MB / 6),
  'thousands groups': '1 000 '.repeat(MB / 6),
  'dashes': '1-2-'.repeat(MB / 4),
  'dates': '2009 жылғы 24 '.repeat(MB / 14),
  'periods': '.'.repeat(MB),
};

for (const [name, text] of Object.entries(ADVERSARIAL)) {
  test(`1 MB of ${name}: every check finishes (linear patterns)`, { timeout: 30_000 }, () => {
    const diagnostics = service.getDiagnostics(source(text), DEFAULT_SETTINGS);
    assert.ok(Array.isArray(diagnostics));
    const fixed = applyReplacements(text, safeFixes(text));
    assert.ok(typeof fixed === 'string');
  });
}
