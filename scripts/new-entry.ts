// npm run new:model -- <provider>/<id>   (also new:provider, new:family, new:benchmark, new:source)
// Writes a skeleton that validates as written and prints what to do next.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { readContent } from '../src/lib/content/reader.ts';
import { ENTRY_KINDS, existingIdsOf, scaffoldEntry, type EntryKind } from '../src/lib/content/scaffold.ts';

const [kind, ...rest] = process.argv.slice(2);
const options = new Map<string, string>();
const positional: string[] = [];
for (let i = 0; i < rest.length; i++) {
  const match = /^--([a-z-]+)(?:=(.*))?$/.exec(rest[i]);
  if (match) options.set(match[1], match[2] ?? rest[++i] ?? '');
  else positional.push(rest[i]);
}

const usage = [
  'Usage:',
  '  npm run new:model -- <provider>/<model-id>',
  '  npm run new:provider -- <id>',
  '  npm run new:family -- <id> --provider <provider-id>',
  '  npm run new:benchmark -- <id>',
  '  npm run new:source -- <id>',
].join('\n');

if (!ENTRY_KINDS.includes(kind as EntryKind) || positional.length !== 1) {
  console.error(usage);
  process.exit(2);
}

const root = process.cwd();
const result = scaffoldEntry({
  kind: kind as EntryKind,
  id: positional[0],
  existing: existingIdsOf(readContent(resolve(root, 'content'), root).entries),
  today: new Date().toISOString().slice(0, 10),
  provider: options.get('provider'),
});

if (!result.ok) {
  console.error(`✗ ${result.error}`);
  process.exit(1);
}

const file = resolve(root, result.path);
mkdirSync(dirname(file), { recursive: true });
// 'wx' refuses to overwrite, even if the file appeared since content/ was read.
writeFileSync(file, result.text, { flag: 'wx' });
console.log(`✓ wrote ${result.path}\n\nNext steps:`);
result.nextSteps.forEach((step, i) => console.log(`  ${i + 1}. ${step}`));
