// A scratch copy of the import fixture (content, mapping, upstream files) per test, and a snapshot
// of every file in it, so a test can tell exactly what an import wrote.
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runImport, type ImportArgs } from '../../../../src/lib/content/import/run.ts';

export const FIXTURE = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'import');
export const COMMIT = '0123456789abcdef0123456789abcdef01234567';
export const TODAY = '2026-12-01';

export function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-import-'));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[relative(dir, full)] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return out;
}

export function importInto(dir: string, args: Partial<ImportArgs> & Pick<ImportArgs, 'upstream'>) {
  const path = args.upstream === 'models-dev' ? join(dir, 'models-dev') : join(dir, 'litellm.json');
  return runImport({ path, root: dir, today: TODAY, commit: COMMIT, ...args });
}
