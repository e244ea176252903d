// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import contentValidation from './src/integrations/content-validation.ts';
import searchIndex from './src/integrations/search-index.ts';
import socialImages from './src/integrations/social-images.ts';
import { inlineScriptHashes } from './src/lib/security/inline-scripts.mjs';

// SITE and BASE let the same build serve from GitHub Pages, Netlify, Cloudflare Pages or any server.
export default defineConfig({
  site: process.env.SITE ?? 'https://model-atlas.example',
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
  integrations: [contentValidation(), sitemap({ filter: (page) => !page.endsWith('/404/') }), socialImages(), searchIndex()],
  build: { format: 'directory' },
  // A Content-Security-Policy <meta> on every page: scripts and styles only from this site or
  // with the hash of an inline one (Astro's own, and ours from src/lib/security/inline-scripts.mjs); no 'unsafe-inline', nothing from other hosts.
  // 'wasm-unsafe-eval' lets Pagefind's search run its WebAssembly index (no JavaScript eval).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: inlineScriptHashes() },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
