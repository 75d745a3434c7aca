/** What a `negotiated` record lacks: shared by the `negotiation-incomplete` rule and the CLI's list of negotiations. */
import type { Property } from '../syntax/ast';

export type NegotiationPart = 'reason' | 'approver' | 'expiry';

/** The parts a record leaves out or leaves blank (a missing reason is a syntax error already). */
export function missingParts(property: Property): NegotiationPart[] {
  const missing: NegotiationPart[] = [];
  if (property.str !== undefined && property.str.value.trim() === '') missing.push('reason');
  if (property.by === undefined || property.by.value.trim() === '') missing.push('approver');
  if (property.until === undefined) missing.push('expiry');
  return missing;
}
