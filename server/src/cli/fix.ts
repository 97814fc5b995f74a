import * as fs from 'fs';
import * as path from 'path';
import { applyReplacements } from '../features/edits';
import { LanguageService } from '../service';
import { Settings } from '../settings';

/** Fix-all runs again while fixes that overlapped an earlier one remain, up to this many times. */
const MAX_PASSES = 5;

/** The text with every safe fix applied, and how many fixes that took. */
export function fixText(service: LanguageService, uri: string, text: string, settings: Settings): { text: string; fixes: number } {
  let current = text;
  let fixes = 0;
  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    const replacements = service.getSafeFixes({ uri, version: -pass, getText: () => current }, settings);
    if (replacements.length === 0) break;
    const next = applyReplacements(current, replacements);
    if (next === current) break;
    fixes += replacements.length;
    current = next;
  }
  service.forget(uri);
  return { text: current, fixes };
}

/**
 * Replaces a file's content atomically: the new text goes to a temporary file beside it, which
 * then takes the file's place, so an interrupted run leaves the old file or the new one.
 */
export function writeAtomically(file: string, text: string): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.zanmark-${process.pid}.tmp`);
  try {
    const mode = fs.statSync(file).mode;
    fs.writeFileSync(temporary, text, { mode });
    fs.renameSync(temporary, file);
  } catch (e) {
    fs.rmSync(temporary, { force: true });
    throw e;
  }
}
