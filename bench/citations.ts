// Citation figures for `npm run bench`: resolution throughput and its linearity, navigation latency.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CitationIndex, findCitations, parseDocument } from '../server/src/model';
import { createLanguageService } from '../server/src/service';

type Emit = (name: string, value: number, unit: string) => void;
const MB = 1 << 20;

/** The body of the outline fixture (seven citations every 10 KB) repeated to `bytes`, then its two lists. */
function citedCorpus(root: string, bytes: number): string {
  const article = fs.readFileSync(path.join(root, 'test', 'fixtures', 'articles', 'outline.legal'), 'utf8');
  const listAt = article.indexOf('\nӘдебиеттер\n');
  const body = article.slice(0, listAt);
  const copies = Math.ceil(bytes / Buffer.byteLength(body));
  return `${Array.from({ length: copies }, () => body).join('\n')}${article.slice(listAt)}`;
}

/**
 * Milliseconds to find every citation of a text and resolve it against the reference list: the
 * index that definition, hover, references and the citation checks read (best of twenty, so
 * that garbage collection left over from parsing does not count).
 */
function resolutionMs(text: string): number {
  const references = parseDocument({ uri: 'file:///citations.legal', version: 1, getText: () => text }).references;
  let fastest = Infinity;
  for (let i = 0; i < 20; i++) {
    const start = process.hrtime.bigint();
    void new CitationIndex(findCitations(text), references).citedOrder;
    fastest = Math.min(fastest, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return fastest;
}

function p99(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))];
}

export function citationFigures(root: string, emit: Emit): void {
  const small = citedCorpus(root, MB);
  const large = citedCorpus(root, 8 * MB);
  const smallMs = resolutionMs(small);
  const largeMs = resolutionMs(large);
  const smallMb = Buffer.byteLength(small) / MB;
  const largeMb = Buffer.byteLength(large) / MB;
  emit('citation_resolution_mb_per_s', largeMb / (largeMs / 1000), 'MB/s');
  // Time per megabyte at 8 MB over time per megabyte at 1 MB: about 1 when resolution is linear.
  emit('citation_resolution_linearity', largeMs / largeMb / (smallMs / smallMb), 'x');

  const text = citedCorpus(root, 5 * MB);
  const service = createLanguageService();
  const source = { uri: 'file:///navigation.legal', version: 1, getText: () => text };
  const model = service.getModel(source);
  void model.citationIndex;
  const step = Math.max(1, Math.floor(model.citations.length / 2000));
  const positions = model.citations.filter((_, i) => i % step === 0).map((c) => model.lines.positionAt(c.items[0]?.first.span.start ?? c.span.start));
  const time = (fn: () => unknown) => {
    const start = process.hrtime.bigint();
    fn();
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  emit('citation_definition_p99_ms_5mb', p99(positions.map((p) => time(() => service.getDefinition(source, p)))), 'ms');
  emit('citation_hover_p99_ms_5mb', p99(positions.map((p) => time(() => service.getHover(source, p)))), 'ms');
}
