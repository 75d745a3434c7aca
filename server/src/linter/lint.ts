/** Runs the rules over one file of a model, applies the configuration and the suppression directives. */
import { msg } from '../syntax/message';
import type { Model } from '../semantics/model';
import { allRules, ruleById } from '../rules/index';
import type { Problem, Rule, Severity } from '../rules/rule';
import { type Config, DEFAULT_CONFIG, severityOf } from './config';
import { compareDiagnostics, type Diagnostic, type Suppression } from './diagnostic';
import { directivesOf } from './suppressions';

export interface LintOptions {
  readonly config?: Config;
  /** `YYYY-MM-DD`; defaults to the clock's date. */
  readonly today?: string;
}

export interface FileLint {
  readonly uri: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly suppressions: readonly Suppression[];
}

export function todayOf(date: Date = new Date()): string {
  return date.toISOString().slice(0, 10);
}

/** Lints the file `uri` of `model`. Never throws: a failing rule becomes an `internal-error` finding. */
export function lintFile(model: Model, uri: string, options: LintOptions = {}): FileLint {
  const file = model.files.get(uri);
  if (file === undefined) return { uri, diagnostics: [], suppressions: [] };
  const config = options.config ?? DEFAULT_CONFIG;
  const today = options.today ?? todayOf();
  const found: Diagnostic[] = [];

  for (const rule of allRules) {
    if (rule.check === undefined) continue;
    const severity = severityOf(config, rule.id, rule.defaultSeverity);
    if (severity === 'off') continue;
    try {
      rule.check({
        model,
        file,
        options: config.options,
        today,
        report: (problem) => {
          if ((problem.uri ?? uri) === uri) found.push(toDiagnostic(uri, rule, severity, problem));
        },
      });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      found.push(toDiagnostic(uri, ruleById('internal-error')!, 'error', {
        range: { start: 0, end: 0 },
        message: msg(`Rule \`${rule.id}\` failed on this file: ${detail}; please report this bug`, `规则“${rule.id}”检查本文件时出错：${detail}。请向开发者反馈此问题`),
      }));
    }
  }
  return applySuppressions(file, found, config);
}

function toDiagnostic(uri: string, rule: Rule, severity: Severity, problem: Problem): Diagnostic {
  return {
    uri,
    ruleId: rule.id,
    severity: problem.severity ?? severity,
    message: problem.message,
    range: problem.range,
    related: problem.related ?? [],
    fix: problem.fix,
    suggestions: problem.suggestions ?? [],
    unnecessary: problem.unnecessary ?? false,
  };
}

function applySuppressions(file: import('../semantics/model').FileModel, found: Diagnostic[], config: Config): FileLint {
  const directives = directivesOf(file);
  const suppressions: Suppression[] = [];
  const hidden = new Set<Diagnostic>();
  const extra: Diagnostic[] = [];
  const report = (ruleId: string, problem: Problem): void => {
    const rule = ruleById(ruleId)!;
    const severity = severityOf(config, rule.id, rule.defaultSeverity);
    if (severity !== 'off') extra.push(toDiagnostic(file.uri, rule, severity, problem));
  };

  for (const directive of directives) {
    if (directive.reason === '') {
      report('suppression-without-reason', {
        range: directive.range,
        message: msg('A `baton-ignore` directive needs a reason after `--`; it hides nothing until it has one', '“baton-ignore”指令须在“--”后写明理由；未写理由时不生效'),
      });
      continue;
    }
    const hiddenHere: Diagnostic[] = [];
    const used = new Set<string>();
    for (const diagnostic of found) {
      if (file.lines.position(diagnostic.range.start).line !== directive.targetLine) continue;
      if (!directive.ruleIds.some((r) => r.id === diagnostic.ruleId)) continue;
      hidden.add(diagnostic);
      hiddenHere.push(diagnostic);
      used.add(diagnostic.ruleId);
    }
    suppressions.push({ uri: file.uri, range: directive.range, ruleIds: directive.ruleIds.map((r) => r.id), reason: directive.reason, hidden: hiddenHere });
    const unused = directive.ruleIds.filter((r) => !used.has(r.id));
    if (unused.length === 0) continue;
    const kept = directive.ruleIds.filter((r) => used.has(r.id)).map((r) => r.id);
    const unknown = unused.filter((r) => ruleById(r.id) === undefined);
    const names = unused.map((r) => r.id).join(', ');
    const removal = kept.length === 0
      ? { range: lineRangeOf(file, directive.range), newText: '' }
      : { range: directive.range, newText: `// baton-ignore ${kept.join(', ')} -- ${directive.reason}` };
    report('unused-suppression', {
      range: directive.range,
      message: unknown.length > 0
        ? msg(`\`${unknown.map((r) => r.id).join(', ')}\` is not a Baton rule: this suppression hides nothing`, `“${unknown.map((r) => r.id).join('、')}”不是 Baton 规则，此忽略指令不起作用`)
        : msg(`Unused suppression: no \`${names}\` finding on the line it applies to`, `多余的忽略指令：所指行没有“${unused.map((r) => r.id).join('、')}”问题`),
      unnecessary: true,
      fix: { title: msg('Remove the unused suppression', '删除多余的忽略指令'), edits: [{ uri: file.uri, ...removal }] },
    });
  }
  const diagnostics = found.filter((d) => !hidden.has(d)).concat(extra).sort(compareDiagnostics);
  return { uri: file.uri, diagnostics, suppressions };
}

/** The whole line of a comment that stands alone on its line (with its line break); else the comment and the blanks before it. */
function lineRangeOf(file: import('../semantics/model').FileModel, range: { start: number; end: number }): { start: number; end: number } {
  const lines = file.lines;
  const line = lines.position(range.start).line;
  const start = lines.lineStart(line);
  const end = lines.lineEnd(line);
  if (file.text.slice(range.end, end).trim() !== '') return range;
  if (file.text.slice(start, range.start).trim() !== '') {
    // A trailing comment: remove it with the blanks before it.
    let from = range.start;
    while (from > start && (file.text[from - 1] === ' ' || file.text[from - 1] === '\t')) from--;
    return { start: from, end: range.end };
  }
  const next = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : end;
  return { start, end: next };
}
