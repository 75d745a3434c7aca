/** The rule registry, sorted by id (a tidy test checks the order and that every rule file is here). */
import type { Rule } from './rule';
import duplicateDefinition from './duplicate-definition';
import duplicateInspector from './duplicate-inspector';
import duplicateInspectorDeclaration from './duplicate-inspector-declaration';
import dutyNotInList from './duty-not-in-list';
import dutyReturned from './duty-returned';
import escalation from './escalation';
import internalError from './internal-error';
import invalidConfig from './invalid-config';
import levelMismatch from './level-mismatch';
import missingDuty from './missing-duty';
import parentCycle from './parent-cycle';
import suppressionWithoutReason from './suppression-without-reason';
import syntax from './syntax';
import targetIncomparable from './target-incomparable';
import unknownValue from './unknown-value';
import unresolvedReference from './unresolved-reference';
import unusedSuppression from './unused-suppression';
import weightsTotal from './weights-total';

export const allRules: readonly Rule[] = [
  duplicateDefinition,
  duplicateInspector,
  duplicateInspectorDeclaration,
  dutyNotInList,
  dutyReturned,
  escalation,
  internalError,
  invalidConfig,
  levelMismatch,
  missingDuty,
  parentCycle,
  suppressionWithoutReason,
  syntax,
  targetIncomparable,
  unknownValue,
  unresolvedReference,
  unusedSuppression,
  weightsTotal,
];

const byId = new Map(allRules.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
