/**
 * The `negotiated "reason" by "approver" until DATE` records of a file (spec §5.4), listed for
 * audits (`baton check --report-suppressed`). Pure: reads the model, does no IO.
 */
import { missingParts } from '../semantics/negotiation';
import type { FileModel } from '../semantics/model';
import type { TextRange } from '../syntax/text';
import type { Diagnostic } from './diagnostic';

export interface Negotiation {
  readonly uri: string;
  /** The whole `negotiated …` property. */
  readonly range: TextRange;
  readonly plan: string;
  readonly indicator: string;
  /** Absent when the reason string is missing (a syntax error). */
  readonly reason?: string;
  readonly approver?: string;
  /** `YYYY-MM-DD`, as written. */
  readonly until?: string;
  /** The `until` date is before `today` (the escalation is reported again). */
  readonly expired: boolean;
  /** No approver or no expiry. */
  readonly incomplete: boolean;
  /**
   * The `escalation` findings of the indicator this record speaks for: infos while it holds,
   * warnings again once it has expired. Empty when the indicator escalates nothing, or when
   * another `negotiated` line of the same indicator is the one in effect (the first).
   */
  readonly escalations: readonly Diagnostic[];
}

/**
 * Every `negotiated` property of the indicators of `file`, in source order. `today` is
 * `YYYY-MM-DD`; `diagnostics` are the file's findings (from `lintFile`), used to attach the
 * escalations each record turns into infos.
 */
export function negotiationsOf(file: FileModel, today: string, diagnostics: readonly Diagnostic[] = []): Negotiation[] {
  const escalations = diagnostics.filter((d) => d.ruleId === 'escalation' && d.uri === file.uri);
  const out: Negotiation[] = [];
  for (const plan of file.plans) {
    for (const indicator of plan.indicators) {
      for (const property of indicator.node.props) {
        if (property.keyword !== 'Negotiated') continue;
        const until = property.until?.text;
        const inEffect = property === indicator.negotiated;
        const body = indicator.node.range;
        out.push({
          uri: file.uri,
          range: property.range,
          plan: plan.name,
          indicator: indicator.name,
          reason: property.str?.value,
          approver: property.by?.value,
          until,
          expired: until !== undefined && until < today,
          incomplete: missingParts(property).length > 0,
          escalations: inEffect ? escalations.filter((d) => body.start <= d.range.start && d.range.end <= body.end) : [],
        });
      }
    }
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}
