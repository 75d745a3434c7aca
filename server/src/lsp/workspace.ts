/**
 * The server's picture of the workspace: open documents (from the client) over files read
 * from disk (through the loader in node/), the semantic model built from both, the
 * configuration files, and which files a change affects.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_CONFIG, type Config } from '../linter/config';
import type { FileLint } from '../linter/lint';
import { type Analysis, createAnalysis } from '../ide/analysis';
import { buildModel, type Model, ParseCache } from '../semantics/model';
import { resolvePath } from '../semantics/paths';
import { LineIndex } from '../syntax/text';
import { ConfigLoader } from '../node/config-file';
import { importsThrough, isFolder, isSkippedFolder, loadTexts, readText, toFsPath } from '../node/workspace';
import { isDiskKey, keyToUri } from './convert';
import { FILE_EXTENSION, LANGUAGE_ID } from './protocol';

export interface OpenDocument {
  readonly key: string;
  readonly uri: string;
  readonly document: TextDocument;
}

export class Workspace {
  /** Workspace folders, as keys without a trailing slash. */
  private folders: string[] = [];
  /** Texts read from disk: workspace files and files they import for context. */
  private readonly disk = new Map<string, string>();
  /** Keys of the `.baton` files inside the workspace folders. */
  private readonly inFolders = new Set<string>();
  /** Open documents by key. */
  private readonly open = new Map<string, OpenDocument>();
  /** Imports tried on disk and not found, so a missing import is not read again and again. */
  private readonly missing = new Set<string>();
  private readonly cache = new ParseCache();
  readonly configs = new ConfigLoader();
  private model: Model | undefined;
  private modelVersions = new Map<string, number>();
  private currentAnalysis: Analysis | undefined;

  constructor(private readonly today: () => string) {}

  // --------------------------------------------------------------- folders and disk

  get folderKeys(): readonly string[] {
    return this.folders;
  }

  /** Reads every `.baton` file of a folder (and what they import) from disk; returns the files found. */
  addFolder(folder: string): string[] {
    const key = folder.endsWith('/') ? folder.slice(0, -1) : folder;
    if (!this.folders.includes(key)) this.folders.push(key);
    return this.readTree(key);
  }

  /** Reads the `.baton` files below a folder of the workspace (and what they import); returns those found. */
  private readTree(folder: string): string[] {
    const loaded = loadTexts([toFsPath(folder)], { importsOf: importsThrough(this.cache) });
    for (const [file, text] of loaded.texts) if (!this.disk.has(file) || this.disk.get(file) !== text) this.disk.set(file, text);
    const found = loaded.checked.filter((file) => file.endsWith(FILE_EXTENSION) && this.isInFolders(file));
    for (const file of found) this.inFolders.add(file);
    this.invalidate();
    return found;
  }

  /** Forgets a folder; returns the files that are no longer part of the workspace. */
  removeFolder(folder: string): string[] {
    const key = folder.endsWith('/') ? folder.slice(0, -1) : folder;
    this.folders = this.folders.filter((f) => f !== key);
    const gone: string[] = [];
    for (const file of [...this.inFolders]) {
      if (this.isInFolders(file)) continue;
      this.inFolders.delete(file);
      gone.push(file);
    }
    this.invalidate();
    return gone;
  }

  /** Whether a key lies inside a workspace folder, outside `node_modules` and dot-folders. */
  isInFolders(key: string): boolean {
    return this.folders.some((folder) => {
      if (!key.startsWith(`${folder}/`)) return false;
      const parts = key.slice(folder.length + 1).split('/');
      return !parts.slice(0, -1).some(isSkippedFolder);
    });
  }

  /**
   * A file changed, appeared or disappeared on disk. Returns the keys whose text changed
   * (a deleted folder takes every file below it).
   */
  diskChanged(key: string, deleted: boolean): string[] {
    if (deleted) {
      const gone = [...this.disk.keys()].filter((file) => file === key || file.startsWith(`${key}/`));
      for (const file of gone) {
        this.disk.delete(file);
        this.inFolders.delete(file);
        if (!this.open.has(file)) this.cache.delete(file);
      }
      if (gone.length > 0) this.invalidate();
      return gone;
    }
    const inFolders = this.isInFolders(key);
    // A folder created or moved into the workspace: its files come without events of their own.
    if (!key.endsWith(FILE_EXTENSION)) return inFolders && isFolder(key) ? this.readTree(key) : [];
    if (!inFolders && !this.disk.has(key) && !this.missing.has(key)) return [];
    this.missing.delete(key);
    let text: string;
    try {
      text = readText(key).text;
    } catch {
      return this.diskChanged(key, true);
    }
    if (inFolders) this.inFolders.add(key);
    if (this.disk.get(key) === text) return [];
    this.disk.set(key, text);
    this.invalidate();
    return [key];
  }

  // --------------------------------------------------------------- open documents

  openDocument(key: string, uri: string, document: TextDocument): void {
    this.open.set(key, { key, uri, document });
    this.invalidate();
  }

  closeDocument(key: string): void {
    this.open.delete(key);
    if (!this.disk.has(key)) this.cache.delete(key);
    this.invalidate();
  }

  /** The text of an open document changed. */
  documentChanged(): void {
    this.invalidate();
  }

  openDocumentOf(key: string): OpenDocument | undefined {
    return this.open.get(key);
  }

  isOpen(key: string): boolean {
    return this.open.has(key);
  }

  /** The URI to use for a key: the client's own spelling for open documents. */
  uriOf(key: string): string {
    return this.open.get(key)?.uri ?? keyToUri(key);
  }

  /** Files whose diagnostics are published: open documents and the files of the workspace folders. */
  publishable(): Set<string> {
    return new Set([...this.inFolders, ...this.open.keys()]);
  }

  static isBatonDocument(document: TextDocument, key: string): boolean {
    return document.languageId === LANGUAGE_ID || key.endsWith(FILE_EXTENSION);
  }

  // --------------------------------------------------------------- model

  private invalidate(): void {
    this.model = undefined;
  }

  /** All texts: open documents over disk. */
  texts(): Map<string, string> {
    const texts = new Map(this.disk);
    for (const [key, open] of this.open) texts.set(key, open.document.getText());
    return texts;
  }

  /** The model of the current texts, rebuilt after any change; imports found missing are read from disk first. */
  currentModel(): Model {
    if (this.model !== undefined) return this.model;
    let model = buildModel(this.texts(), this.cache);
    for (let round = 0; round < 8; round++) {
      const wanted = this.unreadImports(model);
      if (wanted.length === 0) break;
      let read = false;
      for (const key of wanted) {
        try {
          this.disk.set(key, readText(key).text);
          read = true;
        } catch {
          this.missing.add(key);
        }
      }
      if (!read) break;
      model = buildModel(this.texts(), this.cache);
    }
    this.model = model;
    this.modelVersions = new Map([...this.open].map(([key, open]) => [key, open.document.version]));
    return model;
  }

  /** The document version the current model saw for an open document. */
  versionOf(key: string): number | undefined {
    return this.modelVersions.get(key);
  }

  private unreadImports(model: Model): string[] {
    const out = new Set<string>();
    for (const file of model.files.values()) {
      for (const entry of file.imports) {
        if (entry.target !== undefined || entry.node.path === undefined) continue;
        const key = resolvePath(file.uri, entry.node.path.value);
        if (isDiskKey(key) && !this.disk.has(key) && !this.open.has(key) && !this.missing.has(key)) out.add(key);
      }
    }
    return [...out];
  }

  /** Line index of any known file. */
  linesOf(key: string): LineIndex | undefined {
    const file = this.currentModel().files.get(key);
    if (file !== undefined) return file.lines;
    const open = this.open.get(key);
    if (open !== undefined) return new LineIndex(open.document.getText());
    const text = this.disk.get(key);
    return text === undefined ? undefined : new LineIndex(text);
  }

  // --------------------------------------------------------------- analysis and linting

  configFor(key: string): Config {
    return isDiskKey(key) ? this.configs.configFor(key) : DEFAULT_CONFIG;
  }

  /**
   * The analysis of the current texts: the model with lint results and derived data cached,
   * shared by diagnostics and every editor feature until the next change.
   */
  analysis(): Analysis {
    const model = this.currentModel();
    if (this.currentAnalysis === undefined || this.currentAnalysis.model !== model) {
      this.currentAnalysis = createAnalysis(model, { configFor: (key) => this.configFor(key), today: this.today() });
    }
    return this.currentAnalysis;
  }

  /** The findings of one file under the current texts. */
  lint(key: string): FileLint {
    return this.analysis().lint(key);
  }

  /** Forgets configuration files read so far (one changed on disk) and every lint computed with them. */
  reloadConfigs(): void {
    this.configs.clear();
    this.currentAnalysis = undefined;
  }
}

/**
 * The files whose findings may change when `changed` change: the changed files, the files
 * importing them or imported by them, and the files of plans related to plans in them by
 * ancestry (either way) or by group. Computed in every given model (before and after the
 * change), so links the change removed count too.
 */
export function affectedBy(changed: ReadonlySet<string>, models: readonly (Model | undefined)[]): Set<string> {
  const out = new Set(changed);
  for (const model of models) {
    if (model === undefined) continue;
    for (const file of model.files.values()) {
      for (const entry of file.imports) {
        if (entry.target === undefined) continue;
        if (changed.has(entry.target)) out.add(file.uri);
        if (changed.has(file.uri)) out.add(entry.target);
      }
    }
    for (const plan of model.plans) {
      const related = [...plan.ancestors, ...plan.group.plans];
      if (related.some((other) => changed.has(other.uri))) out.add(plan.uri);
      if (changed.has(plan.uri)) for (const other of related) out.add(other.uri);
    }
  }
  return out;
}
