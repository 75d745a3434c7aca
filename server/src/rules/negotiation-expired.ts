/**
 * A `negotiated` record whose `until` date is before today has expired: the agreed target
 * no longer covers the escalation, which `escalation` then reports at full severity again.
 * The same comparison as `escalation` (`until < today`): on its last day it is still valid.
 */
import { msg } from '../syntax/message';
import { defineRule } from './rule';

export default defineRule({
  id: 'negotiation-expired',
  description: msg(
    'A negotiated target must not be past its expiry date (`until`).',
    '经协商确定的目标须在有效期（“有效期至”）内。',
  ),
  defaultSeverity: 'warning',
  fixable: false,
  check(ctx) {
    for (const plan of ctx.file.plans) {
      for (const indicator of plan.indicators) {
        for (const prop of indicator.node.props) {
          if (prop.keyword !== 'Negotiated' || prop.until === undefined || !(prop.until.text < ctx.today)) continue;
          ctx.report({
            range: prop.until.range,
            message: msg(
              `The negotiation on indicator \`${indicator.name}\` expired on ${prop.until.text}`,
              `指标“${indicator.name}”的协商有效期已于 ${prop.until.text} 届满`,
            ),
          });
        }
      }
    }
  },
});
