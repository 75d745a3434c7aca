/**
 * One analysis of a workspace snapshot: the semantic model plus lint results, computed
 * lazily per file and kept, so that every editor feature of the same snapshot shares them.
 * A hover never lints; a code action lints its file once.
 */
import type { Locale } from '../syntax/message';
import { buildModel, type FileModel, type Model, ParseCache } from '../semantics/model';
import { type Config, DEFAULT_CONFIG } from '../linter/config';
import { type FileLint, lintFile } from '../linter/lint';
import type { Diagnostic } from '../linter/diagnostic';

export type { Locale };

export interface AnalysisOptions {
  /** The configuration of a file (its nearest `baton.config.json`); defaults everywhere when absent. */
  readonly configFor?: (uri: string) => Config;
  /** `YYYY-MM-DD`; defaults to the clock's date when the linter runs. */
  readonly today?: string;
}

export interface Analysis {
  readonly model: Model;
  /** The file of `uri`, if it is part of the snapshot. */
  file(uri: string): FileModel | undefined;
  /** The configuration that applies to `uri`. */
  config(uri: string): Config;
  /** Lint results of one file, computed on first use and then kept. */
  lint(uri: string): FileLint;
  /** Shorthand for `lint(uri).diagnostics`. */
  diagnostics(uri: string): readonly Diagnostic[];
  /** Per-analysis cache for derived data (symbol indexes, burdens), keyed by an owner object and a name. */
  memo<T>(owner: object, name: string, compute: () => T): T;
}

/** Wraps a model built by the caller. */
export function createAnalysis(model: Model, options: AnalysisOptions = {}): Analysis {
  const lints = new Map<string, FileLint>();
  const configs = new Map<string, Config>();
  const memos = new WeakMap<object, Map<string, unknown>>();
  const config = (uri: string): Config => {
    let found = configs.get(uri);
    if (found === undefined) {
      found = options.configFor?.(uri) ?? DEFAULT_CONFIG;
      configs.set(uri, found);
    }
    return found;
  };
  const lint = (uri: string): FileLint => {
    let found = lints.get(uri);
    if (found === undefined) {
      found = lintFile(model, uri, { config: config(uri), today: options.today });
      lints.set(uri, found);
    }
    return found;
  };
  return {
    model,
    file: (uri) => model.files.get(uri),
    config,
    lint,
    diagnostics: (uri) => lint(uri).diagnostics,
    memo<T>(owner: object, name: string, compute: () => T): T {
      let entries = memos.get(owner);
      if (entries === undefined) {
        entries = new Map();
        memos.set(owner, entries);
      }
      if (!entries.has(name)) entries.set(name, compute());
      return entries.get(name) as T;
    },
  };
}

/** Builds the model of a snapshot (path → text) and wraps it. */
export function analyze(texts: ReadonlyMap<string, string>, options: AnalysisOptions & { readonly cache?: ParseCache } = {}): Analysis {
  return createAnalysis(buildModel(texts, options.cache ?? new ParseCache()), options);
}
