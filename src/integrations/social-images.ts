// Renders each model's social preview card (/og/models/<id>.png) after the pages are built, on
// every core in parallel: rendering them one by one as Astro routes was the largest linear cost
// of a build (see docs/performance.md).
import type { AstroIntegration } from 'astro';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { contentDirOf, loadContent } from '../lib/content/load.ts';
import { ogSvg } from '../lib/outputs/og-image.ts';
import { TODAY } from '../lib/site.ts';

export default function socialImages(): AstroIntegration {
  let root = '';
  return {
    name: 'model-atlas:social-images',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { catalog } = loadContent(contentDirOf(root), root);
        const jobs = catalog.models.map((m) => ({ svg: ogSvg(m, catalog, TODAY), out: join(out, 'og', 'models', `${m.id}.png`) }));
        const workers = Math.max(1, Math.min(availableParallelism(), jobs.length));
        const chunks = Array.from({ length: workers }, (_, i) => jobs.filter((_, j) => j % workers === i));
        const started = performance.now();
        await Promise.all(
          chunks.map(
            (chunk) =>
              new Promise<void>((resolve, reject) => {
                const worker = new Worker(join(root, 'scripts', 'og-worker.mjs'), { workerData: { jobs: chunk } });
                worker.once('message', () => resolve());
                worker.once('error', reject);
                worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`social image worker exited with ${code}`))));
              }),
          ),
        );
        logger.info(`${jobs.length} social images in ${((performance.now() - started) / 1000).toFixed(1)} s on ${workers} workers`);
      },
    },
  };
}
