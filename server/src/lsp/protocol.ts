/**
 * Constants shared by the language server and the VS Code client. Types and constants only:
 * the client bundles this file, so it must import nothing.
 */

export const LANGUAGE_ID = 'baton';
export const FILE_EXTENSION = '.baton';
export const CONFIG_FILE_NAME = 'baton.config.json';

/** The settings section the server asks the client for (`workspace/configuration`). */
export const SETTINGS_SECTION = 'baton';

export type LocaleSetting = 'auto' | 'en' | 'zh-CN';

/** Editor settings; rule severities live in `baton.config.json`, not here. */
export interface BatonSettings {
  /** Language of messages: `auto` follows the editor's display language. */
  readonly locale?: LocaleSetting;
  readonly format?: {
    /** The formatter rewrites full-width punctuation (｛｝，；：％＞＜＝) to ASCII. */
    readonly asciiPunctuation?: boolean;
  };
}

/** What a client may pass as `initializationOptions`. */
export interface InitializationOptions {
  readonly locale?: LocaleSetting;
  /** `YYYY-MM-DD` used as today's date (tests); defaults to the clock. */
  readonly today?: string;
  /**
   * Client-side commands the client implements (see `Commands`); code actions use them
   * only then, so other LSP clients never get a command they cannot run.
   */
  readonly clientCommands?: readonly string[];
}

/** Glob patterns of the files the server watches (every change). */
export const WATCHED_GLOBS = ['**/*.baton', `**/${CONFIG_FILE_NAME}`] as const;

/**
 * Also watched, for creation and deletion only: everything, so that a folder deleted, created
 * or moved (whose files get no events of their own) is noticed.
 */
export const WATCHED_TREE_GLOB = '**/*';

/** Client-side commands (registered by the VS Code extension, not by the server). */
export const Commands = {
  restartServer: 'baton.restartServer',
  showOutput: 'baton.showOutput',
  /**
   * Moves the cursor of an editor: `[uri: string, position: {line, character}]`. A code
   * action runs it after its edit, e.g. to leave the cursor after `-- ` of a new
   * `baton-ignore` directive, where the reason goes.
   */
  placeCursor: 'baton.placeCursor',
  /** Opens a rule's documentation: `[url: string]`. */
  showRuleDocumentation: 'baton.showRuleDocumentation',
} as const;

/** The code action kind of "fix all" for Baton files. */
export const FIX_ALL_KIND = 'source.fixAll.baton';
