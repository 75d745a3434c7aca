/** A rule failed on a file: reported by the linter so one broken rule never hides the others. */
import { defineRule } from './rule';
import { msg } from '../syntax/message';

export default defineRule({
  id: 'internal-error',
  description: msg('Baton itself failed while checking a file; this is a bug to report.', 'Baton 检查文件时自身出错，属于程序缺陷，请报告。'),
  defaultSeverity: 'error',
  fixable: false,
});
