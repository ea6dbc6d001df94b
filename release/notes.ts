/**
 * release/notes.yaml: the one place a release is described. Each release has a version, a date and a
 * one-line note per template it changes, keyed by Gallery repository name; newest first. The notes
 * become CHANGELOG.md and each Gallery repository's metadata.yaml changeNotes. A template without a
 * note in a release keeps its previous Gallery version.
 */
import * as fs from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { GALLERY_REPOSITORIES } from './gallery-repos';

export interface Release {
  readonly version: string;
  /** YYYY-MM-DD, or absent while the release is being prepared. */
  readonly date?: string;
  /** Gallery repository name → the change note for that template. */
  readonly changes: Readonly<Record<string, string>>;
}

export class NotesError extends Error {}

const VERSION = /^(\d+)\.(\d+)\.(\d+)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_NOTE = 300;

const compareVersions = (a: string, b: string): number => {
  const x = VERSION.exec(a)!.slice(1).map(Number);
  const y = VERSION.exec(b)!.slice(1).map(Number);
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};

export function parseNotes(text: string, file = 'release/notes.yaml'): Release[] {
  let doc: unknown;
  try {
    doc = parseYaml(text, { uniqueKeys: true });
  } catch (error) {
    throw new NotesError(`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!Array.isArray(doc) || doc.length === 0) throw new NotesError(`${file}: expected a list of releases, newest first`);
  const names = GALLERY_REPOSITORIES.map((r) => r.name);
  const releases = doc.map((entry: unknown, i: number): Release => {
    const e = (entry ?? {}) as { version?: unknown; date?: unknown; changes?: unknown };
    const where = `${file}: release ${i + 1}`;
    if (typeof e.version !== 'string' || !VERSION.test(e.version)) throw new NotesError(`${where}: version must be MAJOR.MINOR.PATCH, as a string`);
    if (e.date !== undefined && (typeof e.date !== 'string' || !DATE.test(e.date))) throw new NotesError(`${where} (${e.version}): date must be YYYY-MM-DD`);
    if (!e.changes || typeof e.changes !== 'object' || Array.isArray(e.changes) || Object.keys(e.changes).length === 0) {
      throw new NotesError(`${where} (${e.version}): changes must map template names (${names.join(', ')}) to notes`);
    }
    for (const [name, note] of Object.entries(e.changes)) {
      if (!names.includes(name)) throw new NotesError(`${where} (${e.version}): unknown template "${name}"; known: ${names.join(', ')}`);
      if (typeof note !== 'string' || note.trim() === '' || /\n/.test(note.trim()) || note.length > MAX_NOTE) {
        throw new NotesError(`${where} (${e.version}): the note for ${name} must be one line of text, at most ${MAX_NOTE} characters`);
      }
    }
    return { version: e.version, ...(e.date ? { date: e.date as string } : {}), changes: e.changes as Record<string, string> };
  });
  for (let i = 1; i < releases.length; i++) {
    if (compareVersions(releases[i - 1].version, releases[i].version) <= 0) {
      throw new NotesError(`${file}: ${releases[i - 1].version} is listed before ${releases[i].version}; newest first, each version once`);
    }
  }
  return releases;
}

export function readNotes(file: string): Release[] {
  return parseNotes(fs.readFileSync(file, 'utf8'), file);
}

/** The releases that changed this template, newest first. */
export function releasesOf(releases: readonly Release[], name: string): { version: string; date?: string; note: string }[] {
  return releases.filter((r) => r.changes[name] !== undefined).map((r) => ({ version: r.version, date: r.date, note: r.changes[name].trim() }));
}
