import type { CompletionItem } from 'vscode-languageserver-types';
import { CompletionItemKind, MarkupKind } from 'vscode-languageserver-types';
import { CompletionProvider } from '../completion';

const MAX_LOOKBACK = 300;
const FIRST_WORDS = 6;
const FIRST_WORDS_LENGTH = 60;

/**
 * After `[` (or `;` or `,` inside a citation): the entries of the reference list, numbered, with
 * their first words. What the author has typed since the separator (`3`, `Наз`) is replaced.
 */
export const citationCompletion: CompletionProvider = (document, offset) => {
  const entries = document.references?.entries ?? [];
  if (entries.length === 0) return undefined;
  const text = document.text;
  const lineStart = document.lines.lineStarts[document.lines.lineOf(offset)];
  const from = Math.max(lineStart, offset - MAX_LOOKBACK);
  const before = text.slice(from, offset);
  const open = before.lastIndexOf('[');
  if (open < 0 || before.indexOf(']', open) >= 0) return undefined;
  const inside = before.slice(open + 1);
  const typed = /[\p{L}\p{N}]*$/u.exec(inside)![0];
  const head = inside.slice(0, inside.length - typed.length);
  if (!/(^|[;,])[ \u00a0]*$/.test(head)) return undefined;
  const range = document.lines.rangeOf({ start: offset - typed.length, end: offset });
  const seen = new Set<number>();
  const items: CompletionItem[] = [];
  for (const entry of entries) {
    if (seen.has(entry.number)) continue;
    seen.add(entry.number);
    const label = String(entry.number);
    items.push({
      label,
      labelDetails: { description: firstWords(entry.text) },
      kind: CompletionItemKind.Reference,
      detail: firstWords(entry.text),
      documentation: { kind: MarkupKind.PlainText, value: entry.transliteration ? `${entry.text}\n\n${entry.transliteration.text}` : entry.text },
      sortText: label.padStart(6, '0'),
      filterText: `${label} ${entry.text}`,
      textEdit: { range, newText: label },
    });
  }
  return items;
};

/** Up to six words and sixty characters, cut between words. */
function firstWords(text: string): string {
  let short = '';
  for (const word of text.split(' ').slice(0, FIRST_WORDS)) {
    const longer = short ? `${short} ${word}` : word;
    if (short && longer.length > FIRST_WORDS_LENGTH) break;
    short = longer;
  }
  return short.length < text.length ? `${short}…` : short;
}
