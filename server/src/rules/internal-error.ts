/** A rule failed on a file: reported by the linter so one broken rule never hides the others. */
import { defineRule } from './rule';
import { msg } from '../syntax/message';

export default defineRule({
  id: 'internal-error',
  description: msg('Baton itself failed while checking a file; this is a bug to report.', 'Baton 检查文件时发生内部错误，属程序缺陷，请予反馈。'),
  defaultSeverity: 'error',
  fixable: false,
});
