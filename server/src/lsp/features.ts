/**
 * Editor features: each request handler converts LSP positions to offsets, asks the pure
 * feature in server/src/ide/, and converts the plain-data answer back. Each handler is
 * guarded: an exception is logged and the request answers empty.
 */
import * as lsp from 'vscode-languageserver';
import * as ide from '../ide/index';
import type { Diagnostic } from '../linter/diagnostic';
import type { LineIndex } from '../syntax/text';
import {
  encodeSemanticTokens, toLspDiagnostic, toOffset, toPosition, toRange, toTextEdits, toTextRange, toWorkspaceEdit, uriToKey,
} from './convert';
import { Commands, FIX_ALL_KIND } from './protocol';
import type { BatonServer } from './server';

const SYMBOL_KINDS: Record<ide.DocumentSymbol['kind'], lsp.SymbolKind> = {
  plan: lsp.SymbolKind.Class,
  duties: lsp.SymbolKind.Namespace,
  duty: lsp.SymbolKind.Function,
  inspector: lsp.SymbolKind.Variable,
  indicator: lsp.SymbolKind.Property,
};

const COMPLETION_KINDS: Record<ide.CompletionKind, lsp.CompletionItemKind> = {
  keyword: lsp.CompletionItemKind.Keyword,
  plan: lsp.CompletionItemKind.Class,
  duties: lsp.CompletionItemKind.Module,
  duty: lsp.CompletionItemKind.Function,
  inspector: lsp.CompletionItemKind.Variable,
  indicator: lsp.CompletionItemKind.Property,
  value: lsp.CompletionItemKind.EnumMember,
  file: lsp.CompletionItemKind.File,
};

export const SEMANTIC_TOKENS_LEGEND: lsp.SemanticTokensLegend = {
  tokenTypes: [...ide.SEMANTIC_TOKEN_TYPES],
  tokenModifiers: [...ide.SEMANTIC_TOKEN_MODIFIERS],
};

/** A document of the current analysis: its key and line index. */
interface Target {
  readonly key: string;
  readonly lines: LineIndex;
  readonly analysis: ide.Analysis;
}

/** Declares the capabilities of the features and registers their handlers. */
export function registerFeatures(server: BatonServer, capabilities: lsp.ServerCapabilities, params: lsp.InitializeParams): void {
  const connection = server.connection;
  const client = params.capabilities.textDocument;
  const linkSupport = client?.definition?.linkSupport === true;
  const markdown = client?.hover?.contentFormat?.includes(lsp.MarkupKind.Markdown) ?? true;

  Object.assign(capabilities, {
    hoverProvider: true,
    completionProvider: { triggerCharacters: ['"', '“', '/', ',', '，', '、'], resolveProvider: false },
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: { prepareProvider: true },
    documentSymbolProvider: true,
    workspaceSymbolProvider: true,
    codeActionProvider: { codeActionKinds: [lsp.CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
    documentFormattingProvider: true,
    documentRangeFormattingProvider: true,
    foldingRangeProvider: true,
    codeLensProvider: { resolveProvider: false },
    inlayHintProvider: { resolveProvider: false },
    documentLinkProvider: { resolveProvider: false },
    selectionRangeProvider: true,
    semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: true },
  } satisfies lsp.ServerCapabilities);

  /** The document a request is about, with the analysis of the current texts. */
  const target = (uri: string): Target | undefined => {
    const key = uriToKey(uri);
    const analysis = server.workspace.analysis();
    const file = analysis.file(key);
    return file === undefined ? undefined : { key, lines: file.lines, analysis };
  };
  const guard = server.guard.bind(server);

  connection.onHover(guard('hover', null, (p: lsp.HoverParams): lsp.Hover | null => {
    const doc = target(p.textDocument.uri);
    if (doc === undefined) return null;
    const result = ide.hover(doc.analysis, doc.key, toOffset(doc.lines, p.position), server.locale);
    if (result === undefined) return null;
    return {
      contents: { kind: markdown ? lsp.MarkupKind.Markdown : lsp.MarkupKind.PlainText, value: result.markdown },
      range: toRange(doc.lines, result.range),
    };
  }));

  connection.onCompletion(guard('completion', null, (p: lsp.CompletionParams): lsp.CompletionList | null => {
    const doc = target(p.textDocument.uri);
    if (doc === undefined) return null;
    const result = ide.complete(doc.analysis, doc.key, toOffset(doc.lines, p.position), server.locale);
    const range = toRange(doc.lines, result.range);
    return {
      isIncomplete: false,
      items: result.items.map((item): lsp.CompletionItem => ({
        label: item.label,
        labelDetails: item.detail === undefined && item.description === undefined ? undefined : {
          detail: item.detail === undefined ? undefined : ` ${item.detail}`,
          description: item.description,
        },
        kind: COMPLETION_KINDS[item.kind],
        detail: item.detail,
        documentation: item.documentation === undefined ? undefined : { kind: lsp.MarkupKind.Markdown, value: item.documentation },
        filterText: item.filterText,
        sortText: item.sortText,
        textEdit: { range, newText: item.insertText ?? item.label },
      })),
    };
  }));

  connection.onDefinition(guard('definition', null, (p: lsp.DefinitionParams): lsp.Definition | lsp.LocationLink[] | null => {
    const doc = target(p.textDocument.uri);
    if (doc === undefined) return null;
    const result = ide.definition(doc.analysis, doc.key, toOffset(doc.lines, p.position));
    if (result === undefined) return null;
    const links: lsp.LocationLink[] = [];
    for (const t of result.targets) {
      const lines = server.linesOf(t.uri);
      if (lines === undefined) continue;
      links.push({
        originSelectionRange: toRange(doc.lines, result.origin),
        targetUri: server.uriOf(t.uri),
        targetRange: toRange(lines, t.range),
        targetSelectionRange: toRange(lines, t.selectionRange),
      });
    }
    return linkSupport ? links : links.map((l) => ({ uri: l.targetUri, range: l.targetSelectionRange }));
  }));

  connection.onReferences(guard('references', [], (p: lsp.ReferenceParams): lsp.Location[] => {
    const doc = target(p.textDocument.uri);
    if (doc === undefined) return [];
    return ide.references(doc.analysis, doc.key, toOffset(doc.lines, p.position), p.context.includeDeclaration).flatMap((location) => {
      const lines = server.linesOf(location.uri);
      return lines === undefined ? [] : [{ uri: server.uriOf(location.uri), range: toRange(lines, location.range) }];
    });
  }));

  connection.onPrepareRename(guard('prepareRename', null, (p: lsp.PrepareRenameParams) => {
    const doc = target(p.textDocument.uri);
    if (doc === undefined) return null;
    const result = ide.prepareRename(doc.analysis, doc.key, toOffset(doc.lines, p.position), server.locale);
    if (result === undefined) return null;
    if ('error' in result) return new lsp.ResponseError(lsp.ErrorCodes.InvalidRequest, result.error);
    return { range: toRange(doc.lines, result.range), placeholder: result.placeholder };
  }));

  connection.onRenameRequest(guard('rename', null, (p: lsp.RenameParams) => {
    const doc = target(p.textDocument.uri);
    if (doc === undefined) return null;
    const result = ide.rename(doc.analysis, doc.key, toOffset(doc.lines, p.position), p.newName, server.locale);
    if (result === undefined) return null;
    if ('error' in result) return new lsp.ResponseError(lsp.ErrorCodes.InvalidRequest, result.error);
    return toWorkspaceEdit(server, result.edits);
  }));

  connection.onDocumentSymbol(guard('documentSymbol', [], (p: lsp.DocumentSymbolParams): lsp.DocumentSymbol[] => {
    const doc = target(p.textDocument.uri);
    if (doc === undefined) return [];
    const convert = (symbol: ide.DocumentSymbol): lsp.DocumentSymbol => ({
      name: symbol.name,
      detail: symbol.detail,
      kind: SYMBOL_KINDS[symbol.kind],
      range: toRange(doc.lines, symbol.range),
      selectionRange: toRange(doc.lines, symbol.selectionRange),
      children: symbol.children.map(convert),
    });
    return ide.documentSymbols(doc.analysis, doc.key).map(convert);
  }));

  connection.onWorkspaceSymbol(guard('workspaceSymbol', [], (p: lsp.WorkspaceSymbolParams): lsp.SymbolInformation[] => {
    const analysis = server.workspace.analysis();
    return ide.workspaceSymbols(analysis, p.query).flatMap((symbol) => {
      const lines = server.linesOf(symbol.uri);
      if (lines === undefined) return [];
      return [{
        name: symbol.detail === undefined ? symbol.name : `${symbol.name} ${symbol.detail}`,
        kind: SYMBOL_KINDS[symbol.kind],
        location: { uri: server.uriOf(symbol.uri), range: toRange(lines, symbol.selectionRange) },
        containerName: symbol.containerName,
      }];
    });
  }));

  connection.onCodeAction(guard('codeAction', [], (p: lsp.CodeActionParams): lsp.CodeAction[] => {
    const doc = target(p.textDocument.uri);
    if (doc === undefined) return [];
    const actions = ide.codeActions(doc.analysis, doc.key, toTextRange(doc.lines, p.range), server.locale, p.context.only);
    const out: lsp.CodeAction[] = [];
    for (const action of actions) {
      const converted = toCodeAction(server, doc, action, p.context.diagnostics);
      if (converted !== undefined) out.push(converted);
    }
    return out;
  }));

  connection.onDocumentFormatting(guard('formatting', [], (p: lsp.DocumentFormattingParams): lsp.TextEdit[] => {
    const doc = target(p.textDocument.uri);
    if (doc === undefined) return [];
    return toTextEdits(doc.lines, ide.formatDocument(doc.lines.text, server.formatOptions));
  }));

  connection.onDocumentRangeFormatting(guard('rangeFormatting', [], (p: lsp.DocumentRangeFormattingParams): lsp.TextEdit[] => {
    const doc = target(p.textDocument.uri);
    if (doc === undefined) return [];
    return toTextEdits(doc.lines, ide.formatRange(doc.lines.text, toTextRange(doc.lines, p.range), server.formatOptions));
  }));

  connection.onFoldingRanges(guard('foldingRange', [], (p: lsp.FoldingRangeParams): lsp.FoldingRange[] => {
    const doc = target(p.textDocument.uri);
    if (doc === undefined) return [];
    return ide.foldingRanges(doc.analysis, doc.key).map((folding) => {
      const start = toPosition(doc.lines, folding.range.start);
      const end = toPosition(doc.lines, folding.range.end);
      const kind = folding.kind === 'comment' ? lsp.FoldingRangeKind.Comment : folding.kind === 'imports' ? lsp.FoldingRangeKind.Imports : undefined;
      return { startLine: start.line, startCharacter: start.character, endLine: end.line, endCharacter: end.character, kind };
    });
  }));

  connection.onCodeLens(guard('codeLens', [], (p: lsp.CodeLensParams): lsp.CodeLens[] => {
    const doc = target(p.textDocument.uri);
    if (doc === undefined) return [];
    // A command with an empty id is shown as plain text.
    return ide.codeLenses(doc.analysis, doc.key, server.locale).map((lens) => ({ range: toRange(doc.lines, lens.range), command: { title: lens.title, command: '' } }));
  }));

  connection.languages.inlayHint.on(guard('inlayHint', [], (p: lsp.InlayHintParams): lsp.InlayHint[] => {
    const doc = target(p.textDocument.uri);
    if (doc === undefined) return [];
    return ide.inlayHints(doc.analysis, doc.key, server.locale, toTextRange(doc.lines, p.range)).map((hint) => ({
      position: toPosition(doc.lines, hint.offset),
      label: hint.label,
      tooltip: { kind: lsp.MarkupKind.Markdown, value: hint.tooltip },
      paddingLeft: hint.paddingLeft,
    }));
  }));

  connection.onDocumentLinks(guard('documentLink', [], (p: lsp.DocumentLinkParams): lsp.DocumentLink[] => {
    const doc = target(p.textDocument.uri);
    if (doc === undefined) return [];
    return ide.documentLinks(doc.analysis, doc.key)
      .filter((link) => link.exists)
      .map((link) => ({ range: toRange(doc.lines, link.range), target: server.uriOf(link.target) }));
  }));

  connection.onSelectionRanges(guard('selectionRange', [], (p: lsp.SelectionRangeParams): lsp.SelectionRange[] => {
    const doc = target(p.textDocument.uri);
    if (doc === undefined) return [];
    const offsets = p.positions.map((position) => toOffset(doc.lines, position));
    return ide.selectionRanges(doc.analysis, doc.key, offsets).map((ranges, i) => {
      let parent: lsp.SelectionRange | undefined;
      for (const range of [...ranges].reverse()) parent = { range: toRange(doc.lines, range), parent };
      return parent ?? { range: { start: p.positions[i], end: p.positions[i] } };
    });
  }));

  const tokens = (p: { textDocument: lsp.TextDocumentIdentifier }, range?: lsp.Range): lsp.SemanticTokens => {
    const doc = target(p.textDocument.uri);
    if (doc === undefined) return { data: [] };
    const found = ide.semanticTokens(doc.analysis, doc.key, range === undefined ? undefined : toTextRange(doc.lines, range));
    return { data: encodeSemanticTokens(doc.lines, found, ide.SEMANTIC_TOKEN_TYPES, ide.SEMANTIC_TOKEN_MODIFIERS) };
  };
  connection.languages.semanticTokens.on(guard('semanticTokens', { data: [] }, (p: lsp.SemanticTokensParams) => tokens(p)));
  connection.languages.semanticTokens.onRange(guard('semanticTokens/range', { data: [] }, (p: lsp.SemanticTokensRangeParams) => tokens(p, p.range)));
}

/** A core code action as an LSP one; the cursor after the edit becomes the client's `placeCursor` command. */
function toCodeAction(server: BatonServer, doc: Target, action: ide.CodeAction, context: readonly lsp.Diagnostic[]): lsp.CodeAction | undefined {
  const out: lsp.CodeAction = {
    title: action.title,
    kind: action.kind,
    diagnostics: action.diagnostics.map((d) => matchingDiagnostic(server, doc, d, context)),
  };
  if (action.isPreferred !== undefined) out.isPreferred = action.isPreferred;
  if (action.edits !== undefined) out.edit = toWorkspaceEdit(server, action.edits);
  if (action.command !== undefined) {
    if (!server.clientCommands.has(action.command.id)) return undefined;
    out.command = { title: action.command.title, command: action.command.id, arguments: [...action.command.arguments] };
  } else if (action.cursor !== undefined && server.clientCommands.has(Commands.placeCursor)) {
    const position = { line: action.cursor.position.line, character: action.cursor.position.column };
    out.command = { title: action.title, command: Commands.placeCursor, arguments: [server.uriOf(action.cursor.uri), position] };
  }
  return out;
}

/** The client's own diagnostic for a core finding (same rule and range), else a fresh conversion. */
function matchingDiagnostic(server: BatonServer, doc: Target, diagnostic: Diagnostic, context: readonly lsp.Diagnostic[]): lsp.Diagnostic {
  const range = toRange(doc.lines, diagnostic.range);
  const same = context.find((d) => d.code === diagnostic.ruleId
    && d.range.start.line === range.start.line && d.range.start.character === range.start.character
    && d.range.end.line === range.end.line && d.range.end.character === range.end.character);
  return same ?? toLspDiagnostic(server, doc.lines, diagnostic);
}
