/**
 * The few git operations a release needs, run with the git on PATH. Arguments that come from files
 * (a metadata.yaml sha) are checked to be hexadecimal before they reach git, so they can never be
 * read as options.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const SHA = /^[0-9a-f]{7,40}$/;

export interface GitOptions {
  /** Extra environment, e.g. GIT_AUTHOR_NAME for commits made by tests. */
  readonly env?: NodeJS.ProcessEnv;
}

export function git(dir: string, args: readonly string[], options: GitOptions = {}): string {
  try {
    return execFileSync('git', ['-C', dir, ...args], {
      encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env }, maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    throw new Error(`git ${args.join(' ')} (in ${dir}) failed${stderr ? `: ${stderr}` : ''}`);
  }
}

/** True when `dir` is the top of its own git work tree (not a folder inside another repository). */
export function isRepositoryRoot(dir: string): boolean {
  if (!fs.existsSync(path.join(dir, '.git'))) return false;
  try {
    return fs.realpathSync(git(dir, ['rev-parse', '--show-toplevel']).trim()) === fs.realpathSync(dir);
  } catch {
    return false;
  }
}

/** The file's content at a commit, or undefined when the commit or the file does not exist. */
export function fileAtCommit(dir: string, sha: string, file: string): string | undefined {
  if (!SHA.test(sha)) return undefined;
  try {
    return git(dir, ['show', `${sha}:${file}`]);
  } catch {
    return undefined;
  }
}

/** True when `sha` names a commit reachable from HEAD (so a push of HEAD publishes it). */
export function isCommitInHistory(dir: string, sha: string): boolean {
  if (!SHA.test(sha)) return false;
  try {
    git(dir, ['merge-base', '--is-ancestor', sha, 'HEAD']);
    return true;
  } catch {
    return false;
  }
}

export function headSha(dir: string): string {
  return git(dir, ['rev-parse', 'HEAD']).trim();
}

/** True when the file differs from HEAD (or is untracked). */
export function hasUncommittedChanges(dir: string, file: string): boolean {
  return git(dir, ['status', '--porcelain', '--', file]).trim() !== '';
}

/** A shallow clone lacks older commits, so a sha missing from it may still exist upstream. */
export function isShallow(dir: string): boolean {
  return git(dir, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
}
