/** Reports an indicator that ranks the assessed units against each other (排名); suggests removing the line. */
import { msg } from '../syntax/message';
import { removeStatement } from '../semantics/edits';
import { defineRule } from './rule';

export default defineRule({
  id: 'ranking',
  description: msg(
    'An indicator should judge each unit against its target, not rank the units against each other.',
    '指标宜对照目标评价各单位，不宜在被考核单位之间排名。',
  ),
  defaultSeverity: 'info',
  fixable: true,
  check(ctx) {
    for (const plan of ctx.file.plans) {
      for (const indicator of plan.indicators) {
        for (const prop of indicator.node.props) {
          if (prop.keyword !== 'Ranking') continue;
          ctx.report({
            range: prop.keywordRange,
            message: msg(
              `Indicator \`${indicator.name}\` ranks the units against each other`,
              `指标“${indicator.name}”对被考核单位进行排名`,
            ),
            suggestions: [{
              title: msg('Remove the ranking', '删除排名要求'),
              edits: [removeStatement(ctx.file, prop.range)],
            }],
          });
        }
      }
    }
  },
});
