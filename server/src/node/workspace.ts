/**
 * Loads a workspace from disk: the `.baton` files to check under some paths, and the files
 * they import (transitively) for context. Document keys are absolute POSIX paths. Shared by
 * the CLI and the language server; the core never does IO.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compareKeys, type ParseCache } from '../semantics/model';
import { resolvePath } from '../semantics/paths';

export const BATON_EXTENSION = '.baton';
const BOM = '\uFEFF';

/** A path that could not be read, with one clear line saying why. */
export interface LoadError {
  readonly path: string;
  readonly message: string;
}

export interface LoadedWorkspace {
  /** Every file read, checked or context, keyed by absolute POSIX path; texts have no BOM. */
  readonly texts: Map<string, string>;
  /** The files to check and report, in key order. */
  readonly checked: string[];
  /** Paths named by the caller that do not exist or cannot be read. */
  readonly errors: LoadError[];
  /** Keys of files that began with a byte-order mark (restored when a file is written back). */
  readonly bom: Set<string>;
}

export interface LoadOptions {
  /** Folder relative paths start from; defaults to `process.cwd()`. */
  readonly cwd?: string;
  /**
   * The keys a file imports, resolved. The loader follows them to read context files;
   * the caller parses (and can keep the parses for the model).
   */
  readonly importsOf?: (key: string, text: string) => readonly string[];
}

/**
 * `importsOf` for `loadTexts` that parses through `cache`: pass the same cache to `buildModel`
 * and no file is parsed twice.
 */
export function importsThrough(cache: ParseCache): (key: string, text: string) => string[] {
  return (key, text) => cache.get(key, text).document.imports.flatMap((node) => (node.path === undefined ? [] : [resolvePath(key, node.path.value)]));
}

/** An OS path as a document key: absolute, with forward slashes. */
export function toKey(fsPath: string, cwd: string = process.cwd()): string {
  return path.resolve(cwd, fsPath).split(path.sep).join('/');
}

/** A document key as an OS path. */
export function toFsPath(key: string): string {
  return path.sep === '/' ? key : key.split('/').join(path.sep);
}

/** Reads a text file as UTF-8; a leading BOM is removed and reported. */
export function readText(key: string): { text: string; bom: boolean } {
  const raw = fs.readFileSync(toFsPath(key), 'utf8');
  return raw.startsWith(BOM) ? { text: raw.slice(1), bom: true } : { text: raw, bom: false };
}

/** Writes a text file as UTF-8, with a BOM when the original had one. */
export function writeText(key: string, text: string, bom: boolean): void {
  fs.writeFileSync(toFsPath(key), bom ? BOM + text : text, 'utf8');
}

/** Whether a key names an existing folder (the language server scans folders created or moved in). */
export function isFolder(key: string): boolean {
  try {
    return fs.statSync(toFsPath(key)).isDirectory();
  } catch {
    return false;
  }
}

/** Whether a folder met while walking is skipped: `node_modules` and names starting with `.`. */
export function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/**
 * The `.baton` files under `paths` (folders are walked; a path named explicitly is always
 * checked, whatever its name), read, plus the files they import for context.
 */
export function loadTexts(paths: readonly string[], options: LoadOptions = {}): LoadedWorkspace {
  const cwd = options.cwd ?? process.cwd();
  const texts = new Map<string, string>();
  const bom = new Set<string>();
  const errors: LoadError[] = [];
  const checked = new Set<string>();

  const read = (key: string): boolean => {
    if (texts.has(key)) return true;
    try {
      const file = readText(key);
      texts.set(key, file.text);
      if (file.bom) bom.add(key);
      return true;
    } catch {
      return false;
    }
  };

  for (const given of paths) {
    const key = toKey(given, cwd);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(toFsPath(key));
    } catch (error) {
      errors.push({ path: given, message: describe(error) });
      continue;
    }
    if (stat.isDirectory()) {
      walk(key, (file) => checked.add(file), (folder, error) => {
        errors.push({ path: folder === key ? given : path.relative(cwd, toFsPath(folder)) || folder, message: describe(error) });
      });
    } else {
      checked.add(key);
    }
  }

  const ordered = [...checked].sort(compareKeys);
  const kept: string[] = [];
  for (const key of ordered) {
    try {
      if (!texts.has(key)) {
        const file = readText(key);
        texts.set(key, file.text);
        if (file.bom) bom.add(key);
      }
      kept.push(key);
    } catch (error) {
      errors.push({ path: path.relative(cwd, toFsPath(key)) || key, message: describe(error) });
    }
  }

  if (options.importsOf !== undefined) {
    const queue = [...kept];
    const seen = new Set(queue);
    while (queue.length > 0) {
      const key = queue.pop()!;
      const text = texts.get(key);
      if (text === undefined) continue;
      for (const target of options.importsOf(key, text)) {
        if (seen.has(target)) continue;
        seen.add(target);
        // A missing import is the checker's finding (`unresolved-reference`), not a load error.
        if (read(target)) queue.push(target);
      }
    }
  }

  return { texts, checked: kept, errors, bom };
}

/** Collects the `.baton` files below a folder; symbolic links to folders are not followed (no cycles). */
function walk(folder: string, found: (key: string) => void, failed: (folder: string, error: unknown) => void): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(toFsPath(folder), { withFileTypes: true });
  } catch (error) {
    failed(folder, error);
    return;
  }
  for (const entry of entries) {
    const key = `${folder.endsWith('/') ? folder.slice(0, -1) : folder}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!isSkippedFolder(entry.name)) walk(key, found, failed);
    } else if (entry.name.endsWith(BATON_EXTENSION)) {
      if (entry.isFile()) found(key);
      else if (entry.isSymbolicLink() && isFile(key)) found(key);
    }
  }
}

function isFile(key: string): boolean {
  try {
    return fs.statSync(toFsPath(key)).isFile();
  } catch {
    return false;
  }
}


function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder';
    case 'ENOTDIR': return 'not a folder';
    default: return error instanceof Error ? error.message : String(error);
  }
}
