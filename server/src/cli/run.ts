import * as path from 'path';
import { pathToFileURL } from 'url';
import * as l10n from '@vscode/l10n';
import { runAnnotations } from './annotations';
import { InputError, collectFiles } from './files';
import { fixCitationOrder } from './fixCitationOrder';
import { fixText, writeAtomically } from './fix';
import { FileReport, formatJson, formatSarif, formatText, totals } from './report';
import { readProjectConfig } from '../projectConfig';
import { createLanguageService } from '../service';
import { Settings, resolveSettings } from '../settings';
import { describeProblem } from '../settingsStore';
import { ZANMARK_VERSION } from '../version';

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

interface CheckOptions {
  readonly paths: string[];
  readonly format: Format;
  readonly maxWarnings: number | undefined;
  readonly fixCitationOrder: boolean;
  /** Apply every safe fix and write the files that change. */
  readonly fix: boolean;
}

function usage(): string {
  return [
    l10n.t('Usage: zanmark check [paths or globs…] [--format text|json|sarif] [--fix] [--max-warnings N]'),
    '',
    l10n.t('Checks legal texts (*.legal, *.txt) as the Zanmark extension does and prints its findings.'),
    l10n.t('--fix applies every safe fix, rewrites the files that change and reports what is left.'),
    l10n.t('Exit status: 0 when there are no errors, 1 when there are errors or more warnings than --max-warnings, 2 when the input cannot be read.'),
    '',
    l10n.t('--fix-citation-order  renumbers each reference list by order of first citation and rewrites every citation, changing the files; it is never part of the other fixes, and goes together with --fix when both are wanted. The findings printed are those of the renumbered text.'),
  ].join('\n');
}

/** Runs the CLI; returns the exit status. Output goes to the given streams. */
export function run(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
  const fail = (message: string) => {
    err(`zanmark: ${message}\n`);
    return 2;
  };
  const [command, ...rest] = argv;
  if (command === undefined) {
    err(`${usage()}\n`);
    return 2;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    out(`${usage()}\n`);
    return 0;
  }
  if (command === '--version' || command === '-v') {
    out(`${ZANMARK_VERSION}\n`);
    return 0;
  }
  if (command === 'annotations') return runAnnotations(rest, out, err);
  if (command !== 'check') return fail(l10n.t('unknown command {0} (see zanmark --help)', command));

  let options: CheckOptions;
  try {
    options = parseCheckOptions(rest);
  } catch (e) {
    if (e instanceof InputError) return fail(e.message);
    throw e;
  }
  const service = createLanguageService();
  const settingsCache = new Map<string, Settings>();
  const settingsFor = (file: string): Settings => {
    const dir = path.dirname(path.resolve(file));
    let settings = settingsCache.get(dir);
    if (!settings) {
      const project = readProjectConfig(dir);
      if (project.kind === 'invalid') {
        throw new InputError(project.reason === 'syntax'
          ? l10n.t('{0} is not valid JSON ({1})', project.file, project.detail ?? '')
          : l10n.t('{0} must hold an object of settings', project.file));
      }
      const problems: Parameters<typeof resolveSettings>[1] = [];
      settings = resolveSettings(project.kind === 'ok' ? [project.settings] : [], problems);
      if (problems.length > 0) throw new InputError(describeProblem(problems[0]));
      settingsCache.set(dir, settings);
    }
    return settings;
  };

  let reports: FileReport[];
  try {
    const languages = settingsFor(path.join(process.cwd(), 'file')).languages;
    const collected = collectFiles(options.paths, languages);
    const files = options.fixCitationOrder ? fixCitationOrder(collected, service, (line) => err(`zanmark: ${line}\n`)) : collected;
    reports = files.map((file) => {
      let text = file.text;
      if (options.fix) {
        const fixed = fixText(service, fileUri(file.path), text, settingsFor(file.path));
        if (fixed.fixes > 0 && fixed.text !== text) {
          try {
            writeAtomically(file.path, fixed.text);
          } catch (e) {
            throw new InputError(l10n.t('cannot write {0}: {1}', file.path, e instanceof Error ? e.message : String(e)));
          }
          err(`${l10n.t('{0}: {1} fixes applied', file.path, fixed.fixes)}\n`);
          text = fixed.text;
        }
      }
      return {
        file: file.path,
        diagnostics: service.getDiagnostics({ uri: fileUri(file.path), version: 0, getText: () => text }, settingsFor(file.path)),
      };
    });
  } catch (e) {
    if (e instanceof InputError) return fail(e.message);
    throw e;
  }

  if (options.format === 'json') out(formatJson(reports));
  else if (options.format === 'sarif') out(formatSarif(reports, ZANMARK_VERSION));
  else out(formatText(reports));

  const t = totals(reports);
  if (t.errors > 0) return 1;
  if (options.maxWarnings !== undefined && t.warnings > options.maxWarnings) {
    err(`zanmark: ${l10n.t('{0} warnings found; at most {1} are allowed', t.warnings, options.maxWarnings)}\n`);
    return 1;
  }
  return 0;
}

function parseCheckOptions(args: readonly string[]): CheckOptions {
  const paths: string[] = [];
  let format: Format = 'text';
  let maxWarnings: number | undefined;
  let fixOrder = false;
  let fix = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined) throw new InputError(l10n.t('option {0} needs a value', name));
      return v;
    };
    if (name === '--format' || name === '-f') {
      const v = value();
      if (!(FORMATS as readonly string[]).includes(v)) throw new InputError(l10n.t('unknown format {0}: use text, json or sarif', v));
      format = v as Format;
    } else if (name === '--max-warnings') {
      const v = value();
      if (!/^\d+$/.test(v)) throw new InputError(l10n.t('--max-warnings needs a whole number, not {0}', v));
      maxWarnings = Number(v);
    } else if (name === '--fix-citation-order') {
      fixOrder = true;
    } else if (name === '--fix' && inline === undefined) {
      fix = true;
    } else if (name === '--') {
      paths.push(...args.slice(i + 1));
      break;
    } else if (name.startsWith('-') && name !== '-') {
      throw new InputError(l10n.t('unknown option {0} (see zanmark --help)', name));
    } else {
      paths.push(arg);
    }
  }
  return { paths: paths.length ? paths : ['.'], format, maxWarnings, fixCitationOrder: fixOrder, fix };
}

function fileUri(file: string): string {
  return pathToFileURL(path.resolve(file)).href;
}
