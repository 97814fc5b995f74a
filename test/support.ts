import * as fs from 'fs';
import * as path from 'path';
import { LegalDocument, Span, parseDocument } from '../server/src/model';

/** The repository root, found from the compiled test's folder or the working directory. */
export const ROOT = ((): string => {
  for (const start of [__dirname, process.cwd()]) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'seeds'))) return dir;
      if (path.dirname(dir) === dir) break;
    }
  }
  throw new Error('repository root not found');
})();

export const SEEDS = ['000_295fc278403f80be.txt', '001_b7e40a22d0be414a.txt', '002_1dfbad7d03d8aaf7.txt', '003_67cdf9ecf2044f40.txt'];

export function seed(name: string): string {
  return fs.readFileSync(path.join(ROOT, 'seeds', name), 'utf8');
}

export function article(name: string): string {
  return fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'articles', name), 'utf8');
}

export function parse(text: string, uri = 'file:///test/article.legal'): LegalDocument {
  return parseDocument({ uri, version: 1, getText: () => text });
}

/** Text with `$$` cursor markers removed, and the offsets where they stood. */
export function marked(withMarkers: string): { text: string; offsets: number[] } {
  const parts = withMarkers.split('$$');
  const offsets: number[] = [];
  let text = '';
  parts.forEach((part, i) => {
    if (i > 0) offsets.push(text.length);
    text += part;
  });
  return { text, offsets };
}

export function textOf(document: LegalDocument, span: Span): string {
  return document.text.slice(span.start, span.end);
}

export function lines(...parts: string[]): string {
  return parts.join('\n');
}
