/** The rule contract: what a rule declares, what it sees, and the problems it reports. */
import type { Msg } from '../syntax/message';
import type { TextRange } from '../syntax/text';
import type { FileModel, Model } from '../semantics/model';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export const SEVERITIES: readonly (Severity | 'off')[] = ['error', 'warning', 'info', 'hint', 'off'];

/** An edit to any file of the workspace (a fix may touch another file). */
export interface WorkspaceEdit {
  readonly uri: string;
  readonly range: TextRange;
  readonly newText: string;
}

/** A titled set of edits. */
export interface Fix {
  readonly title: Msg;
  readonly edits: readonly WorkspaceEdit[];
}

/** Evidence that lives elsewhere: the ancestor's target, the other inspector. */
export interface Related {
  readonly uri: string;
  readonly range: TextRange;
  readonly message: Msg;
}

export interface Problem {
  readonly range: TextRange;
  readonly message: Msg;
  /** Defaults to the file being checked. */
  readonly uri?: string;
  readonly related?: readonly Related[];
  /** Safe and unique: applied by `baton check --fix` and "fix all". */
  readonly fix?: Fix;
  /** Offered as quick fixes only. */
  readonly suggestions?: readonly Fix[];
  /** Overrides the configured severity (a negotiated escalation is an info). */
  readonly severity?: Severity;
  /** Shown faded in editors (unused things). */
  readonly unnecessary?: boolean;
}

/** Thresholds from the configuration file (spec §6). */
export interface RuleOptions {
  /** Percentage of the nearest ancestor's value an escalation may add before it is reported. */
  readonly escalationTolerance: number;
  /** Canonical frequency id, e.g. `quarterly`. */
  readonly maxFrequency: string;
  readonly maxVetoes: number;
  readonly maxPledges: number;
  readonly maxVisitsPerInspector: number;
  readonly minExternalWeight: number;
}

export const DEFAULT_OPTIONS: RuleOptions = {
  escalationTolerance: 0,
  maxFrequency: 'quarterly',
  maxVetoes: 1,
  maxPledges: 1,
  maxVisitsPerInspector: 1,
  minExternalWeight: 10,
};

export interface RuleContext {
  readonly model: Model;
  readonly file: FileModel;
  readonly options: RuleOptions;
  /** Today's date as `YYYY-MM-DD` (from the clock, or `--date`). */
  readonly today: string;
  report(problem: Problem): void;
}

export interface Rule {
  /** Kebab-case id; equals the rule's file name, its doc's name and its test's name. */
  readonly id: string;
  /** One sentence stating the requirement: the README row and the doc's first line. */
  readonly description: Msg;
  readonly defaultSeverity: Severity | 'off';
  /** True when the rule attaches fixes or suggestions; the tidy test checks it against the tests. */
  readonly fixable: boolean;
  /** The problems of one file. Absent for findings the linter itself reports (suppressions, config). */
  readonly check?: (ctx: RuleContext) => void;
}

/** Identity function that gives rule literals contextual typing. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

export const REPOSITORY_URL = 'https://github.com/baton-lang/baton';

/** The single place that knows where rule docs live. */
export function docsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}
