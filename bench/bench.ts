// npm run bench: one JSON line per figure, {"name", "value", "unit"} (SPEC §11).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';
import { parseDocument } from '../server/src/model';
import { createLanguageService } from '../server/src/service';
import { DEFAULT_SETTINGS } from '../server/src/settings';
import { citationFigures } from './citations';
import { termLatency, workspaceIndexing } from './termsBench';

const ROOT = path.resolve(__dirname, '..', '..');
const MB = 1 << 20;

function emit(name: string, value: number, unit: string): void {
  process.stdout.write(`${JSON.stringify({ name, value: Number(value.toFixed(2)), unit })}\n`);
}

/** The seeds, repeated until the text reaches `bytes` of UTF-8. */
function seedsCorpus(bytes: number): string {
  const seeds = fs.readdirSync(path.join(ROOT, 'seeds')).sort().map((f) => fs.readFileSync(path.join(ROOT, 'seeds', f), 'utf8')).join('\n');
  const seedBytes = Buffer.byteLength(seeds);
  return Array.from({ length: Math.ceil(bytes / seedBytes) }, () => seeds).join('\n');
}

/** The floor any analysis pays: one pass that finds every word and number. */
function bareTokenizer(text: string): number {
  let count = 0;
  const token = /[\p{L}\p{N}]+/gu;
  while (token.exec(text)) count++;
  return count;
}

function best(runs: number, fn: () => void): number {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    fastest = Math.min(fastest, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return fastest;
}

function analysisThroughput(): void {
  const text = seedsCorpus(10 * MB);
  const megabytes = Buffer.byteLength(text) / MB;
  let version = 0;
  const analysisMs = best(5, () => {
    const service = createLanguageService();
    const source = { uri: 'file:///bench.legal', version: ++version, getText: () => text };
    service.getDiagnostics(source, DEFAULT_SETTINGS);
    service.getDocumentSymbols(source);
    service.getFoldingRanges(source);
  });
  const tokenizerMs = best(5, () => bareTokenizer(text));
  emit('analysis_mb_per_s', megabytes / (analysisMs / 1000), 'MB/s');
  emit('tokenizer_mb_per_s', megabytes / (tokenizerMs / 1000), 'MB/s');
  emit('analysis_to_tokenizer_ratio', analysisMs / tokenizerMs, 'x');
}

function outlineLatency(): void {
  const text = seedsCorpus(5 * MB);
  let version = 0;
  const ms = best(5, () => {
    const service = createLanguageService();
    service.getDocumentSymbols({ uri: 'file:///outline.legal', version: ++version, getText: () => text });
  });
  emit('outline_ms_5mb', ms, 'ms');
}

/** Time from didOpen of a 1 MB document to its diagnostics, over stdio with the bundled server. */
async function firstDiagnosticsOverLsp(): Promise<void> {
  const text = seedsCorpus(MB);
  const server = spawn(process.execPath, [path.join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  connection.sendNotification('initialized', {});
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    const uri = `file:///bench-${i}.legal`;
    const received = new Promise<void>((resolve) => {
      const listener = connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string }) => {
        if (params.uri === uri) {
          listener.dispose();
          resolve();
        }
      });
    });
    const start = process.hrtime.bigint();
    connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'legal-text', version: 1, text } });
    await received;
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  await connection.sendRequest('shutdown');
  connection.sendNotification('exit');
  connection.dispose();
  // Pushed diagnostics wait out a short debounce after each change; the figure includes it.
  emit('first_diagnostics_ms_1mb_lsp', Math.min(...samples), 'ms');
}

function bundleSizes(): void {
  for (const [name, file] of [['client_bundle_kb', 'client.js'], ['server_bundle_kb', 'server.js']] as const) {
    emit(name, fs.statSync(path.join(ROOT, 'dist', file)).size / 1024, 'KB');
  }
}

async function main(): Promise<void> {
  parseDocument({ uri: 'warm', version: 0, getText: () => seedsCorpus(MB) });
  // First, while the heap is small: the linearity figure compares two sizes and is sensitive to GC.
  citationFigures(ROOT, emit);
  analysisThroughput();
  outlineLatency();
  await firstDiagnosticsOverLsp();
  await termLatency(ROOT, seedsCorpus(5 * MB), emit);
  await workspaceIndexing(ROOT, emit);
  bundleSizes();
}

void main();
