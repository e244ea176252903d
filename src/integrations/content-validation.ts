// Fails `astro build` and `astro dev` on any content problem, listing all of them, before a page
// is rendered. The loader and this check read content through the same cached load.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { contentDirOf, loadContent } from '../lib/content/load.ts';
import { formatProblem } from '../lib/content/problem.ts';

export default function contentValidation(): AstroIntegration {
  return {
    name: 'model-atlas:content-validation',
    hooks: {
      'astro:config:setup': ({ config, logger, command }) => {
        // Type checks (astro check, astro sync) run on any content; builds and dev servers do not.
        if (command !== 'build' && command !== 'dev') return;
        const root = fileURLToPath(config.root);
        const { problems } = loadContent(contentDirOf(root), root);
        if (problems.length > 0) {
          const list = problems.map(formatProblem).join('\n');
          throw new Error(`Content validation failed with ${problems.length} problem(s):\n${list}`);
        }
        logger.info('content is valid');
      },
    },
  };
}
