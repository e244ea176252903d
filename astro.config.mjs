// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import contentValidation from './src/integrations/content-validation.ts';
import searchIndex from './src/integrations/search-index.ts';
import socialImages from './src/integrations/social-images.ts';

// SITE and BASE let the same build serve from GitHub Pages, Netlify, Cloudflare Pages or any server.
export default defineConfig({
  site: process.env.SITE ?? 'https://model-atlas.example',
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
  integrations: [contentValidation(), sitemap({ filter: (page) => !page.endsWith('/404/') }), socialImages(), searchIndex()],
  build: { format: 'directory' },
});
