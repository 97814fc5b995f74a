import type { Match } from 'approx-string-match' with { 'resolution-mode': 'import' };

// approx-string-match ships only ES modules; esbuild bundles it into the CommonJS server and CLI.
const approx = require('approx-string-match') as { default: (text: string, pattern: string, maxErrors: number) => Match[] };

/** Myers' approximate matching: the best matches of `pattern` in `text` with at most `maxErrors` edits. */
export function search(text: string, pattern: string, maxErrors: number): Match[] {
  return approx.default(text, pattern, maxErrors);
}
