// npm run validate [-- <content-dir>] — checks every content file and prints every problem.
import { resolve } from 'node:path';
import { formatProblem } from '../src/lib/content/problem.ts';
import { loadContent } from '../src/lib/content/load.ts';

const { entries, problems } = loadContent(resolve(process.argv[2] ?? 'content'));
const counts = entries.reduce<Record<string, number>>((acc, e) => ({ ...acc, [e.collection]: (acc[e.collection] ?? 0) + 1 }), {});
const summary = Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ');

if (problems.length === 0) {
  console.log(`✓ content is valid (${summary || 'no files'})`);
} else {
  for (const p of problems) console.error(formatProblem(p));
  const files = new Set(problems.map((p) => p.file)).size;
  console.error(`\n✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} (${summary})`);
  process.exitCode = 1;
}
