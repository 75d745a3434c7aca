/**
 * Hovers, in Markdown and in the client's display language:
 * - an indicator (its name, a `refines` reference, its target, deadline or frequency):
 *   the chain of targets from the origin down to this plan, with the change at each level
 *   and since the origin, and the other properties that escalate;
 * - a duty reference or declaration: kind, lead department, basis, display name, list;
 * - an inspector (declaration or reference): department, kind, recognized inspectors,
 *   what it inspects in each plan group and its visits a year to each assessed unit;
 * - a plan: levels, parent, and its burden on each assessed unit;
 * - a duty list: its duties by kind; an import path: the file it resolves to;
 * - a keyword: its help in both languages; an enumerated value: its meaning in both.
 */
import { KEYWORD_BY_NAME } from '../syntax/keywords';
import { type Locale, type Msg } from '../syntax/message';
import type { TextRange } from '../syntax/text';
import type { EnumRef, DutyListSym, DutySym, IndicatorSym, InspectorSym, PlanGroup, PlanSym } from '../semantics/model';
import { DUTY_KINDS, INSPECTOR_KINDS, spellings } from '../semantics/enums';
import { inspectorVisits } from '../semantics/inspections';
import { type ChainLink, describeChain, findEscalations, formatPercent, formatTarget, formatValue, styleOf, type TargetRelation, type ValueStyle } from '../semantics/targets';
import type { Analysis } from './analysis';
import { planBurden } from './burden';
import { code, md, meaningOf, spellingsOf, tr } from './describe';
import { indexOf } from './occurrences';

export interface HoverResult {
  /** The text the hover is about. */
  readonly range: TextRange;
  readonly markdown: string;
}

/** The hover at `offset` of `uri`, if there is something to say. */
export function hover(analysis: Analysis, uri: string, offset: number, locale: Locale): HoverResult | undefined {
  const file = analysis.file(uri);
  if (file === undefined) return undefined;
  const occurrence = indexOf(analysis, file).at(offset);
  if (occurrence !== undefined) {
    const markdown = (() => {
      switch (occurrence.kind) {
        case 'name':
          if (occurrence.symbol === undefined) return unresolvedHover(occurrence.symKind, file.text.slice(occurrence.range.start, occurrence.range.end), occurrence.plan, locale);
          return symbolHover(analysis, uri, occurrence.symbol, locale);
        case 'enum':
          return enumHover(occurrence.ref, locale);
        case 'unit':
          return indicatorHover(analysis, uri, occurrence.indicator, locale);
        case 'import':
          return occurrence.target === undefined
            ? tr(locale, `${code(occurrence.node.path!.value)}: no such file in the workspace`, `${code(occurrence.node.path!.value)}：工作区中找不到此文件`)
            : `${code(occurrence.node.path!.value)} → ${code(occurrence.target)}`;
      }
    })();
    if (markdown !== undefined) return { range: occurrence.range, markdown };
  }

  // A target, deadline or frequency value shows its indicator's chain.
  for (const plan of file.plans) {
    if (!(plan.node.range.start <= offset && offset <= plan.node.range.end)) continue;
    for (const indicator of plan.indicators) {
      for (const keyword of ['Target', 'Deadline']) {
        const prop = indicator.prop(keyword);
        const value = keyword === 'Target' ? prop?.target?.range : prop?.date?.range;
        if (value !== undefined && value.start <= offset && offset <= value.end) {
          return { range: value, markdown: indicatorHover(analysis, uri, indicator, locale) };
        }
      }
    }
  }

  const token = file.document.tokens.find((t) => t.range.start <= offset && offset < t.range.end)
    ?? file.document.tokens.find((t) => t.range.end === offset);
  const keyword = token === undefined ? undefined : KEYWORD_BY_NAME.get(token.type);
  if (token !== undefined && keyword !== undefined) {
    const first = locale === 'zh-CN' ? keyword.help.zh : keyword.help.en;
    const second = locale === 'zh-CN' ? keyword.help.en : keyword.help.zh;
    return { range: token.range, markdown: `**${keyword.en}** · **${keyword.zh}**\n\n${first}\n\n${second}` };
  }
  return undefined;
}

// ----------------------------------------------------------------- symbols

function symbolHover(analysis: Analysis, uri: string, sym: PlanSym | DutyListSym | DutySym | InspectorSym | IndicatorSym, locale: Locale): string {
  switch (sym.kind) {
    case 'plan': return planHover(analysis, sym, locale);
    case 'duties': return dutyListHover(sym, locale);
    case 'duty': return dutyHover(sym, locale);
    case 'inspector': return inspectorHover(analysis, sym, locale);
    case 'indicator': return indicatorHover(analysis, uri, sym, locale);
  }
}

const KIND_LABELS: Record<string, Msg> = {
  plan: { en: 'plan', zh: '方案' },
  duties: { en: 'duty list', zh: '职责清单' },
  duty: { en: 'duty', zh: '职责' },
  inspector: { en: 'inspector', zh: '检查主体' },
  indicator: { en: 'indicator', zh: '指标' },
};

function title(locale: Locale, kind: string, name: string, display: string | undefined): string {
  const label = KIND_LABELS[kind];
  return `**${tr(locale, label.en, label.zh)}** ${code(name)}${display === undefined ? '' : ` “${md(display)}”`}`;
}

/** `label: value` in the locale's punctuation. */
function field(locale: Locale, en: string, zh: string, value: string): string {
  return locale === 'zh-CN' ? `- ${zh}：${value}` : `- ${en}: ${value}`;
}

function valueName(ref: { value?: { id: string; zh: readonly string[] } } | undefined, locale: Locale): string | undefined {
  const value = ref?.value;
  if (value === undefined) return undefined;
  return locale === 'zh-CN' ? `${value.zh[0]}（${value.id}）` : `${value.id} (${value.zh[0]})`;
}

function unresolvedHover(kind: string, name: string, plan: PlanSym | undefined, locale: Locale): string {
  const head = title(locale, kind, name, undefined);
  if (kind === 'duty') {
    const list = plan?.dutyList?.target;
    if (list !== undefined) return `${head}\n\n${tr(locale, `Not on the duty list ${code(list.name)}`, `未列入职责清单 ${code(list.name)}`)}`;
    return `${head}\n\n${tr(locale, 'The plan has no duty list to look it up in', '方案未指定职责清单，无法查找')}`;
  }
  return `${head}\n\n${tr(locale, 'Not found', '未找到')}`;
}

function dutyHover(duty: DutySym, locale: Locale): string {
  const lines = [title(locale, 'duty', duty.name, duty.node.title?.value), ''];
  const kind = duty.dutyKind?.value;
  if (kind !== undefined) {
    const meaning = meaningOf(DUTY_KINDS, kind);
    lines.push(field(locale, 'Kind', '类型', `${valueName(duty.dutyKind, locale)}${tr(locale, ' — ', '——')}${md(tr(locale, meaning.en, meaning.zh))}`));
  } else if (duty.dutyKind !== undefined) {
    lines.push(field(locale, 'Kind', '类型', `${code(duty.dutyKind.ref.text)}${tr(locale, ' (unknown)', '（无效）')}`));
  }
  if (duty.node.lead !== undefined) lines.push(field(locale, 'Lead department', '牵头部门', md(duty.node.lead.value)));
  if (duty.node.basis !== undefined) lines.push(field(locale, 'Basis', '依据', md(duty.node.basis.value)));
  if (duty.node.note !== undefined) lines.push(field(locale, 'Note', '备注', md(duty.node.note.value)));
  const list = duty.list;
  lines.push(field(locale, 'List', '所属职责清单', `${code(list.name)}${list.node.title === undefined ? '' : ` “${md(list.node.title.value)}”`}`));
  return lines.join('\n');
}

function dutyListHover(list: DutyListSym, locale: Locale): string {
  const counts = DUTY_KINDS.values.map((value) => ({ value, count: [...list.duties.values()].filter((d) => d.dutyKind?.value === value).length }));
  const parts = counts.filter((c) => c.count > 0).map((c) => (locale === 'zh-CN' ? `${c.value.zh[0]} ${c.count} 项` : `${c.count} ${c.value.id}`));
  const summary = tr(locale, `${list.duties.size} duties${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`, `共 ${list.duties.size} 项职责${parts.length > 0 ? `：${parts.join('，')}` : ''}`);
  return `${title(locale, 'duties', list.name, list.node.title?.value)}\n\n${summary}`;
}

function groupLabel(group: PlanGroup, locale: Locale): string {
  const plan = group.plans[0];
  if (plan.region === undefined) return code(plan.name);
  const assesses = plan.assesses?.value === undefined ? plan.assesses?.ref.text : locale === 'zh-CN' ? plan.assesses.value.zh[0] : plan.assesses.value.id;
  return [md(plan.region.value), assesses === undefined ? undefined : md(assesses), plan.period?.text].filter((x) => x !== undefined).join(' · ');
}

function inspectorHover(analysis: Analysis, inspector: InspectorSym, locale: Locale): string {
  const lines = [title(locale, 'inspector', inspector.name, inspector.node.title?.value), ''];
  lines.push(field(locale, 'Department', '部门', md(inspector.department)));
  const kind = inspector.inspectorKind?.value;
  if (kind !== undefined) {
    const meaning = meaningOf(INSPECTOR_KINDS, kind);
    lines.push(field(locale, 'Kind', '类型', `${valueName(inspector.inspectorKind, locale)}${tr(locale, ' — ', '——')}${md(tr(locale, meaning.en, meaning.zh))}`));
  }
  if (inspector.recognizes.length > 0) {
    lines.push(field(locale, 'Recognizes the results of', '互认对象', inspector.recognizes.map((r) => code(r.ref.text)).join(tr(locale, ', ', '、'))));
  }
  // Groups where this declaration itself is named: another county's bureau of the same name is another department.
  const loads = analysis.model.groups.flatMap((group) => {
    const visits = inspectorVisits(group).get(inspector.identity);
    return visits === undefined || !visits.references.some((reference) => reference.inspector === inspector) ? [] : [{ group, visits }];
  });
  if (loads.length === 0) {
    lines.push('', tr(locale, 'Not named on any indicator', '未被任何指标引用'));
    return lines.join('\n');
  }
  for (const { group, visits } of loads) {
    lines.push('', tr(locale, `**Inspects** (${groupLabel(group, locale)}):`, `**检查事项**（${groupLabel(group, locale)}）：`));
    for (const planVisits of visits.plans) {
      const seen = new Set<IndicatorSym>();
      const items: string[] = [];
      for (const reference of planVisits.references) {
        if (seen.has(reference.indicator)) continue;
        seen.add(reference.indicator);
        const duty = reference.indicator.duty?.target;
        const matter = duty === undefined ? '' : ` (${md(duty.node.title?.value ?? duty.name)})`;
        items.push(`${code(reference.indicator.name)}${locale === 'zh-CN' ? matter.replace(/^ \((.*)\)$/, '（$1）') : matter}`);
      }
      lines.push(tr(locale, `- ${code(planVisits.plan.name)}: ${items.join(', ')} — ${visitsText(planVisits.visits, locale)}`, `- ${code(planVisits.plan.name)}：${items.join('、')}，${visitsText(planVisits.visits, locale)}`));
    }
    lines.push('', tr(locale, `**Visits a year** to each assessed unit: ${visits.visits}`, `**每年对每个被考核单位检查**：${visits.visits} 次`));
  }
  return lines.join('\n');
}

function visitsText(count: number, locale: Locale): string {
  return tr(locale, count === 1 ? '1 visit a year' : `${count} visits a year`, `每年 ${count} 次`);
}

function planHover(analysis: Analysis, plan: PlanSym, locale: Locale): string {
  const lines = [title(locale, 'plan', plan.name, plan.node.title?.value), ''];
  const facts: string[] = [];
  const issuer = plan.prop('Issuer')?.str?.value;
  if (issuer !== undefined) facts.push(tr(locale, `issued by ${md(issuer)}`, `发文单位 ${md(issuer)}`));
  const level = levelName(plan.level, locale);
  const assesses = levelName(plan.assesses, locale);
  if (level !== undefined || assesses !== undefined) facts.push(`${level ?? '?'} → ${assesses ?? '?'}`);
  if (plan.region !== undefined) facts.push(tr(locale, `region ${md(plan.region.value)}`, `辖区 ${md(plan.region.value)}`));
  if (plan.period !== undefined) facts.push(tr(locale, `period ${plan.period.text}`, `考核年度 ${plan.period.text}`));
  if (plan.parent?.target !== undefined) facts.push(tr(locale, `parent ${code(plan.parent.target.name)}`, `上级方案 ${code(plan.parent.target.name)}`));
  if (facts.length > 0) lines.push(facts.join(' · '), '');

  const burden = planBurden(analysis, plan);
  const separator = tr(locale, ', ', '，');
  const loads = burden.loads.map((load) => `${load.name === undefined ? tr(locale, 'the issuer', '发文单位') : code(load.name)} ${load.visits}${tr(locale, '', ' 次')}`);
  lines.push(tr(locale, '**Burden on each assessed unit**', '**对每个被考核单位的考核负担**'));
  lines.push(field(locale, 'Indicators', '指标', tr(locale, String(burden.indicators), `${burden.indicators} 项`)));
  lines.push(field(locale, 'Weight total', '权重合计', `${burden.weightTotal} / ${burden.total}`));
  lines.push(field(locale, 'Vetoes', '一票否决', tr(locale, String(burden.vetoes), `${burden.vetoes} 项`)));
  lines.push(field(locale, 'Responsibility letters', '责任书', tr(locale, String(burden.pledges), `${burden.pledges} 份`)));
  if (burden.rankings > 0) lines.push(field(locale, 'Rankings', '排名', tr(locale, String(burden.rankings), `${burden.rankings} 项`)));
  lines.push(field(locale, 'Checks a year', '每年检查', `${burden.checksPerYear}${tr(locale, '', ' 次')}${loads.length > 0 ? tr(locale, ` (${loads.join(separator)})`, `（${loads.join(separator)}）`) : ''}`));
  return lines.join('\n');
}

function levelName(ref: EnumRef | undefined, locale: Locale): string | undefined {
  if (ref === undefined) return undefined;
  if (ref.value === undefined) return md(ref.ref.text);
  return locale === 'zh-CN' ? ref.value.zh[0] : ref.value.id;
}

// ----------------------------------------------------------------- indicators

function relationText(relation: TargetRelation, first: boolean, locale: Locale): string {
  if (first) return tr(locale, 'origin', '源头');
  switch (relation.kind) {
    case 'absent': return '—';
    case 'text': return tr(locale, 'text, not compared', '文字目标，不比较');
    case 'incomparable':
      switch (relation.reason) {
        case 'unit': return tr(locale, 'incomparable: different units', '无法比较：单位不同');
        case 'direction': return tr(locale, 'incomparable: opposite directions', '无法比较：方向相反');
        case 'exact': return tr(locale, 'incomparable: `=` against a limit', '无法比较：“=”与上限或下限');
      }
      break;
    case 'same': return tr(locale, 'same', '持平');
    case 'looser': return `${tr(locale, 'looser', '放宽')}${magnitude(relation.change)}`;
    case 'stricter': return `**${tr(locale, 'stricter', '加码')}${magnitude(relation.change)}**`;
    case 'changed': return `**${tr(locale, 'changed', '变更')}${percent(relation.change)}**`;
  }
  return '—';
}

function percent(change: number | undefined): string {
  return change === undefined ? '' : ` ${formatPercent(change)}`;
}

/** "Stricter" and "looser" already say the direction: ≤ 1 → ≤ 0 is 100% stricter, not −100%. */
function magnitude(change: number | undefined): string {
  return change === undefined ? '' : ` ${formatPercent(Math.abs(change)).slice(1)}`;
}

function indicatorHover(analysis: Analysis, uri: string, indicator: IndicatorSym, locale: Locale): string {
  const file = analysis.file(uri) ?? indicator.plan.file;
  const style = styleOf(file);
  const lines = [`${title(locale, 'indicator', indicator.name, indicator.node.title?.value)} · ${tr(locale, 'plan', '方案')} ${code(indicator.plan.name)}`, ''];
  const chain = describeChain(indicator);
  if (chain.length === 1) {
    const target = indicator.target === undefined ? tr(locale, 'no target', '未设目标') : md(formatTarget(indicator.target, style));
    lines.push(tr(locale, `Target: ${target}`, `目标：${target}`), '');
    lines.push(indicator.plan.parent?.target === undefined
      ? tr(locale, 'The plan has no parent plan to compare with', '本方案未指定上级方案，无从比较')
      : tr(locale, 'No ancestor plan carries this indicator', '上级方案中没有对应的指标'));
  } else {
    lines.push(chainTable(chain, style, locale));
  }
  const ancestor = indicator.chain[0];
  if (ancestor !== undefined) {
    const tolerance = analysis.config(indicator.uri).options.escalationTolerance;
    const others = findEscalations(indicator, tolerance).filter((e) => e.property !== 'target');
    if (others.length > 0) {
      lines.push('', tr(locale, `**Also stricter than ${code(ancestor.plan.name)}:**`, `**其他加码（较 ${code(ancestor.plan.name)}）：**`));
      for (const escalation of others) {
        const name = KEYWORD_BY_NAME.get(escalation.property[0].toUpperCase() + escalation.property.slice(1))!;
        const label = locale === 'zh-CN' ? name.zh : name.en;
        const own = formatValue(escalation.child, style);
        const theirs = formatValue(escalation.ancestorValue, style);
        lines.push(escalation.property === 'veto' || escalation.property === 'pledge'
          ? tr(locale, `- ${label}: added here`, `- ${label}：本级新增`)
          : tr(locale, `- ${label}: ${md(own)} (parent: ${md(theirs || 'none')})`, `- ${label}：${md(own)}（上级：${md(theirs || '无')}）`));
      }
    }
  }
  const negotiated = indicator.negotiated;
  if (negotiated !== undefined) {
    const parts = [negotiated.str === undefined ? undefined : `“${md(negotiated.str.value)}”`,
      negotiated.by === undefined ? undefined : tr(locale, `approved by ${md(negotiated.by.value)}`, `批准人：${md(negotiated.by.value)}`),
      negotiated.until === undefined ? undefined : tr(locale, `until ${negotiated.until.text}`, `有效期至 ${negotiated.until.text}`)].filter((p) => p !== undefined);
    lines.push('', tr(locale, `**Negotiated:** ${parts.join(', ')}`, `**协商目标：**${parts.join('，')}`));
  }
  return lines.join('\n');
}

function chainTable(chain: readonly ChainLink[], style: ValueStyle, locale: Locale): string {
  const header = locale === 'zh-CN'
    ? '| 方案 | 层级 | 目标 | 较上级 | 较源头累计加码 |\n| --- | --- | --- | --- | --- |'
    : '| Plan | Level | Target | vs. level above | stricter since origin |\n| --- | --- | --- | --- | --- |';
  const rows = chain.map((link, index) => {
    const plan = link.indicator.plan;
    const last = index === chain.length - 1;
    const name = last ? `**${code(plan.name)}**` : code(plan.name);
    const level = levelName(plan.level, locale) ?? '—';
    const target = link.indicator.target === undefined ? '—' : md(formatTarget(link.indicator.target, style));
    // Signed by strictness: a lower limit (≤, <) that goes down is stricter, so its change counts positive.
    const op = link.indicator.target?.comparator?.op;
    const sign = op === '<=' || op === '<' ? -1 : 1;
    const cumulative = index === 0 || link.cumulative === undefined ? '' : formatPercent(sign * link.cumulative + 0);
    return `| ${name} | ${level} | ${target} | ${relationText(link.relation, index === 0, locale)} | ${cumulative} |`;
  });
  return [header, ...rows].join('\n');
}

// ----------------------------------------------------------------- values

function enumHover(ref: EnumRef, locale: Locale): string {
  const set = ref.set;
  const label = `**${tr(locale, set.label.en, set.label.zh)}**`;
  if (ref.value === undefined) {
    const expected = spellings(set).map(code).join(tr(locale, ', ', '、'));
    return `${label} ${code(ref.ref.text)}\n\n${tr(locale, `Not a known value; expected one of ${expected}`, `不是有效取值，应为以下之一：${expected}`)}`;
  }
  const meaning = meaningOf(set, ref.value);
  const first = locale === 'zh-CN' ? meaning.zh : meaning.en;
  const second = locale === 'zh-CN' ? meaning.en : meaning.zh;
  return `${label} ${spellingsOf(ref.value).map(code).join(' · ')}\n\n${md(first)}\n\n${md(second)}`;
}
