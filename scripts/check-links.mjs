#!/usr/bin/env node
// Checks every link in dist/: internal links and #anchors are resolved against the built files
// exactly as a static host serves them (folder index.html, then the file); links to other hosts
// are never fetched (the check must work offline and not hammer anyone) — their form is checked
// instead: each must be a well-formed absolute http(s) URL. Usage: node scripts/check-links.mjs
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

function fail(message) {
  console.error(`✗ check:links: ${message}`);
  process.exit(1);
}

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** The URL path a static host serves a dist/ file at (dist/models/x/index.html → /models/x/). */
function pagePath(file) {
  const rel = relative(dist, file).split(sep).join('/');
  return '/' + rel.replace(/(^|\/)index\.html$/, '$1');
}


const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'", '#x2F': '/', '#47': '/' };
const decode = (s) => s.replace(/&(#?\w+);/g, (m, name) => ENTITIES[name] ?? m);

/** Every URL-valued attribute of a page, outside scripts, styles and comments. */
function attributeUrls(html) {
  const markup = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<script\b[\s\S]*?<\/script>/gi, (m) => m.slice(0, m.indexOf('>') + 1))
    .replace(/<style\b[\s\S]*?<\/style>/gi, '');
  const urls = [];
  const ATTR = /\s(href|src|action|cite|poster|formaction|srcset)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
  for (const m of markup.matchAll(ATTR)) {
    const name = m[1].toLowerCase();
    const value = decode(m[2] ?? m[3] ?? m[4] ?? '');
    if (name === 'srcset') value.split(',').forEach((part) => urls.push({ name, value: part.trim().split(/\s+/)[0] }));
    else urls.push({ name, value });
  }
  // Social-card and canonical URLs live in <meta content>; they must be absolute too.
  for (const m of markup.matchAll(/<meta\b[^>]*\b(?:property|name)="(og:url|og:image|twitter:image)"[^>]*\bcontent="([^"]*)"/gi)) {
    urls.push({ name: `meta ${m[1]}`, value: decode(m[2]) });
  }
  return urls;
}

/** Why an external URL is malformed, or null when it is a well-formed absolute http(s) URL. */
export function externalUrlProblem(value) {
  if (/\s/.test(value)) return 'contains white space';
  if (value.startsWith('//')) return 'protocol-relative; write https://…';
  if (!/^https?:\/\//i.test(value)) return 'not an absolute http(s) URL';
  let url;
  try {
    url = new URL(value);
  } catch {
    return 'does not parse as a URL';
  }
  if (!/^https?:$/.test(url.protocol)) return `unexpected protocol ${url.protocol}`;
  if (!url.hostname || !/^[a-z0-9.-]+$/i.test(url.hostname) || !url.hostname.includes('.') || /^\.|\.$|\.\./.test(url.hostname))
    return `host "${url.hostname}" is not a valid domain name`;
  if (/[<>"{}|\\^`]/.test(value)) return 'contains characters that must be percent-encoded';
  return null;
}

if (!existsSync(join(dist, 'index.html'))) fail('dist/index.html does not exist (fix: run "npm run build" first)');
const files = htmlFiles(dist);

// The site's own absolute URLs (canonical, og:image, feed) point at SITE; map them to the local
// server so they are checked like relative links instead of being skipped as external.
const home = readFileSync(join(dist, 'index.html'), 'utf8');
const canonical = /<link\b[^>]*rel="canonical"[^>]*href="([^"]+)"/.exec(home)?.[1] ?? /<link\b[^>]*href="([^"]+)"[^>]*rel="canonical"/.exec(home)?.[1];
const siteOrigin = canonical ? new URL(canonical).origin : null;

// 1. The form of every external URL, read from the HTML itself.
const malformed = [];
let externalCount = 0;
for (const file of files) {
  const html = readFileSync(file, 'utf8');
  for (const { name, value } of attributeUrls(html)) {
    const looksExternal = /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//');
    if (!looksExternal) continue;
    if (/^(mailto|tel|data|javascript):/i.test(value)) {
      if (/^javascript:/i.test(value)) malformed.push({ page: pagePath(file), name, value, problem: 'javascript: URL' });
      continue;
    }
    if (siteOrigin && value.startsWith(siteOrigin + '/')) continue;
    externalCount++;
    const problem = externalUrlProblem(value);
    if (problem) malformed.push({ page: pagePath(file), name, value, problem });
  }
}

// 2. Internal links and anchors, resolved against dist/ as a static host serves it: a path
// ending in "/" is its folder's index.html, a path without an extension that names a folder is
// that folder's index.html, anything else is the file itself; a #fragment must be an id (or a
// name) on the target page. No server, no crawl: every link of every page is checked directly.
console.log(`Checking links in ${files.length} pages (internal: resolved in dist/; external: form only) …`);
const idCache = new Map();
function idsOf(file) {
  if (!idCache.has(file)) {
    const html = readFileSync(file, 'utf8');
    idCache.set(file, new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => decode(m[1]))));
  }
  return idCache.get(file);
}
function targetFile(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const full = join(dist, ...decoded.split('/'));
  if (!full.startsWith(dist)) return null;
  if (decoded.endsWith('/')) return existsSync(join(full, 'index.html')) ? join(full, 'index.html') : null;
  if (existsSync(full) && statSync(full).isFile()) return full;
  if (existsSync(join(full, 'index.html'))) return join(full, 'index.html');
  return null;
}
const broken = [];
let checked = 0;
for (const file of files) {
  const page = pagePath(file);
  const base = new URL(page, 'http://site.invalid');
  for (const { value } of attributeUrls(readFileSync(file, 'utf8'))) {
    if (!value || value === '#') continue;
    let url;
    if (siteOrigin && value.startsWith(siteOrigin + '/')) url = new URL(value.slice(siteOrigin.length), base);
    else if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) continue;
    else url = new URL(value, base);
    checked++;
    const target = targetFile(url.pathname);
    const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : '';
    if (!target) broken.push({ url: url.pathname + url.hash, parent: page, status: 404 });
    else if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) broken.push({ url: url.pathname + url.hash, parent: page, status: 'no such anchor' });
  }
}
const show = (url) => url;

if (broken.length > 0) {
  const byUrl = new Map();
  for (const l of broken) {
    const key = `${show(l.url)}  (${l.status})`;
    if (!byUrl.has(key)) byUrl.set(key, new Set());
    if (l.parent && l.parent !== l.url) byUrl.get(key).add(show(l.parent));
  }
  console.log(`\nBroken internal links and anchors (${byUrl.size}):`);
  for (const [key, parents] of [...byUrl].sort(([a], [b]) => a.localeCompare(b))) {
    const list = [...parents];
    console.log(`  ${key}\n      on ${list.slice(0, 5).join(', ')}${list.length > 5 ? ` and ${list.length - 5} more pages` : ''}`);
  }
}
if (malformed.length > 0) {
  console.log(`\nMalformed external URLs (${malformed.length}):`);
  for (const m of malformed) console.log(`  ${m.page}  ${m.name}="${m.value}"  — ${m.problem}`);
}

console.log(`\n${checked} internal URLs OK, ${broken.length} broken; ${externalCount} external URLs checked for form (not fetched), ${malformed.length} malformed.`);
if (broken.length > 0 || malformed.length > 0) fail('fix the links above');
console.log('✓ check:links: no broken links');
