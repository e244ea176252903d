// Finds a Chromium for Playwright, in this order: CHROME_PATH; Playwright's own download; the
// distribution's package; one unpacked earlier from the @sparticuz/chromium npm package. When
// none is there, ensureBrowser() tries Playwright's download once (a marker file remembers that it
// failed) and then unpacks @sparticuz/chromium into node_modules/.cache, which needs only npm.
// Shared by the task runner and playwright.config.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(root, 'node_modules', '.cache', 'model-atlas-browser');
const PACKED = join(CACHE, 'chromium');
const DOWNLOAD_FAILED = join(CACHE, 'playwright-download-failed');
const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function playwrightManaged() {
  try {
    const managed = require('playwright-core').chromium.executablePath();
    if (managed && existsSync(managed)) return managed;
  } catch {
    // playwright-core not installed yet or no managed browser.
  }
  return null;
}

/** The browser already on the machine, or { path: null, help } when there is none. */
export function findBrowser(env = process.env) {
  if (env.CHROME_PATH) {
    if (existsSync(env.CHROME_PATH)) return { path: env.CHROME_PATH, kind: 'CHROME_PATH' };
    return { path: null, help: `CHROME_PATH is set to ${env.CHROME_PATH}, but no file is there.` };
  }
  const managed = playwrightManaged();
  if (managed) return { path: managed, kind: 'playwright', managed: true };
  for (const candidate of SYSTEM_CANDIDATES) {
    if (existsSync(candidate)) return { path: candidate, kind: 'system' };
  }
  if (existsSync(PACKED)) return { path: PACKED, kind: 'npm package @sparticuz/chromium' };
  return {
    path: null,
    help: [
      'No Chromium found for the end-to-end tests, and none could be installed. Get one of:',
      '  • npm install (brings @sparticuz/chromium, which the tests unpack by themselves), or',
      '  • npx playwright install chromium (Playwright-managed browser), or',
      '  • sudo apt-get install -y chromium (Debian/Ubuntu package, /usr/bin/chromium), or',
      '  • set CHROME_PATH to an installed Chromium or Chrome binary.',
    ].join('\n'),
  };
}

function runs(path) {
  const probe = spawnSync(path, ['--headless', '--no-sandbox', '--version'], { encoding: 'utf8', timeout: 60_000 });
  return probe.status === 0;
}

/** Unpacks the Chromium shipped in the @sparticuz/chromium npm package into the project cache. */
function unpackNpmChromium(log) {
  try {
    require.resolve('@sparticuz/chromium');
  } catch {
    return null;
  }
  log('Unpacking the Chromium shipped in the @sparticuz/chromium npm package …');
  mkdirSync(CACHE, { recursive: true });
  // The package unpacks into the temporary folder; point that at the cache so it survives.
  const script = "import('@sparticuz/chromium').then((m) => m.default.executablePath()).then((p) => console.log(p))";
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TMPDIR: CACHE },
  });
  if (result.status !== 0 || !existsSync(PACKED)) {
    log(`Could not unpack it: ${result.stderr.trim().split('\n').slice(-1)[0] ?? 'unknown error'}`);
    return null;
  }
  return PACKED;
}

function unpackNpmLibraries() {
  const lib = join(CACHE, 'al2023', 'lib');
  if (existsSync(lib)) return lib;
  const build = dirname(require.resolve('@sparticuz/chromium'));
  const bin = join(build, '..', 'bin', 'al2023.tar.br');
  const lambdafs = pathToFileURL(join(build, 'lambdafs.js')).href;
  const script = `import(${JSON.stringify(lambdafs)}).then((m) => m.inflate(${JSON.stringify(bin)}))`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, env: { ...process.env, TMPDIR: CACHE } });
  return result.status === 0 && existsSync(lib) ? lib : null;
}

/** findBrowser, and when nothing is found, installs one without root. */
export function ensureBrowser(log = console.log) {
  const found = findBrowser();
  if (found.path || process.env.CHROME_PATH) return found;
  if (!existsSync(DOWNLOAD_FAILED)) {
    log('No Chromium on this machine: trying Playwright’s browser download …');
    const cli = join(root, 'node_modules', '.bin', 'playwright');
    const download = spawnSync(cli, ['install', 'chromium'], { cwd: root, stdio: 'inherit', timeout: 300_000 });
    const managed = download.status === 0 ? playwrightManaged() : null;
    if (managed) return { path: managed, kind: 'playwright', managed: true };
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(DOWNLOAD_FAILED, `Playwright's browser download failed on ${new Date().toISOString()}\n`);
    log('Playwright’s download failed (remembered; delete node_modules/.cache/model-atlas-browser to retry).');
  }
  const packed = unpackNpmChromium(log);
  if (packed && runs(packed)) return { path: packed, kind: 'npm package @sparticuz/chromium' };
  if (packed) {
    // Missing system libraries (a minimal image): the package also ships them, built for Amazon
    // Linux; they are loaded only for the browser, through LD_LIBRARY_PATH.
    log('The unpacked Chromium does not start here; unpacking the libraries the package ships …');
    const libs = unpackNpmLibraries();
    if (libs) {
      process.env.LD_LIBRARY_PATH = [libs, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
      if (runs(packed)) return { path: packed, kind: 'npm package @sparticuz/chromium, with its libraries', libraryPath: libs };
    }
    log('The unpacked Chromium does not start on this machine.');
  }
  return findBrowser();
}
