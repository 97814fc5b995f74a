import * as fs from 'fs';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * A file's text (a leading byte-order mark dropped), or undefined when it is missing, unreadable or
 * not UTF-8 text: NUL bytes near the start, or invalid sequences.
 */
export function readTextFile(file: string): string | undefined {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  if (bytes.subarray(0, 65536).includes(0)) return undefined;
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}
