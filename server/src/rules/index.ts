/** The rule registry, sorted by id (a tidy test checks the order and that every rule file is here). */
import type { Rule } from './rule';
import internalError from './internal-error';
import invalidConfig from './invalid-config';
import suppressionWithoutReason from './suppression-without-reason';
import syntax from './syntax';
import unusedSuppression from './unused-suppression';

export const allRules: readonly Rule[] = [
  internalError,
  invalidConfig,
  suppressionWithoutReason,
  syntax,
  unusedSuppression,
];

const byId = new Map(allRules.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
