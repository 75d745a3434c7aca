/**
 * Finds and reads `baton.config.json` for documents on disk: the nearest one walking up from
 * each file, or one file given explicitly (`--config`) for every document. Reads and lookups
 * are cached, so a workspace of thousands of files touches each folder once.
 */
import * as fs from 'node:fs';
import { type Config, type ConfigProblem, DEFAULT_CONFIG, nearestConfigPath, parseConfig } from '../linter/config';
import type { Diagnostic } from '../linter/diagnostic';
import { readText, toFsPath } from './workspace';

export interface ConfigFile {
  /** Absolute POSIX path of the configuration file. */
  readonly path: string;
  readonly text: string;
  /** Whether the file began with a BOM (removed from `text`). */
  readonly bom: boolean;
  /** The configuration, with defaults for the parts that are wrong. */
  readonly config: Config;
  readonly problems: readonly ConfigProblem[];
}

/** A configuration file that exists but cannot be read. */
export interface ConfigReadError {
  readonly path: string;
  readonly message: string;
}

export type ConfigResult = ConfigFile | ConfigReadError;

export function isConfigFile(result: ConfigResult): result is ConfigFile {
  return 'config' in result;
}

export interface ConfigLoaderOptions {
  /** Absolute POSIX path of a configuration that replaces the lookup for every file (`--config`). */
  readonly override?: string;
}

export class ConfigLoader {
  private readonly files = new Map<string, ConfigResult>();
  private readonly existing = new Map<string, boolean>();
  private readonly nearest = new Map<string, string | undefined>();

  constructor(private readonly options: ConfigLoaderOptions = {}) {}

  /** The path of the configuration that applies to a document, if any. */
  pathFor(uri: string): string | undefined {
    if (this.options.override !== undefined) return this.options.override;
    const folder = uri.slice(0, uri.lastIndexOf('/'));
    if (this.nearest.has(folder)) return this.nearest.get(folder);
    const found = nearestConfigPath(uri, (candidate) => this.exists(candidate));
    this.nearest.set(folder, found);
    return found;
  }

  /** The configuration file that applies to a document: undefined means the defaults. */
  resultFor(uri: string): ConfigResult | undefined {
    const path = this.pathFor(uri);
    return path === undefined ? undefined : this.load(path);
  }

  /** The configuration that applies to a document; the defaults when there is none or it cannot be read. */
  configFor(uri: string): Config {
    const result = this.resultFor(uri);
    return result !== undefined && isConfigFile(result) ? result.config : DEFAULT_CONFIG;
  }

  /** Reads (once) and parses a configuration file. */
  load(path: string): ConfigResult {
    let result = this.files.get(path);
    if (result === undefined) {
      try {
        const { text, bom } = readText(path);
        const parsed = parseConfig(text);
        result = { path, text, bom, config: parsed.config, problems: parsed.problems };
      } catch (error) {
        result = { path, message: describeReadError(error) };
      }
      this.files.set(path, result);
    }
    return result;
  }

  /** Every configuration read so far, in path order. */
  loaded(): ConfigResult[] {
    return [...this.files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** Forgets what was read (a configuration file changed on disk). */
  clear(): void {
    this.files.clear();
    this.existing.clear();
    this.nearest.clear();
  }

  private exists(path: string): boolean {
    let known = this.existing.get(path);
    if (known === undefined) {
      try {
        known = !fs.statSync(toFsPath(path)).isDirectory();
      } catch {
        known = false;
      }
      this.existing.set(path, known);
    }
    return known;
  }
}

/** The problems of a configuration file as `invalid-config` findings on that file. */
export function configDiagnostics(file: ConfigFile): Diagnostic[] {
  return file.problems.map((problem) => ({
    uri: file.path,
    ruleId: 'invalid-config',
    severity: 'error',
    message: problem.message,
    range: problem.range,
    related: [],
    suggestions: [],
    unnecessary: false,
  }));
}

function describeReadError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return error instanceof Error ? error.message : String(error);
}
