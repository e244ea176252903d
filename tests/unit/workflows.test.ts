import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');
const GITHUB = join(ROOT, '.github');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** Commands the README tells people to run: npm start, npm test, npm run <script>. */
const DOCUMENTED = new Set(README.match(/\bnpm (?:start|test|run [\w:-]+)/g) ?? []);
/** Steps that only prepare the machine and need no documentation of their own. */
const PLAIN_SETUP = new Set(['npm ci', 'npm install']);

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  id?: string;
}
interface Workflow {
  on: Record<string, { branches?: string[] } | null>;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[]; needs?: string; environment?: { name: string }; permissions?: Record<string, string>; 'timeout-minutes'?: number }>;
}

const workflowFiles = readdirSync(join(GITHUB, 'workflows')).filter((f) => /\.ya?ml$/.test(f));
const workflows = new Map(workflowFiles.map((f) => [f, parse(readFileSync(join(GITHUB, 'workflows', f), 'utf8')) as Workflow]));
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((job) => job.steps);
const runLines = (w: Workflow) =>
  steps(w)
    .flatMap((s) => (s.run ?? '').split('\n'))
    .map((line) => line.trim())
    .filter(Boolean);

describe('GitHub workflows', () => {
  it('has ci.yml and deploy.yml, each a valid workflow', () => {
    expect(workflowFiles.sort()).toEqual(['ci.yml', 'deploy.yml']);
    for (const [file, w] of workflows) {
      expect(Object.keys(w.jobs).length, file).toBeGreaterThan(0);
      for (const step of steps(w)) expect(Boolean(step.uses) !== Boolean(step.run), `${file}: a step has either uses or run`).toBe(true);
    }
  });

  it('runs only commands the README documents, or plain setup steps', () => {
    expect(DOCUMENTED.has('npm test')).toBe(true);
    for (const [file, w] of workflows) {
      for (const line of runLines(w)) expect(DOCUMENTED.has(line) || PLAIN_SETUP.has(line), `${file}: "${line}"`).toBe(true);
    }
  });

  it('uses npm commands that the README mentions', () => {
    const used = [...workflows.values()].flatMap(runLines).filter((line) => line.startsWith('npm ') && !PLAIN_SETUP.has(line));
    expect(used.sort()).toEqual(['npm run build', 'npm test']);
    for (const command of used) expect(README, command).toContain(command);
  });

  it('tests every pull request and every push to main with Node 24', () => {
    const ci = workflows.get('ci.yml')!;
    expect(ci.on).toHaveProperty('pull_request');
    expect(ci.on.push?.branches).toEqual(['main']);
    const setup = steps(ci).find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(setup?.with?.['node-version']).toBe(24);
    expect(steps(ci).some((s) => s.uses?.startsWith('actions/checkout@'))).toBe(true);
    expect(runLines(ci)).toEqual(['npm ci', 'npm test']);
  });

  it('deploys main to GitHub Pages with SITE and BASE from the Pages settings', () => {
    const deploy = workflows.get('deploy.yml')!;
    expect(deploy.on.push?.branches).toEqual(['main']);
    expect(deploy.on).not.toHaveProperty('pull_request');
    // Only the job that deploys may write to Pages; the build job runs the repository's code.
    expect(deploy.permissions).toEqual({ contents: 'read' });
    expect(deploy.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.jobs.build.permissions).toBeUndefined();
    const all = steps(deploy);
    const pages = all.find((s) => s.uses?.startsWith('actions/configure-pages@'));
    const build = all.find((s) => s.run === 'npm run build');
    expect(build?.env?.SITE).toBe(`\${{ steps.${pages?.id}.outputs.origin }}`);
    expect(build?.env?.BASE).toBe(`\${{ steps.${pages?.id}.outputs.base_path }}/`);
    expect(all.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.path).toBe('dist/');
    expect(all.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
    expect(Object.values(deploy.jobs).find((j) => j.environment)?.environment?.name).toBe('github-pages');
  });
});

describe('workflow hardening', () => {
  it('pins every action by a full commit hash', () => {
    for (const [file, w] of workflows) for (const s of steps(w).filter((s) => s.uses)) expect(s.uses, file).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
  });
  it('bounds every job in time, checks out without keeping credentials, and installs from the lockfile', () => {
    for (const [file, w] of workflows) {
      for (const [name, job] of Object.entries(w.jobs)) expect(job['timeout-minutes'], `${file}: ${name}`).toBeGreaterThan(0);
      for (const s of steps(w).filter((s) => s.uses?.startsWith('actions/checkout@'))) expect(s.with?.['persist-credentials'], file).toBe(false);
      const lines = runLines(w);
      if (lines.some((l) => l.startsWith('npm run') || l === 'npm test')) expect(lines[0], file).toBe('npm ci');
    }
  });
});

describe('issue and pull-request templates', () => {
  it('asks for model, field, current value, correct value and source URL when a figure is wrong', () => {
    const form = parse(readFileSync(join(GITHUB, 'ISSUE_TEMPLATE', 'wrong-figure.yml'), 'utf8'));
    expect(form.name).toBeTruthy();
    expect(form.description).toBeTruthy();
    const inputs = form.body.filter((b: { type: string }) => b.type !== 'markdown');
    const required = inputs.filter((b: { validations?: { required?: boolean } }) => b.validations?.required).map((b: { id: string }) => b.id);
    expect(required).toEqual(['model', 'field', 'current-value', 'correct-value', 'source-url']);
    for (const input of inputs) expect(input.attributes.label, input.id).toBeTruthy();
  });

  it('has a source checklist in the pull-request template', () => {
    const template = readFileSync(join(GITHUB, 'PULL_REQUEST_TEMPLATE.md'), 'utf8');
    expect(template).toMatch(/^## Sources$/m);
    expect(template.match(/^- \[ \] /gm)?.length).toBeGreaterThanOrEqual(5);
    expect(template).toContain('npm run validate');
  });
});
