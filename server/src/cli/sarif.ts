/**
 * `--format sarif`: SARIF 2.1.0 as GitHub code scanning accepts it. Every rule of the
 * registry is listed in `tool.driver.rules`; results point into it by id and index.
 *
 * With `--report-suppressed`, SARIF's own mechanism carries the exceptions: a finding hidden by
 * `baton-ignore` is a result with an `inSource` suppression (status `accepted`), and a
 * negotiated escalation gets one too (`accepted`; `underReview` while the record is incomplete;
 * `rejected` once it has expired, so the result counts again). The run's property bag
 * `suppressed` lists every entry, also those that cover no finding. With a baseline, the
 * property `baseline` holds `{matched, new, gone}`; known findings are left out of the results.
 */
import { allRules } from '../rules/index';
import { docsUrl, REPOSITORY_URL, type Severity } from '../rules/rule';
import { localize } from '../syntax/message';
import { describeSuppressed, type Finding, type Place, type Report, type Span, type SuppressedEntry } from './report';

const SRCROOT = '%SRCROOT%';

type Level = 'error' | 'warning' | 'note' | 'none';

function levelOf(severity: Severity | 'off'): Level {
  switch (severity) {
    case 'error': return 'error';
    case 'warning': return 'warning';
    default: return 'note';
  }
}

export interface SarifOptions {
  /** The folder relative paths start from, as an absolute POSIX path. */
  readonly cwd: string;
}

export function formatSarif(report: Report, options: SarifOptions): string {
  const ruleIndex = new Map(allRules.map((rule, index) => [rule.id, index]));
  const rules = allRules.map((rule) => {
    const description = localize(rule.description, report.locale);
    const name = pascalCase(rule.id);
    return {
      id: rule.id,
      // SARIF wants `name` to differ from `id`; a one-word id has no better name.
      ...(name.toLowerCase() === rule.id.toLowerCase() ? {} : { name }),
      shortDescription: { text: description },
      fullDescription: { text: description },
      helpUri: docsUrl(rule.id),
      help: { text: `${description} ${docsUrl(rule.id)}`, markdown: `${description} [${rule.id}](${docsUrl(rule.id)})` },
      defaultConfiguration: rule.defaultSeverity === 'off'
        ? { enabled: false, level: 'note' as Level }
        : { level: levelOf(rule.defaultSeverity) },
      properties: { tags: ['baton'] },
    };
  });

  const suppressionsOf = new Map<Finding, object[]>();
  const hidden: Finding[] = [];
  const findingAt = new Map(report.findings.map((f) => [findingKey(f), f]));
  for (const entry of report.suppressed ?? []) {
    const suppression = {
      kind: 'inSource',
      status: entry.expired ? 'rejected' : entry.incomplete ? 'underReview' : 'accepted',
      justification: describeSuppressed(entry, report.locale),
      location: { physicalLocation: physicalLocation(entry) },
    };
    for (const covered of entry.findings) {
      // A negotiated escalation is reported (as an info); a hidden finding is not, so it is added.
      const finding = findingAt.get(findingKey(covered)) ?? (entry.kind === 'ignore' ? covered : undefined);
      if (finding === undefined) continue;
      if (finding === covered && !hidden.includes(covered)) hidden.push(covered);
      suppressionsOf.set(finding, [...(suppressionsOf.get(finding) ?? []), suppression]);
    }
  }

  const results = [...report.findings, ...hidden].map((f) => {
    const index = ruleIndex.get(f.rule);
    const suppressions = suppressionsOf.get(f);
    return {
      ruleId: f.rule,
      ...(index === undefined ? {} : { ruleIndex: index }),
      level: levelOf(f.severity),
      message: { text: f.message },
      locations: [{ physicalLocation: physicalLocation(f) }],
      ...(f.related.length === 0 ? {} : {
        relatedLocations: f.related.map((r, id) => ({ id, physicalLocation: physicalLocation(r), message: { text: r.message } })),
      }),
      ...(f.fix === undefined ? {} : {
        fixes: [{
          description: { text: f.fix.description },
          artifactChanges: groupByFile(f.fix.edits).map(([file, edits]) => ({
            artifactLocation: artifactLocation(file),
            replacements: edits.map((e) => ({ deletedRegion: region(e), insertedContent: { text: e.newText } })),
          })),
        }],
      }),
      ...(suppressions === undefined ? {} : { suppressions }),
    };
  });

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'Baton',
          version: report.version,
          semanticVersion: report.version,
          informationUri: REPOSITORY_URL,
          rules,
        },
      },
      originalUriBaseIds: { [SRCROOT]: { uri: fileUri(options.cwd) } },
      columnKind: 'utf16CodeUnits',
      results,
      ...(report.suppressed === undefined && report.baseline === undefined ? {} : {
        properties: {
          ...(report.suppressed === undefined ? {} : { suppressed: report.suppressed.map(propertyOf) }),
          ...(report.baseline === undefined ? {} : {
            baseline: { matched: report.baseline.matched, new: report.baseline.new, gone: report.baseline.gone },
          }),
        },
      }),
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function findingKey(f: Finding): string {
  return [f.file, f.line, f.column, f.endLine, f.endColumn, f.rule, f.message].join('\u0000');
}

function propertyOf(entry: SuppressedEntry) {
  return {
    kind: entry.kind,
    file: entry.file,
    line: entry.line,
    column: entry.column,
    rules: entry.rules,
    reason: entry.reason,
    approver: entry.approver ?? null,
    until: entry.until ?? null,
    expired: entry.expired,
    incomplete: entry.incomplete,
    findings: entry.findings.length,
  };
}

function physicalLocation(place: Place) {
  return { artifactLocation: artifactLocation(place.file), region: region(place) };
}

function artifactLocation(file: string) {
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function region(span: Span) {
  return { startLine: span.line, startColumn: span.column, endLine: span.endLine, endColumn: span.endColumn };
}

function groupByFile<T extends Place>(edits: readonly T[]): [string, T[]][] {
  const byFile = new Map<string, T[]>();
  for (const edit of edits) byFile.set(edit.file, [...(byFile.get(edit.file) ?? []), edit]);
  return [...byFile];
}

/** An absolute POSIX path of a folder as a `file:` URI ending in `/`. */
function fileUri(folder: string): string {
  const withSlash = folder.endsWith('/') ? folder : `${folder}/`;
  const encoded = withSlash.split('/').map(encodeURIComponent).join('/');
  return /^[A-Za-z]%3A\//.test(encoded) ? `file:///${encoded.replace('%3A', ':')}` : `file://${encoded}`;
}

function pascalCase(id: string): string {
  return id.split('-').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
}
