import * as fs from 'fs';
import * as path from 'path';
import { flattenSettings } from './settings';

/** The workspace settings file that the CLI and every editor read: the same keys as VS Code's settings. */
export const PROJECT_CONFIG_FILE = '.zanmark.json';

export type ProjectConfig =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly file: string; readonly settings: ReadonlyMap<string, unknown> }
  | { readonly kind: 'invalid'; readonly file: string; readonly reason: 'syntax' | 'not-an-object'; readonly detail?: string };

/** Reads the nearest `.zanmark.json` in `directory` or above it. */
export function readProjectConfig(directory: string): ProjectConfig {
  for (let dir = path.resolve(directory); ; dir = path.dirname(dir)) {
    const file = path.join(dir, PROJECT_CONFIG_FILE);
    let content: string | undefined;
    try {
      content = fs.readFileSync(file, 'utf8');
    } catch {
      content = undefined;
    }
    if (content !== undefined) return parseProjectConfig(file, content);
    if (path.dirname(dir) === dir) return { kind: 'none' };
  }
}

export function parseProjectConfig(file: string, content: string): ProjectConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { kind: 'invalid', file, reason: 'syntax', detail: e instanceof Error ? e.message : String(e) };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { kind: 'invalid', file, reason: 'not-an-object' };
  }
  return { kind: 'ok', file, settings: flattenSettings(raw) };
}
