// npm run schema — writes schemas/*.schema.json from the zod schemas in src/schemas/.
// Run it after changing a schema and commit the result; a unit test fails when they differ.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { jsonSchemaFiles } from '../src/lib/outputs/json-schema.ts';

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
