// The one place the build talks to git: runs it as a program with an argument list (no shell),
// so nothing in a path or a revision can be read as a command.
import { execFileSync } from 'node:child_process';

/** Runs git with these arguments (and this standard input); returns its standard output. */
export type GitRunner = (args: string[], input?: string) => Buffer;

export function systemGit(cwd: string = process.cwd()): GitRunner {
  return (args, input) =>
    execFileSync('git', args, { cwd, input, maxBuffer: 1024 * 1024 * 1024, stdio: ['pipe', 'pipe', 'ignore'], env: { ...process.env, GIT_PAGER: 'cat' } });
}
