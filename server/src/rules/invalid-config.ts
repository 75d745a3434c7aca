/** A bad `baton.config.json`: reported on the configuration file by the edges that read it. */
import { defineRule } from './rule';
import { msg } from '../syntax/message';

export default defineRule({
  id: 'invalid-config',
  description: msg('The configuration file must be valid: known keys, rule ids, severities and thresholds.', '配置文件须正确填写，配置项、规则编号、严重级别和阈值均须有效。'),
  defaultSeverity: 'error',
  fixable: false,
});
