/** The rule registry, sorted by id (a tidy test checks the order and that every rule file is here). */
import type { Rule } from './rule';
import duplicateDefinition from './duplicate-definition';
import duplicateInspectorDeclaration from './duplicate-inspector-declaration';
import internalError from './internal-error';
import invalidConfig from './invalid-config';
import levelMismatch from './level-mismatch';
import missingDuty from './missing-duty';
import parentCycle from './parent-cycle';
import suppressionWithoutReason from './suppression-without-reason';
import syntax from './syntax';
import unknownValue from './unknown-value';
import unresolvedReference from './unresolved-reference';
import unusedSuppression from './unused-suppression';
import weightsTotal from './weights-total';

export const allRules: readonly Rule[] = [
  duplicateDefinition,
  duplicateInspectorDeclaration,
  internalError,
  invalidConfig,
  levelMismatch,
  missingDuty,
  parentCycle,
  suppressionWithoutReason,
  syntax,
  unknownValue,
  unresolvedReference,
  unusedSuppression,
  weightsTotal,
];

const byId = new Map(allRules.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
