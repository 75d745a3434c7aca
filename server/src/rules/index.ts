/** The rule registry, sorted by id (a tidy test checks the order and that every rule file is here). */
import type { Rule } from './rule';
import addedIndicator from './added-indicator';
import assistDutyLiability from './assist-duty-liability';
import duplicateDefinition from './duplicate-definition';
import duplicateInspector from './duplicate-inspector';
import duplicateInspectorDeclaration from './duplicate-inspector-declaration';
import dutyNotInList from './duty-not-in-list';
import dutyReturned from './duty-returned';
import escalation from './escalation';
import externalEvaluation from './external-evaluation';
import frequencyTooHigh from './frequency-too-high';
import inspectorVisits from './inspector-visits';
import internalError from './internal-error';
import invalidConfig from './invalid-config';
import levelMismatch from './level-mismatch';
import missingDuty from './missing-duty';
import negotiationExpired from './negotiation-expired';
import negotiationIncomplete from './negotiation-incomplete';
import noLongTermIndicator from './no-long-term-indicator';
import paperworkEvidence from './paperwork-evidence';
import parentCycle from './parent-cycle';
import pledgeCount from './pledge-count';
import ranking from './ranking';
import suppressionWithoutReason from './suppression-without-reason';
import syntax from './syntax';
import targetIncomparable from './target-incomparable';
import unknownValue from './unknown-value';
import unresolvedReference from './unresolved-reference';
import unusedSuppression from './unused-suppression';
import vetoCount from './veto-count';
import vetoWithoutBasis from './veto-without-basis';
import weightsTotal from './weights-total';

export const allRules: readonly Rule[] = [
  addedIndicator,
  assistDutyLiability,
  duplicateDefinition,
  duplicateInspector,
  duplicateInspectorDeclaration,
  dutyNotInList,
  dutyReturned,
  escalation,
  externalEvaluation,
  frequencyTooHigh,
  inspectorVisits,
  internalError,
  invalidConfig,
  levelMismatch,
  missingDuty,
  negotiationExpired,
  negotiationIncomplete,
  noLongTermIndicator,
  paperworkEvidence,
  parentCycle,
  pledgeCount,
  ranking,
  suppressionWithoutReason,
  syntax,
  targetIncomparable,
  unknownValue,
  unresolvedReference,
  unusedSuppression,
  vetoCount,
  vetoWithoutBasis,
  weightsTotal,
];

const byId = new Map(allRules.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
