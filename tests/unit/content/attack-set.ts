// Builds one content folder that holds every broken fixture at once (each model renamed after its
// fixture so they do not collide) plus the attacks that cannot be committed as plain files:
// symbolic links out of the repository and in a loop, invalid UTF-8, an oversized file and a raw
// bidi override. Used to show that one validation run reports every problem, and that a build of
// such content fails.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

/** Generated attacks: a file (relative to the content folder) and what the validator must say. */
export const GENERATED: Record<string, [file: RegExp, field: RegExp, message: RegExp]> = {
  'symlink-out': [/models\/acme\/leak\.mdx$/, /^\(file\)$/, /symbolic links are not allowed/],
  'symlink-loop': [/sources\/loop$/, /^\(file\)$/, /symbolic links are not allowed/],
  'invalid-utf8': [/sources\/bad-bytes\.yaml$/, /^line 2$/, /not valid UTF-8/],
  'oversized-file': [/sources\/huge\.yaml$/, /^\(file\)$/, /over the 16 KB limit/],
  'raw-bidi-in-article': [/models\/acme\/mirror\.mdx$/, /^line 10$/, /invisible control character \(U\+202E\)/],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

/** A temporary content folder with the valid fixtures, every broken fixture and the generated attacks. */
export function buildAttackSet(rules: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'atlas-attacks-'));
  const content = join(root, 'content');
  cpSync(join(FIXTURES, 'valid'), content, { recursive: true });
  for (const rule of rules) {
    const dir = join(FIXTURES, 'broken', rule);
    for (const full of files(dir)) {
      const rel = relative(dir, full).replace(/rocket-([345])\.mdx$/, `rocket-$1-${rule}.mdx`);
      const text = readFileSync(full, 'utf8')
        .replace(/acme\/rocket-([345])\b/g, `acme/rocket-$1-${rule}`)
        .replace(/^name: Rocket ([345])$/m, `name: Rocket $1 ${rule}`);
      mkdirSync(join(content, rel, '..'), { recursive: true });
      writeFileSync(join(content, rel), text);
    }
  }
  symlinkSync('/etc/hostname', join(content, 'models', 'acme', 'leak.mdx'));
  symlinkSync('.', join(content, 'sources', 'loop'));
  writeFileSync(join(content, 'sources', 'bad-bytes.yaml'), Buffer.concat([Buffer.from('publisher: Acme AI\ntitle: Bad '), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]));
  writeFileSync(join(content, 'sources', 'huge.yaml'), `publisher: Acme AI\ntitle: ${'x'.repeat(1024 * 1024)}\n`);
  writeFileSync(
    join(content, 'models', 'acme', 'mirror.mdx'),
    '---\nname: Mirror\nprovider: acme\nfamily: rocket\nsummary: A fictional model whose article hides reversed text.\nstatus:\n  - { status: ga, date: 2024-06-01, source: acme-launch }\n---\n\nMirror \u202Eesrever\u202C is fictional <Cite id="acme-launch" />.\n',
  );
  return root;
}
