/**
 * The editor features: pure functions over an `Analysis` (model + lint results of a
 * snapshot) that take a document key, offsets and a locale and return plain data with
 * half-open UTF-16 offset ranges. `lsp/` converts them to LSP types.
 */
export { type Analysis, type AnalysisOptions, analyze, createAnalysis } from './analysis';
export { type HoverResult, hover } from './hover';
export { type CodeAction, codeActions, FIX_ALL, fixAll, QUICK_FIX, SHOW_RULE_DOCS_COMMAND } from './code-actions';
export { type CompletionItem, type CompletionKind, type CompletionResult, complete } from './completion';
export {
  type DefinitionResult, type DefinitionTarget, definition, type Location, type PrepareRenameResult, prepareRename,
  references, rename, type RenameResult, type WorkspaceTextEdit,
} from './navigation';
export { type DocumentSymbol, documentSymbols, type WorkspaceSymbol, workspaceSymbols } from './symbols';
export {
  SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES, type SemanticToken, type SemanticTokenModifier, type SemanticTokenType, semanticTokens,
} from './semantic-tokens';
export { type FormatOptions, formatDocument, formatRange, formatText } from './format';
export { type FoldingRange, foldingRanges } from './folding';
export { type CodeLens, codeLenses } from './code-lens';
export { type InlayHint, inlayHints } from './inlay-hints';
export { type DocumentLink, documentLinks } from './document-links';
export { selectionRanges } from './selection-ranges';
export { type PlanBurden, planBurden } from './burden';
