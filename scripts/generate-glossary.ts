// Regenerates server/src/data/glossary.json from the official texts in ../shared/corpus.
//   npm run glossary
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { GLOSSARY_FILE, generateGlossary } from './glossaryGenerator';

const root = process.cwd();
const json = generateGlossary(root);
writeFileSync(path.join(root, GLOSSARY_FILE), json);
const count = (JSON.parse(json) as { entries: unknown[] }).entries.length;
process.stdout.write(`${GLOSSARY_FILE}: ${count} definitions\n`);
