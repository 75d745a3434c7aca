/**
 * Code actions as plain data. For the findings that intersect a range: each fix (preferred)
 * and suggestion as a quick fix, "suppress with a reason" (a `// baton-ignore <id> -- `
 * line above, with the cursor left where the reason goes), and "show the rule's
 * documentation". And `source.fixAll.baton`: every safe fix of the document at once.
 */
import { type Locale, localize } from '../syntax/message';
import { lineBreakOf, type LineColumn, type TextRange, intersects } from '../syntax/text';
import { docsUrl } from '../rules/rule';
import type { Diagnostic } from '../linter/diagnostic';
import { collectFixEdits } from '../linter/fix';
import type { Analysis } from './analysis';
import { tr } from './describe';
import type { WorkspaceTextEdit } from './navigation';

export const QUICK_FIX = 'quickfix';
export const FIX_ALL = 'source.fixAll.baton';
/** The client command that opens a rule's documentation; its argument is the URL. */
export const SHOW_RULE_DOCS_COMMAND = 'baton.showRuleDocumentation';

export interface CodeAction {
  readonly title: string;
  readonly kind: typeof QUICK_FIX | typeof FIX_ALL;
  /** The findings this action is about (empty for fix-all). */
  readonly diagnostics: readonly Diagnostic[];
  readonly isPreferred?: boolean;
  readonly edits?: readonly WorkspaceTextEdit[];
  /**
   * Where to put the cursor once `edits` are applied, in the edited text: its offset and
   * its zero-based line and column (UTF-16).
   */
  readonly cursor?: { readonly uri: string; readonly offset: number; readonly position: LineColumn };
  readonly command?: { readonly id: string; readonly title: string; readonly arguments: readonly unknown[] };
  /** For "show documentation": the rule's documentation page. */
  readonly docsUrl?: string;
}

/** Rules that are about the directives or the configuration themselves: never suppressed. */
const UNSUPPRESSIBLE = new Set(['syntax', 'internal-error', 'invalid-config', 'suppression-without-reason', 'unused-suppression']);

/**
 * The actions for `range` of `uri`. `only` filters by kind as LSP does (a kind matches
 * `only` entries equal to it or that it starts with followed by `.`); without `only`,
 * quick fixes and the fix-all action are returned.
 */
export function codeActions(analysis: Analysis, uri: string, range: TextRange, locale: Locale, only?: readonly string[]): CodeAction[] {
  const file = analysis.file(uri);
  if (file === undefined) return [];
  const wants = (kind: string): boolean => only === undefined || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const out: CodeAction[] = [];
  if (wants(QUICK_FIX)) {
    const found = analysis.diagnostics(uri).filter((d) => intersects(d.range, range));
    for (const diagnostic of found) {
      if (diagnostic.fix !== undefined) {
        out.push({ title: localize(diagnostic.fix.title, locale), kind: QUICK_FIX, diagnostics: [diagnostic], isPreferred: true, edits: diagnostic.fix.edits });
      }
      for (const suggestion of diagnostic.suggestions) {
        out.push({ title: localize(suggestion.title, locale), kind: QUICK_FIX, diagnostics: [diagnostic], isPreferred: false, edits: suggestion.edits });
      }
    }
    const suppressed = new Set<string>();
    for (const diagnostic of found) {
      const key = `${diagnostic.ruleId}@${file.lines.position(diagnostic.range.start).line}`;
      if (UNSUPPRESSIBLE.has(diagnostic.ruleId) || suppressed.has(key)) continue;
      suppressed.add(key);
      out.push(suppressAction(analysis, uri, diagnostic, locale));
    }
    const documented = new Set<string>();
    for (const diagnostic of found) {
      if (documented.has(diagnostic.ruleId)) continue;
      documented.add(diagnostic.ruleId);
      const url = docsUrl(diagnostic.ruleId);
      const title = tr(locale, `Show documentation for \`${diagnostic.ruleId}\``, `查看规则“${diagnostic.ruleId}”的说明`);
      out.push({ title, kind: QUICK_FIX, diagnostics: found.filter((d) => d.ruleId === diagnostic.ruleId), command: { id: SHOW_RULE_DOCS_COMMAND, title, arguments: [url] }, docsUrl: url });
    }
  }
  if (wants(FIX_ALL)) {
    const all = fixAll(analysis, uri, locale);
    if (all !== undefined) out.push(all);
  }
  return out;
}

/** Every safe fix of the document in one action, or undefined when there is none. */
export function fixAll(analysis: Analysis, uri: string, locale: Locale): CodeAction | undefined {
  const fixes = analysis.diagnostics(uri).flatMap((d) => (d.fix === undefined ? [] : [d.fix]));
  if (fixes.length === 0) return undefined;
  const edits: WorkspaceTextEdit[] = [];
  for (const [at, list] of collectFixEdits(fixes)) for (const edit of list) edits.push({ uri: at, ...edit });
  return { title: tr(locale, 'Fix all auto-fixable Baton problems', '修复所有可自动修复的 Baton 问题'), kind: FIX_ALL, diagnostics: [], edits };
}

function suppressAction(analysis: Analysis, uri: string, diagnostic: Diagnostic, locale: Locale): CodeAction {
  const file = analysis.file(uri)!;
  const line = file.lines.position(diagnostic.range.start).line;
  const lineStart = file.lines.lineStart(line);
  const indent = /^[ \t\u3000]*/.exec(file.lines.lineText(line))![0];
  const directive = `// baton-ignore ${diagnostic.ruleId} -- `;
  const newText = `${indent}${directive}${lineBreakOf(file.text)}`;
  const column = indent.length + directive.length;
  return {
    title: tr(locale, `Suppress \`${diagnostic.ruleId}\` on this line (with a reason)`, `忽略本行的“${diagnostic.ruleId}”问题（须写明理由）`),
    kind: QUICK_FIX,
    diagnostics: [diagnostic],
    isPreferred: false,
    edits: [{ uri, range: { start: lineStart, end: lineStart }, newText }],
    cursor: { uri, offset: lineStart + column, position: { line, column } },
  };
}
