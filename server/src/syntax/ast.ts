/**
 * The syntax tree of one file. Every node has a half-open `range`; fields that error
 * recovery can drop are optional, and every consumer handles `undefined`.
 */
import type { TextRange } from './text';
import type { KeywordLanguage } from './keywords';

/** An identifier as written. */
export interface Name {
  readonly text: string;
  readonly range: TextRange;
}

/** A string literal: `value` without quotes or escapes; `range` includes the quotes. */
export interface Str {
  readonly value: string;
  readonly range: TextRange;
}

export interface NumberLit {
  readonly value: number;
  readonly text: string;
  readonly range: TextRange;
}

export interface DateLit {
  readonly text: string;
  readonly range: TextRange;
}

export type Comparator = '>=' | '<=' | '>' | '<' | '=';

export interface Target {
  readonly range: TextRange;
  readonly comparator?: { readonly op: Comparator; readonly range: TextRange };
  readonly number?: NumberLit;
  /** `%`, an identifier unit such as `起`, or a string unit. */
  readonly unit?: { readonly text: string; readonly range: TextRange };
  /** A qualitative target (a string), which is never compared. */
  readonly text?: Str;
  /** The text target was written without quotes (a syntax error with a fix). */
  readonly unquoted?: boolean;
}

/** What every property and declaration shares: its keyword and the whole statement. */
export interface Statement {
  /** Canonical keyword token name, e.g. `Target`. */
  readonly keyword: string;
  readonly keywordRange: TextRange;
  /** From the keyword to the end of the statement (its last token). */
  readonly range: TextRange;
}

export interface Import extends Statement {
  readonly kind: 'import';
  readonly path?: Str;
}

export interface DutyList extends Statement {
  readonly kind: 'duties';
  readonly name?: Name;
  readonly title?: Str;
  readonly duties: readonly DutyDecl[];
}

export interface DutyDecl extends Statement {
  readonly kind: 'duty';
  readonly name?: Name;
  readonly title?: Str;
  readonly dutyKind?: Name;
  readonly basis?: Str;
  readonly lead?: Str;
  readonly note?: Str;
  readonly props: readonly Property[];
}

export interface InspectorDecl extends Statement {
  readonly kind: 'inspector';
  readonly name?: Name;
  readonly title?: Str;
  readonly inspectorKind?: Name;
  readonly recognizes?: { readonly keywordRange: TextRange; readonly names: readonly Name[]; readonly range: TextRange };
}

/** A property line of a plan, an indicator or a duty: its keyword and its values. */
export interface Property extends Statement {
  readonly kind: 'property';
  readonly names: readonly Name[];
  readonly str?: Str;
  readonly number?: NumberLit;
  readonly date?: DateLit;
  readonly target?: Target;
  /** For `negotiated`: the approver and the expiry. */
  readonly by?: Str;
  readonly until?: DateLit;
  /** The `by` and `until` keywords, for edits that add or replace them. */
  readonly byRange?: TextRange;
  readonly untilRange?: TextRange;
}

export interface Plan extends Statement {
  readonly kind: 'plan';
  readonly name?: Name;
  readonly title?: Str;
  readonly props: readonly Property[];
  readonly inspectors: readonly InspectorDecl[];
  readonly indicators: readonly Indicator[];
  /** Offset just after `{` and of `}`, where edits insert new lines. */
  readonly bodyStart?: number;
  readonly bodyEnd?: number;
}

export interface Indicator extends Statement {
  readonly kind: 'indicator';
  readonly name?: Name;
  readonly title?: Str;
  readonly props: readonly Property[];
  readonly bodyStart?: number;
  readonly bodyEnd?: number;
}

export interface Comment {
  readonly text: string;
  readonly range: TextRange;
  readonly block: boolean;
}

/** A syntax error: message in both languages, where, and an optional fix. */
export interface SyntaxError {
  readonly message: import('./message').Msg;
  readonly range: TextRange;
  /** A safe fix (inserting a missing space). */
  readonly fix?: { readonly title: import('./message').Msg; readonly edits: readonly import('./text').TextEdit[] };
  /** A guess offered in the editor only (a misspelt keyword). */
  readonly suggestion?: { readonly title: import('./message').Msg; readonly edits: readonly import('./text').TextEdit[] };
}

export interface Document {
  readonly imports: readonly Import[];
  readonly dutyLists: readonly DutyList[];
  readonly inspectors: readonly InspectorDecl[];
  readonly plans: readonly Plan[];
  readonly comments: readonly Comment[];
  /** The language most keywords are written in; edits write keywords in it. */
  readonly language: KeywordLanguage;
  /** Every token with its canonical type name, for IDE features (semantic tokens, completion context). */
  readonly tokens: readonly Token[];
}

export interface Token {
  readonly type: string;
  readonly range: TextRange;
  readonly image: string;
}

/** Top-level declarations in source order. */
export type TopLevel = Import | DutyList | InspectorDecl | Plan;
