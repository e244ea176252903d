// A minimal static file server for dist/, used by the end-to-end tests: it behaves like a plain
// static host (directory index.html, 404.html for missing paths) and nothing more.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = process.env.DIST_DIR ?? fileURLToPath(new URL('../dist/', import.meta.url));
const port = Number(process.argv[2] ?? 4410);
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml', '.txt': 'text/plain', '.woff2': 'font/woff2',
  '.ics': 'text/calendar; charset=utf-8',
  '.webmanifest': 'application/manifest+json', '.pf_meta': 'application/octet-stream', '.wasm': 'application/wasm',
};

async function resolveFile(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined; // malformed escapes: a bad request, not a crash
  }
  const safe = normalize(decoded).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, safe);
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    await stat(file);
    return file;
  } catch {
    return null;
  }
}

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const file = await resolveFile(url.pathname);
  if (file === undefined) {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Bad request');
    return;
  }
  if (!file) {
    const notFound = await resolveFile('/404.html');
    res.writeHead(404, { 'content-type': TYPES['.html'] });
    res.end(notFound ? await readFile(notFound) : 'Not found');
    return;
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const body = await readFile(file);
  // Text is sent gzipped when the client accepts it, as static hosts do.
  if (/^(text\/|application\/(json|xml|manifest|javascript))|svg/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
    res.end(gzipSync(body));
    return;
  }
  res.writeHead(200, { 'content-type': type });
  res.end(body);
}).listen(port, process.env.HOST ?? '127.0.0.1', () => console.log(`\nModel Atlas is served at http://${process.env.HOST ?? '127.0.0.1'}:${port}/ (Ctrl+C to stop)\n`));
