import { parse } from './test/support';
import { BUILTIN_GLOSSARY } from './server/src/terms/builtinGlossary';
import { TermRegistry } from './server/src/terms/termRegistry';
const reg = new TermRegistry(BUILTIN_GLOSSARY, []);
for (const t of process.argv.slice(2)) {
  const d = parse(t);
  console.log(t, JSON.stringify(reg.matcher.findOccurrences(d.folded, d.words).map((o) => [d.text.slice(o.span.start, o.span.end), o.termId])));
}
