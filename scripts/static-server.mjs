// Starts scripts/serve-dist.mjs on a free local port and waits until it answers. Shared by the
// link check and the Lighthouse run. Returns { origin, server, stop }.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url, child) {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`the static server exited with ${child.exitCode}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`the static server did not answer at ${url}`);
}

export async function startStaticServer() {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [join(root, 'scripts', 'serve-dist.mjs'), String(port)], { stdio: ['ignore', 'ignore', 'inherit'] });
  const stop = () => {
    if (server.exitCode === null) server.kill();
  };
  process.on('exit', stop);
  try {
    await waitFor(`${origin}/`, server);
  } catch (error) {
    stop();
    throw error;
  }
  return { origin, server, stop };
}
