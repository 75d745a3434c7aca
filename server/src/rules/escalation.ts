/**
 * Reports a target, deadline, frequency, veto or pledge stricter than the nearest ancestor's
 * (层层加码), naming the parent's value, the origin's value and the cumulative escalation.
 * A `negotiated` record turns the finding into an info until it expires.
 */
import { defineRule, type Fix, type RuleContext } from './rule';
import { type Msg, msg } from '../syntax/message';
import { spell } from '../syntax/keywords';
import { spellValue } from '../semantics/enums';
import { insertLineAfter, removeStatement } from '../semantics/edits';
import {
  daysBetween, type Escalation, findEscalations, formatPercent, formatValue, isDirectParent, relativeChange, styleOf, type ValueStyle,
} from '../semantics/targets';

export default defineRule({
  id: 'escalation',
  description: msg(
    "A target, deadline, frequency, veto or pledge must not be stricter than the nearest upper plan's.",
    '指标的目标、时限、频次以及一票否决、责任书要求不得严于最近一级上级方案，不得层层加码。',
  ),
  defaultSeverity: 'warning',
  fixable: true,
  check(ctx) {
    const style = styleOf(ctx.file);
    for (const plan of ctx.file.plans) {
      for (const indicator of plan.indicators) {
        const escalations = findEscalations(indicator, ctx.options.escalationTolerance);
        if (escalations.length === 0) continue;
        const negotiated = indicator.negotiated;
        const until = negotiated?.until?.text;
        const expired = until !== undefined && until < ctx.today;
        for (const escalation of escalations) {
          let message = describe(escalation, style);
          const fix = fixOf(ctx, escalation, style);
          const suggestions: Fix[] = [];
          if (negotiated !== undefined && !expired) {
            const reason = negotiated.str?.value;
            const by = negotiated.by?.value;
            message = join(message, msg(
              `; negotiated${reason === undefined ? '' : `: \`${reason}\``}${by === undefined ? '' : `, approved by \`${by}\``}${until === undefined ? '' : `, until ${until}`}`,
              `；已协商${reason === undefined ? '' : `：“${reason}”`}${by === undefined ? '' : `，批准人：“${by}”`}${until === undefined ? '' : `，有效期至 ${until}`}`,
            ));
            // Never undo an agreed target automatically: offered as a quick fix only.
            suggestions.push(fix);
          } else if (negotiated !== undefined) {
            message = join(message, msg(`; the negotiation expired on ${until}`, `；协商有效期已于 ${until} 届满`));
          } else {
            const keyword = spell('Negotiated', style.language);
            const placeholder = style.language === 'zh' ? '“…”' : '"…"';
            suggestions.push({
              title: msg(`Add \`${spell('Negotiated', 'en')} "…"\``, `添加协商记录（${spell('Negotiated', 'zh')} “…”）`),
              edits: [insertLineAfter(ctx.file, escalation.statement.range, `${keyword} ${placeholder}`)],
            });
          }
          const live = negotiated !== undefined && !expired;
          ctx.report({
            range: escalation.range,
            message,
            severity: live ? 'info' : undefined,
            related: relatedOf(escalation, style),
            fix: live ? undefined : fix,
            suggestions,
          });
        }
      }
    }
  },
});

function join(a: Msg, b: Msg): Msg {
  return msg(a.en + b.en, a.zh + b.zh);
}

/** `the parent plan` for the direct parent, `the upper plan` for one further up (a middle plan dropped the indicator). */
function above(escalation: Escalation): string {
  return isDirectParent(escalation.indicator, escalation.ancestor) ? 'the parent plan' : 'the upper plan';
}

function describe(escalation: Escalation, style: ValueStyle): Msg {
  const { ancestor, origin } = escalation;
  const child = formatValue(escalation.child, style);
  const parentValue = formatValue(escalation.ancestorValue, style);
  const originValue = formatValue(escalation.originValue, style);
  const sameOrigin = origin === ancestor;
  const A = ancestor.plan.name;
  const O = origin.plan.name;
  const where = above(escalation);
  const tagEn = sameOrigin ? ', the origin' : '';
  const tagZh = sameOrigin ? '（源头方案）' : '';

  switch (escalation.property) {
    case 'target': {
      const c = escalation.child.property === 'target' ? escalation.child.target.value : 0;
      const o = escalation.originValue.property === 'target' ? escalation.originValue.target.value : 0;
      const change = relativeChange(c, o);
      const changed = escalation.relation?.kind === 'changed';
      // A stricter target is "N% stricter" whichever way its comparator points (≤ 1 → ≤ 0 is 100% stricter).
      const pct = change === undefined ? undefined : changed ? formatPercent(change) : formatPercent(Math.abs(change)).slice(1);
      const inAllEn = changed ? 'in all' : 'stricter in all';
      const inAllZh = changed ? '累计变化' : '累计加码';
      const head = changed
        ? msg(`Target \`${child}\` changes ${where}'s \`${parentValue}\` (\`${A}\`${tagEn})`, `目标“${child}”与上级方案“${A}”${tagZh}的“${parentValue}”不一致`)
        : msg(`Target \`${child}\` is stricter than ${where}'s \`${parentValue}\` (\`${A}\`${tagEn})`, `目标“${child}”严于上级方案“${A}”${tagZh}的“${parentValue}”`);
      const tail = sameOrigin
        ? msg(pct === undefined ? '' : `: ${pct} ${inAllEn}`, pct === undefined ? '' : `，${inAllZh} ${pct}`)
        : msg(
          `; the origin \`${O}\` set \`${originValue}\`${pct === undefined ? '' : `: ${pct} ${inAllEn}`}`,
          `；源头方案“${O}”为“${originValue}”${pct === undefined ? '' : `，${inAllZh} ${pct}`}`,
        );
      return join(head, tail);
    }
    case 'deadline': {
      const parentExplicit = escalation.ancestorValue.property === 'deadline' && escalation.ancestorValue.explicit;
      const originExplicit = escalation.originValue.property === 'deadline' && escalation.originValue.explicit;
      const days = originValue === '' ? undefined : daysBetween(child, originValue);
      const daysEn = days === undefined ? '' : `: ${days} days earlier in all`;
      const daysZh = days === undefined ? '' : `，累计提前 ${days} 天`;
      const head = parentExplicit
        ? msg(`Deadline \`${child}\` is earlier than ${where}'s \`${parentValue}\` (\`${A}\`${tagEn})`, `时限“${child}”早于上级方案“${A}”${tagZh}的“${parentValue}”`)
        : msg(
          `Deadline \`${child}\` is added where ${where} \`${A}\`${sameOrigin ? ' (the origin)' : ''} sets none (the end of the period${parentValue === '' ? '' : `, ${parentValue}`})`,
          `新增时限“${child}”，上级方案“${A}”${tagZh}未设时限（按考核期末${parentValue === '' ? '' : ` ${parentValue}`}计）`,
        );
      const tail = sameOrigin
        ? msg(daysEn, daysZh)
        : msg(
          `; the origin \`${O}\` set ${originExplicit ? `\`${originValue}\`` : 'none'}${daysEn}`,
          `；源头方案“${O}”${originExplicit ? `为“${originValue}”` : '未设时限'}${daysZh}`,
        );
      return join(head, tail);
    }
    case 'frequency': {
      const parentExplicit = escalation.ancestorValue.property === 'frequency' && escalation.ancestorValue.explicit;
      const childRank = escalation.child.property === 'frequency' ? escalation.child.value.rank : 0;
      const originRank = escalation.originValue.property === 'frequency' ? escalation.originValue.value.rank : 0;
      const defaultEn = parentExplicit ? '' : 'default ';
      const defaultZh = parentExplicit ? '' : '默认频次';
      // The file's own spelling (`月度`), as `frequency-too-high` quotes it on the same line.
      const written = escalation.indicator.frequency?.ref.text ?? child;
      const head = msg(
        `Frequency \`${written}\` is checked more often than ${where}'s ${defaultEn}\`${parentValue}\` (\`${A}\`${tagEn})`,
        `频次“${written}”高于上级方案“${A}”${tagZh}的${defaultZh}“${parentValue}”`,
      );
      const countEn = `: ${childRank} checks a year instead of ${originRank}`;
      const countZh = `，累计由每年 ${originRank} 次增至 ${childRank} 次`;
      const originExplicit = escalation.originValue.property === 'frequency' && escalation.originValue.explicit;
      const tail = sameOrigin
        ? msg(countEn, countZh)
        : originExplicit
          ? msg(`; the origin \`${O}\` set \`${originValue}\`${countEn}`, `；源头方案“${O}”为“${originValue}”${countZh}`)
          : msg(`; the origin \`${O}\` sets none (\`${originValue}\`)${countEn}`, `；源头方案“${O}”未设（按“${originValue}”计）${countZh}`);
      return join(head, tail);
    }
    case 'veto':
    case 'pledge': {
      const originHas = escalation.originValue.property === escalation.property && 'present' in escalation.originValue && escalation.originValue.present;
      const veto = escalation.property === 'veto';
      const head = veto
        ? msg(`A veto is added where ${where} \`${A}\`${sameOrigin ? ' (the origin)' : ''} has none`, `新增一票否决，上级方案“${A}”${tagZh}的该指标未设一票否决`)
        : msg(`A responsibility letter is added where ${where} \`${A}\`${sameOrigin ? ' (the origin)' : ''} asks for none`, `新增责任书要求，上级方案“${A}”${tagZh}的该指标未要求签订责任书`);
      if (sameOrigin) return head;
      return join(head, originHas
        ? msg(`; the origin \`${O}\` has one`, veto ? `；源头方案“${O}”设有一票否决` : `；源头方案“${O}”有此要求`)
        : msg(`; nor has the origin \`${O}\``, veto ? `；源头方案“${O}”亦未设` : `；源头方案“${O}”亦未要求`));
    }
  }
}

function relatedOf(escalation: Escalation, style: ValueStyle) {
  const { ancestor, origin } = escalation;
  const parentValue = formatValue(escalation.ancestorValue, style);
  const related = [{
    uri: ancestor.uri,
    range: escalation.ancestorRange,
    message: parentValue === ''
      ? msg(`\`${ancestor.name}\` in \`${ancestor.plan.name}\` does not set it`, `上级方案“${ancestor.plan.name}”中的指标“${ancestor.name}”未设此项`)
      : escalation.ancestorValue.property === 'deadline' && !escalation.ancestorValue.explicit
        ? msg(`\`${ancestor.plan.name}\` sets no deadline: the end of its period, \`${parentValue}\``, `上级方案“${ancestor.plan.name}”未设时限，即考核年度末“${parentValue}”`)
        : msg(`\`${ancestor.plan.name}\` sets \`${parentValue}\``, `上级方案“${ancestor.plan.name}”中为“${parentValue}”`),
  }];
  if (origin !== ancestor) {
    const originValue = formatValue(escalation.originValue, style);
    const set = escalation.originValue.property === 'deadline' ? escalation.originValue.explicit
      : escalation.originValue.property === 'veto' || escalation.originValue.property === 'pledge' ? escalation.originValue.present
        : true;
    related.push({
      uri: origin.uri,
      range: escalation.originRange,
      message: !set || originValue === ''
        ? msg(`The origin \`${origin.plan.name}\`${set ? ' sets it' : ' does not set it'}`, `源头方案“${origin.plan.name}”${set ? '设有此项' : '未设此项'}`)
        : msg(`The origin \`${origin.plan.name}\` sets \`${originValue}\``, `源头方案“${origin.plan.name}”中为“${originValue}”`),
    });
  }
  return related;
}

/** Sets the value to the nearest ancestor's; removes the line where the ancestor sets none. */
function fixOf(ctx: RuleContext, escalation: Escalation, style: ValueStyle): Fix {
  const { indicator, ancestor } = escalation;
  const where = above(escalation);
  const parentValue = formatValue(escalation.ancestorValue, style);
  const setTo = (edit: { range: { start: number; end: number }; newText: string }): Fix => ({
    title: msg(`Set to ${where}'s \`${parentValue}\``, `改为上级方案的“${parentValue}”`),
    edits: [{ uri: ctx.file.uri, ...edit }],
  });
  const remove = (title: Msg): Fix => ({ title, edits: [removeStatement(ctx.file, escalation.statement.range)] });
  switch (escalation.property) {
    case 'target':
      return setTo({ range: indicator.target!.number!.range, newText: ancestor.target!.number!.text });
    case 'deadline':
      return ancestor.deadline !== undefined
        ? setTo({ range: indicator.deadline!.range, newText: ancestor.deadline.text })
        : remove(msg(`Remove the deadline (${where} sets none)`, '删除时限（上级方案未设）'));
    case 'frequency':
      return ancestor.frequency?.value !== undefined
        ? setTo({ range: indicator.frequency!.ref.range, newText: spellValue(ancestor.frequency.value, style.language) })
        : remove(msg(`Remove the frequency (${where} checks yearly)`, '删除频次（上级方案按每年检查）'));
    case 'veto':
      return remove(msg('Remove the veto', '删除一票否决'));
    case 'pledge':
      return remove(msg('Remove the responsibility letter', '删除责任书要求'));
  }
}
