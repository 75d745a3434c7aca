/** What the linter returns to the CLI, the IDE layer and the language server. */
import type { Msg } from '../syntax/message';
import type { TextRange } from '../syntax/text';
import type { Fix, Related, Severity } from '../rules/rule';

export interface Diagnostic {
  readonly uri: string;
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: Msg;
  readonly range: TextRange;
  readonly related: readonly Related[];
  readonly fix?: Fix;
  readonly suggestions: readonly Fix[];
  readonly unnecessary: boolean;
}

/** A `// baton-ignore` directive and the findings it hid. */
export interface Suppression {
  readonly uri: string;
  readonly range: TextRange;
  readonly ruleIds: readonly string[];
  readonly reason: string;
  readonly hidden: readonly Diagnostic[];
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.range.start - b.range.start || a.range.end - b.range.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
