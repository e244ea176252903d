#!/usr/bin/env node
// Validates every page in dist/ against the HTML standard with html-validate (pure JavaScript: no
// Java, no network) and fails on any error, grouped by file and then by message so a template bug
// repeated on 1,000 pages reads as one line. Usage: node scripts/check-html.mjs [dist-folder]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { HtmlValidate } from 'html-validate';

/** Standard conformance only: the "standard" preset leaves out style preferences. */
const CONFIG = {
  extends: ['html-validate:standard'],
  rules: {
    // Astro writes <!DOCTYPE html>; casing is not an error in HTML.
    'doctype-style': 'off',
    // Boolean attributes written as `attr` or `attr=""` are both valid HTML.
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
  },
};

function validateFiles(files) {
  const validator = new HtmlValidate(CONFIG);
  const problems = [];
  for (const file of files) {
    const report = validator.validateStringSync(readFileSync(file, 'utf8'), file);
    for (const result of report.results) {
      for (const m of result.messages) {
        if (m.severity >= 2) problems.push({ file, line: m.line, column: m.column, rule: m.ruleId, message: m.message, extract: m.selector ?? '' });
      }
    }
  }
  return problems;
}

if (!isMainThread) {
  parentPort.postMessage(validateFiles(workerData.files));
} else {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const dist = resolve(process.argv[2] ?? join(root, 'dist'));
  const fail = (message) => {
    console.error(`✗ check:html: ${message}`);
    process.exit(1);
  };
  const htmlFiles = (dir) =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return htmlFiles(full);
      return name.endsWith('.html') ? [full] : [];
    });

  if (!existsSync(dist)) fail(`${dist} does not exist (fix: run "npm run build" first)`);
  const files = htmlFiles(dist);
  if (files.length === 0) fail(`no .html files in ${dist} (fix: run "npm run build" first)`);
  console.log(`Checking ${files.length} HTML files in ${relative(root, dist) || dist}/ with html-validate …`);

  const workers = Math.max(1, Math.min(4, availableParallelism()));
  const chunks = Array.from({ length: workers }, (_, i) => files.filter((_, j) => j % workers === i));
  const results = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise((done, failed) => {
          const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { files: chunk } });
          worker.once('message', done);
          worker.once('error', failed);
        }),
    ),
  );
  const errors = results.flat();
  const byFile = Map.groupBy(errors, (e) => relative(dist, e.file));
  for (const [file, messages] of [...byFile].sort(([a], [b]) => a.localeCompare(b)).slice(0, 50)) {
    console.log(`\n${file}`);
    for (const m of messages) console.log(`  ${m.line}:${m.column}  ${m.message} (${m.rule})${m.extract ? `\n      at ${m.extract}` : ''}`);
  }
  if (byFile.size > 50) console.log(`\n… and ${byFile.size - 50} more files`);
  if (errors.length > 0) {
    const counts = Map.groupBy(errors, (e) => `${e.message} (${e.rule})`);
    console.log('\nSummary by message:');
    for (const [message, list] of [...counts].sort((a, b) => b[1].length - a[1].length)) console.log(`  ${String(list.length).padStart(5)}×  ${message}`);
    fail(`${errors.length} HTML error(s) in ${byFile.size} of ${files.length} files`);
  }
  console.log(`✓ check:html: ${files.length} files, no HTML errors`);
}
