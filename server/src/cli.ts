import { run } from './cli/run';
import { environmentLocale, useLocale } from './localization';

useLocale(environmentLocale());
process.exitCode = run(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s));
