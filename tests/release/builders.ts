/** Small builders for the release tests: a template.tpl that passes every release check, and edits of it. */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { thumbnailDataUri } from '../../build/thumbnail';
import { writeTemplate } from '../../build/tpl-writer';
import { encodePermissions, type PermissionMap } from '../../gtm-sandbox/permissions/codec';

export interface TemplateParts {
  info?: Record<string, unknown>;
  code?: string;
  permissions?: PermissionMap;
  context?: 'web' | 'server';
  scenarios?: { name: string; code: string }[];
}

export const validInfo = (): Record<string, unknown> => ({
  type: 'TAG', id: 'cvt_temp_public_id', version: 1, securityGroups: [], displayName: 'Sample Tag by Example',
  categories: ['UTILITY'], brand: { id: 'brand_example', displayName: 'Example', thumbnail: thumbnailDataUri('tag') },
  description: 'Logs a line. Docs: https://example.com/docs', containerContexts: ['WEB'],
});

/** A template.tpl that passes every release check unless parts say otherwise. */
export function galleryTemplate(parts: TemplateParts = {}): string {
  return writeTemplate({
    context: parts.context ?? 'web',
    info: parts.info ?? validInfo(),
    parameters: [{ type: 'TEXT', name: 'message', displayName: 'Message', simpleValueType: true }],
    code: parts.code ?? "const log = require('logToConsole');\nlog(data.message);\ndata.gtmOnSuccess();",
    permissions: encodePermissions(parts.permissions ?? { logging: { environments: 'debug' } }),
    tests: { scenarios: parts.scenarios ?? [{ name: 'logs', code: "runCode({message: 'hi'});\nassertApi('gtmOnSuccess').wasCalled();" }], setup: '' },
    notes: '',
  });
}

/** The template with one section's body replaced (or the section removed when body is null). */
export function editSection(text: string, section: string, body: string | null): string {
  const start = text.indexOf(`${section}\n`);
  if (start === -1) throw new Error(`no ${section}`);
  const next = text.indexOf('\n___', start + section.length);
  const end = next === -1 ? text.length : next + 1;
  return text.slice(0, start) + (body === null ? '' : `${section}\n\n${body}\n\n\n`) + text.slice(end).replace(/^\n+/, '');
}

export function sectionOf(text: string, section: string): string {
  const start = text.indexOf(`${section}\n`) + section.length + 1;
  const next = text.indexOf('\n___', start);
  return text.slice(start, next === -1 ? undefined : next).trim();
}

export const withInfo = (edit: (info: Record<string, unknown>) => void): string => {
  const info = validInfo();
  edit(info);
  return galleryTemplate({ info });
};

/** Git that commits as a test identity, whatever the machine's git configuration. */
export const GIT_ENV: NodeJS.ProcessEnv = {
  GIT_AUTHOR_NAME: 'Release Test', GIT_AUTHOR_EMAIL: 'release-test@example.invalid',
  GIT_COMMITTER_NAME: 'Release Test', GIT_COMMITTER_EMAIL: 'release-test@example.invalid',
  GIT_CONFIG_COUNT: '2', GIT_CONFIG_KEY_0: 'commit.gpgsign', GIT_CONFIG_VALUE_0: 'false', GIT_CONFIG_KEY_1: 'tag.gpgsign', GIT_CONFIG_VALUE_1: 'false',
};

export function runGit(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env: { ...process.env, ...GIT_ENV }, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A temporary folder, removed by the returned cleanup. */
export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `pinterest-gtm-${prefix}-`));
}

/** A git repository holding the given files in one commit. */
export function repositoryWith(files: Record<string, string>): string {
  const dir = tempDir('repo');
  runGit(dir, 'init', '--quiet', '--initial-branch=main');
  for (const [file, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), content);
  runGit(dir, 'add', '.');
  runGit(dir, 'commit', '--quiet', '-m', 'files');
  return dir;
}
