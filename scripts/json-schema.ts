// npm run schema — writes schemas/*.schema.json from the zod schemas in src/schemas/.
// Run it after changing a schema and commit the result; a unit test fails when they differ.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { jsonSchemaFiles } from '../src/lib/outputs/json-schema.ts';
import { withFieldReference } from '../src/lib/outputs/field-reference.ts';

const root = process.cwd();
for (const { path, text } of jsonSchemaFiles()) {
  const file = resolve(root, path);
  const unchanged = existsSync(file) && readFileSync(file, 'utf8') === text;
  if (!unchanged) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  console.log(`${unchanged ? '  unchanged' : '✓ wrote    '} ${path}`);
}

// The field reference in CONTRIBUTING.md comes from the same schemas.
const contributing = resolve(root, 'CONTRIBUTING.md');
const before = readFileSync(contributing, 'utf8');
const after = withFieldReference(before);
if (after !== before) writeFileSync(contributing, after);
console.log(`${after === before ? '  unchanged' : '✓ wrote    '} CONTRIBUTING.md (field reference)`);
