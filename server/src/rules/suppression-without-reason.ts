/** A `baton-ignore` directive without a reason: reported by the linter, and it hides nothing. */
import { defineRule } from './rule';
import { msg } from '../syntax/message';

export default defineRule({
  id: 'suppression-without-reason',
  description: msg('A `baton-ignore` directive must give its reason after `--`.', '“baton-ignore”指令须在“--”后写明理由。'),
  defaultSeverity: 'warning',
  fixable: false,
});
