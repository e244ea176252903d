import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fieldReference, withFieldReference } from '../../../src/lib/outputs/field-reference.ts';

describe('field reference in CONTRIBUTING.md', () => {
  it('lists every field with its type and the description the schema gives it', () => {
    const text = fieldReference();
    expect(text).toContain('| `specs.contextWindow` |');
    expect(text).toMatch(/\| `specs\.contextWindow` \| object or list of object \|  \| Tokens, exactly as the maker publishes them/);
    expect(text).toContain('| `status[].status` | `preview` \\| `ga` \\| `deprecated` \\| `retired` | yes |');
    expect(text).toContain('| `url` | URL | yes |');
  });
  it('is up to date (fix: npm run schema, then commit CONTRIBUTING.md)', () => {
    const file = readFileSync(join(import.meta.dirname, '..', '..', '..', 'CONTRIBUTING.md'), 'utf8');
    expect(withFieldReference(file)).toBe(file);
  });
});
