#!/usr/bin/env node
// Entry point for every npm script. Plain JavaScript on purpose: it must run on the machine's
// Node (which may be older than Astro needs), bring a suitable Node into .node/ when needed,
// install dependencies, and then run the named task with that Node first on PATH.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, delimiter } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBrowser } from './browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MIN_NODE = [22, 12, 0];

function versionAtLeast(version, min) {
  const parts = version.replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    if (parts[i] > min[i]) return true;
    if (parts[i] < min[i]) return false;
  }
  return true;
}

function run(cmd, args, env = process.env) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function must(cmd, args, env) {
  const status = run(cmd, args, env);
  if (status !== 0) {
    console.error(`\n✗ ${cmd} ${args.join(' ')} exited with ${status}`);
    process.exit(status);
  }
}

/** Returns the directory holding a Node binary that Astro accepts, installing one if needed. */
function ensureNode() {
  if (versionAtLeast(process.version, MIN_NODE)) return dirname(process.execPath);
  const pkg = `node-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`;
  const binDir = join(root, '.node', 'node_modules', pkg, 'bin');
  const binary = join(binDir, process.platform === 'win32' ? 'node.exe' : 'node');
  if (!existsSync(binary)) {
    console.log(`Node ${process.version} is older than ${MIN_NODE.join('.')}: installing ${pkg}@24 into .node/ …`);
    must('npm', ['install', '--prefix', join(root, '.node'), '--no-save', '--no-audit', '--no-fund', `${pkg}@24`]);
  }
  return binDir;
}

/** npm install when node_modules is missing or older than package.json / package-lock.json. */
function ensureDependencies(env) {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const stale =
    !existsSync(marker) ||
    ['package.json', 'package-lock.json'].some(
      (f) => existsSync(join(root, f)) && statSync(join(root, f)).mtimeMs > statSync(marker).mtimeMs,
    );
  if (stale) {
    console.log('Installing dependencies (npm install) …');
    must('npm', ['install', '--no-audit', '--no-fund'], env);
  }
}

const bin = (name) => join(root, 'node_modules', '.bin', name);

const tasks = {
  validate: [['node', ['scripts/validate.ts']]],
  report: [['node', ['scripts/report.ts']]],
  check: [[bin('astro'), ['check']]],
  unit: [[bin('vitest'), ['run']]],
  // astro build validates all content first (src/integrations/content-validation.ts).
  build: [[bin('astro'), ['build']]],
  // Serves dist/ as a plain static host would (index.html per folder, 404.html for the rest).
  preview: [['node', ['scripts/serve-dist.mjs', process.env.PORT ?? '4321']]],
  dev: [[bin('astro'), ['dev']]],
  'new:model': [['node', ['scripts/new-entry.ts', 'model']]],
  'new:provider': [['node', ['scripts/new-entry.ts', 'provider']]],
  'new:family': [['node', ['scripts/new-entry.ts', 'family']]],
  'new:benchmark': [['node', ['scripts/new-entry.ts', 'benchmark']]],
  'new:source': [['node', ['scripts/new-entry.ts', 'source']]],
  schema: [['node', ['scripts/json-schema.ts']]],
  e2e: [['@browser'], [bin('playwright'), ['test']]],
  'check:html': [['node', ['scripts/check-html.mjs']]],
  'check:links': [['node', ['scripts/check-links.mjs']]],
  bench: [['node', ['scripts/bench.ts']]],
  lighthouse: [['@browser'], ['node', ['scripts/lighthouse.mjs']]],
  import: [['node', ['scripts/import.ts']]],
  drift: [['node', ['scripts/drift.ts']]],
  start: [['@task', 'build'], ['@task', 'preview']],
  test: [
    ['@task', 'check'],
    ['@task', 'unit'],
    ['@task', 'build'],
    ['@task', 'check:html'],
    ['@task', 'check:links'],
    ['@task', 'e2e'],
  ],
};

function runTask(name, env, extra) {
  const steps = tasks[name];
  if (!steps) {
    console.error(`Unknown task "${name}". Known: ${Object.keys(tasks).join(', ')}`);
    process.exit(2);
  }
  for (const [cmd, args] of steps) {
    if (cmd === '@task') {
      runTask(args, env, []);
      continue;
    }
    if (cmd === '@browser') {
      const browser = ensureBrowser();
      if (!browser.path) {
        console.error(browser.help);
        process.exit(1);
      }
      env.CHROME_PATH = browser.path;
      if (browser.libraryPath) env.LD_LIBRARY_PATH = [browser.libraryPath, env.LD_LIBRARY_PATH].filter(Boolean).join(':');
      console.log(`Browser for end-to-end tests: ${browser.path} (${browser.kind})`);
      continue;
    }
    console.log(`\n▶ ${name}: ${[cmd.replace(root + '/', ''), ...args].join(' ')}`);
    must(cmd, [...args, ...extra], env);
  }
}

const [task = 'start', ...extra] = process.argv.slice(2);
const nodeDir = ensureNode();
const env = { ...process.env, PATH: `${nodeDir}${delimiter}${process.env.PATH}` };
ensureDependencies(env);
runTask(task, env, extra);
