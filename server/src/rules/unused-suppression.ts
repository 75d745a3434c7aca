/** A `baton-ignore` directive that hides nothing: reported by the linter after all rules ran. */
import { defineRule } from './rule';
import { msg } from '../syntax/message';

export default defineRule({
  id: 'unused-suppression',
  description: msg('A `baton-ignore` directive must hide a finding of every rule it names.', '“baton-ignore”指令所列的每条规则，在所指行均须有相应问题。'),
  defaultSeverity: 'warning',
  fixable: true,
});
