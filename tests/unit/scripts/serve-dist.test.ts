import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The static server the end-to-end tests and `npm start` use: it must behave as a plain static
// host and survive hostile paths. It serves a small site written here.
const ROOT = join(import.meta.dirname, '..', '..', '..');
const PORT = 4471;
const base = `http://127.0.0.1:${PORT}`;
let server: ChildProcess;
let dist: string;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'atlas-serve-'));
  mkdirSync(join(dist, 'models'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(dist, 'models', 'index.html'), '<!doctype html><title>models</title>');
  writeFileSync(join(dist, '404.html'), '<!doctype html><title>not found</title>');
  writeFileSync(join(dist, 'data.json'), '{"ok":true}');
  server = spawn(process.execPath, [join(ROOT, 'scripts', 'serve-dist.mjs'), String(PORT)], { stdio: 'pipe', env: { ...process.env, DIST_DIR: dist } });
  await new Promise<void>((ready) => server.stdout!.once('data', () => ready()));
});
afterAll(() => {
  server.kill();
  rmSync(dist, { recursive: true, force: true });
});

describe('serve-dist', () => {
  it('answers a malformed escape with 400 and keeps serving', async () => {
    const bad = await fetch(`${base}/%E0%A4%A`);
    expect(bad.status).toBe(400);
    const next = await fetch(`${base}/no-such-page/`);
    expect(next.status).toBe(404);
    expect(await next.text()).toContain('not found');
  });

  it('does not serve files outside dist/', async () => {
    const res = await fetch(`${base}/..%2f..%2fpackage.json`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('"name": "model-atlas"');
  });

  it('serves a folder index.html and files with their type', async () => {
    const folder = await fetch(`${base}/models/`);
    expect(folder.status).toBe(200);
    expect(folder.headers.get('content-type')).toContain('text/html');
    expect(await folder.text()).toContain('<title>models</title>');
    const json = await fetch(`${base}/data.json`);
    expect(json.headers.get('content-type')).toBe('application/json');
    // fetch asks for gzip and undoes it: the body arrives whole, and the header says it was sent gzipped.
    expect(json.headers.get('content-encoding')).toBe('gzip');
    expect(await json.json()).toEqual({ ok: true });
  });
});
