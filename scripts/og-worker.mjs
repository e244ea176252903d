// Worker for src/integrations/social-images.ts: renders SVG cards to PNG files.
//
// Each render allocates a 1200×630 pixel buffer in native (Rust) memory that V8 does not count,
// so the garbage collector never feels the pressure, and the wrapper's finalizer runs only after
// the event loop turns. A synchronous loop over thousands of cards therefore held every buffer
// until the end (20 GB peak at 5,000 models, docs/performance.md). The worker collects garbage
// and yields every few cards, which keeps its memory flat.
import { parentPort, workerData } from 'node:worker_threads';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { renderPng } from '../src/lib/outputs/og-render.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
const EVERY = 8;

let done = 0;
for (const job of workerData.jobs) {
  mkdirSync(dirname(job.out), { recursive: true });
  writeFileSync(job.out, renderPng(job.svg));
  if (++done % EVERY === 0) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
}
parentPort.postMessage(done);
