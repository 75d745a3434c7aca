/**
 * The only place that converts between the core's data (absolute POSIX paths, half-open
 * UTF-16 offsets, bilingual messages) and LSP's (URIs, line/character positions, strings).
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as lsp from 'vscode-languageserver';
import type { Diagnostic } from '../linter/diagnostic';
import { docsUrl, type Severity } from '../rules/rule';
import { type Locale, localize, type Msg } from '../syntax/message';
import type { LineIndex, TextRange } from '../syntax/text';

const WINDOWS = process.platform === 'win32';

// ----------------------------------------------------------------- URIs and paths

/**
 * The document key of a URI: the absolute POSIX path of a `file:` URI (percent-decoded, so
 * Chinese file names are plain text); any other URI (`untitled:`) is its own key.
 */
export function uriToKey(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    const path = fileURLToPath(uri);
    if (!WINDOWS) return path;
    // `C:\w\a.baton` → `c:/w/a.baton`: one spelling whatever case the client used for the drive.
    return path.replace(/\\/g, '/').replace(/^([A-Za-z]):/, (_, drive: string) => `${drive.toLowerCase()}:`);
  } catch {
    return uri;
  }
}

/** The `file:` URI of a document key (other keys are URIs already). */
export function keyToUri(key: string): string {
  if (key.startsWith('/')) return pathToFileURL(key).href;
  if (WINDOWS && /^[A-Za-z]:\//.test(key)) return pathToFileURL(key.replace(/\//g, '\\')).href;
  return key;
}

/** Whether a key is a path on disk (as opposed to an `untitled:` document). */
export function isDiskKey(key: string): boolean {
  return key.startsWith('/') || (WINDOWS && /^[A-Za-z]:\//.test(key));
}

// ----------------------------------------------------------------- positions

export function toPosition(lines: LineIndex, offset: number): lsp.Position {
  const { line, column } = lines.position(offset);
  return { line, character: column };
}

export function toOffset(lines: LineIndex, position: lsp.Position): number {
  return lines.offset({ line: position.line, column: position.character });
}

export function toRange(lines: LineIndex, range: TextRange): lsp.Range {
  return { start: toPosition(lines, range.start), end: toPosition(lines, range.end) };
}

export function toTextRange(lines: LineIndex, range: lsp.Range): TextRange {
  const start = toOffset(lines, range.start);
  const end = toOffset(lines, range.end);
  return start <= end ? { start, end } : { start: end, end: start };
}

// ----------------------------------------------------------------- diagnostics

const SEVERITY: Record<Severity, lsp.DiagnosticSeverity> = {
  error: lsp.DiagnosticSeverity.Error,
  warning: lsp.DiagnosticSeverity.Warning,
  info: lsp.DiagnosticSeverity.Information,
  hint: lsp.DiagnosticSeverity.Hint,
};

export function toSeverity(severity: Severity): lsp.DiagnosticSeverity {
  return SEVERITY[severity];
}

/** Everything a conversion needs to know about the workspace: lines and URIs of any file. */
export interface ConvertContext {
  readonly locale: Locale;
  /** Line index of a document key, if the file is known. */
  linesOf(key: string): LineIndex | undefined;
  /** The URI to use for a key (the client's own spelling for open documents). */
  uriOf(key: string): string;
}

export function text(message: Msg, locale: Locale): string {
  return localize(message, locale);
}

/** A core diagnostic as an LSP diagnostic; `lines` is the index of the diagnostic's own file. */
export function toLspDiagnostic(ctx: ConvertContext, lines: LineIndex, diagnostic: Diagnostic): lsp.Diagnostic {
  const related: lsp.DiagnosticRelatedInformation[] = [];
  for (const item of diagnostic.related) {
    const itemLines = item.uri === diagnostic.uri ? lines : ctx.linesOf(item.uri);
    if (itemLines === undefined) continue;
    related.push({
      location: { uri: ctx.uriOf(item.uri), range: toRange(itemLines, item.range) },
      message: localize(item.message, ctx.locale),
    });
  }
  const out: lsp.Diagnostic = {
    range: toRange(lines, diagnostic.range),
    severity: toSeverity(diagnostic.severity),
    code: diagnostic.ruleId,
    codeDescription: { href: docsUrl(diagnostic.ruleId) },
    source: 'baton',
    message: localize(diagnostic.message, ctx.locale),
  };
  if (related.length > 0) out.relatedInformation = related;
  if (diagnostic.unnecessary) out.tags = [lsp.DiagnosticTag.Unnecessary];
  return out;
}

// ----------------------------------------------------------------- edits

/** Core edits (keyed by document key) as an LSP workspace edit; edits to unknown files are dropped. */
export function toWorkspaceEdit(
  ctx: ConvertContext,
  edits: readonly { readonly uri: string; readonly range: TextRange; readonly newText: string }[],
): lsp.WorkspaceEdit {
  const changes: Record<string, lsp.TextEdit[]> = {};
  for (const edit of edits) {
    const lines = ctx.linesOf(edit.uri);
    if (lines === undefined) continue;
    const uri = ctx.uriOf(edit.uri);
    (changes[uri] ??= []).push({ range: toRange(lines, edit.range), newText: edit.newText });
  }
  return { changes };
}

export function toTextEdits(lines: LineIndex, edits: readonly { readonly range: TextRange; readonly newText: string }[]): lsp.TextEdit[] {
  return edits.map((edit) => ({ range: toRange(lines, edit.range), newText: edit.newText }));
}

export function toLocation(ctx: ConvertContext, key: string, range: TextRange): lsp.Location | undefined {
  const lines = ctx.linesOf(key);
  return lines === undefined ? undefined : { uri: ctx.uriOf(key), range: toRange(lines, range) };
}

// ----------------------------------------------------------------- semantic tokens

/**
 * Encodes tokens (in source order, none spanning a line break) as LSP's relative integers:
 * line delta, start delta, length, type index and modifier bits, per the legend's order.
 */
export function encodeSemanticTokens(
  lines: LineIndex,
  tokens: readonly { readonly range: TextRange; readonly type: string; readonly modifiers: readonly string[] }[],
  types: readonly string[],
  modifiers: readonly string[],
): number[] {
  const data: number[] = [];
  let line = 0;
  let character = 0;
  for (const token of tokens) {
    const start = lines.position(token.range.start);
    const length = token.range.end - token.range.start;
    const type = types.indexOf(token.type);
    if (length <= 0 || type < 0) continue;
    const deltaLine = start.line - line;
    const deltaStart = deltaLine === 0 ? start.column - character : start.column;
    if (deltaLine < 0 || deltaStart < 0) continue;
    let bits = 0;
    for (const modifier of token.modifiers) {
      const bit = modifiers.indexOf(modifier);
      if (bit >= 0) bits |= 1 << bit;
    }
    data.push(deltaLine, deltaStart, length, type, bits);
    line = start.line;
    character = start.column;
  }
  return data;
}
