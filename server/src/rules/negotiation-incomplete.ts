/**
 * A `negotiated` record must name who approved it (`by`) and when it expires (`until`);
 * an empty reason counts as missing too (a missing one is a syntax error already).
 */
import { msg } from '../syntax/message';
import { defineRule } from './rule';
import { missingParts, type NegotiationPart } from '../semantics/negotiation';

const PART_NAMES: Record<NegotiationPart, { en: string; zh: string }> = {
  reason: { en: 'reason', zh: '协商理由' },
  approver: { en: 'approver (`by`)', zh: '批准人（“批准”）' },
  expiry: { en: 'expiry (`until`)', zh: '有效期（“有效期至”）' },
};

export default defineRule({
  id: 'negotiation-incomplete',
  description: msg(
    'A negotiated target must record its approver (`by`) and its expiry (`until`).',
    '经协商确定的目标须写明批准人（“批准”）和有效期（“有效期至”）。',
  ),
  defaultSeverity: 'info',
  fixable: false,
  check(ctx) {
    for (const plan of ctx.file.plans) {
      for (const indicator of plan.indicators) {
        for (const prop of indicator.node.props) {
          if (prop.keyword !== 'Negotiated') continue;
          const missing = missingParts(prop).map((part) => PART_NAMES[part]);
          if (missing.length === 0) continue;
          ctx.report({
            range: prop.keywordRange,
            message: msg(
              `The negotiation on indicator \`${indicator.name}\` records no ${missing.map((m) => m.en).join(' and no ')}`,
              `指标“${indicator.name}”的协商记录未写明${missing.map((m) => m.zh).join('和')}`,
            ),
          });
        }
      }
    }
  },
});
