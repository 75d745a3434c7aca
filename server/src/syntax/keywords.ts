/** The keyword table: one entry per keyword, both spellings, and the help text hovers show. */
import { type Msg, msg } from './message';

export interface Keyword {
  /** Token name (PascalCase). */
  readonly name: string;
  readonly en: string;
  readonly zh: string;
  readonly help: Msg;
}

/**
 * Longer Chinese spellings must come before their prefixes (职责清单 before 职责),
 * because the lexer tries patterns in this order.
 */
export const KEYWORDS: readonly Keyword[] = [
  kw('Import', 'import', '引用', 'Makes the top-level names of another file visible here (not transitively).', '引用另一个文件，使其中的职责清单、检查主体和方案可在本文件使用（引用关系不传递）。'),
  kw('Plan', 'plan', '方案', 'Declares an assessment plan: its issuer, levels, period, inspectors and indicators.', '声明考核方案，包括发文单位、层级、考核年度、检查主体和指标。'),
  kw('Duties', 'duties', '职责清单', 'Declares a duty list, or names the duty list a plan assesses against.', '声明职责清单，或指明方案所依据的职责清单。'),
  kw('Duty', 'duty', '职责', 'Declares a duty in a list (basic, assist or returned), or names the duty an indicator assesses.', '在职责清单中声明一项职责（基本履职、配合履职或收回事项），或指明指标所考核的职责。'),
  kw('Inspector', 'inspector', '检查主体', 'Declares a department that checks (line or block), or names who checks an indicator.', '声明检查主体（条或块），或指明由哪些检查主体检查该指标。'),
  kw('Indicator', 'indicator', '指标', 'Declares an indicator of the plan.', '声明方案中的一项考核指标。'),
  kw('Issuer', 'issuer', '发文单位', 'The office that issues the plan.', '印发方案的单位。'),
  kw('Region', 'region', '辖区', 'The region the plan covers; plans of one region, assessed level and period form a group.', '方案适用的辖区。辖区、考核对象和考核年度均相同的方案视为同一组。'),
  kw('Level', 'level', '层级', 'The level that issues the plan: province, city, county, township or village.', '发文层级：省、市、县、乡镇或村。'),
  kw('Assesses', 'assesses', '考核对象', 'The level the plan assesses, normally the next level down.', '被考核的层级，通常为下一级。'),
  kw('Period', 'period', '考核年度', 'The assessment year.', '考核年度。'),
  kw('Parent', 'parent', '上级方案', "The plan of the level above that this plan carries out.", '本方案承接的上一级考核方案。'),
  kw('Total', 'total', '总分', 'The total score the weights must add up to (default 100).', '方案总分（默认 100 分），各指标权重之和应等于总分。'),
  kw('Note', 'note', '备注', 'A free-text note.', '备注说明。'),
  kw('Target', 'target', '目标', 'The target: a comparator, a number and a unit, or a text.', '目标值，由比较符、数值和单位组成，也可以是文字表述。'),
  kw('Deadline', 'deadline', '时限', 'The date by which the target must be met.', '完成时限，即须完成目标的日期。'),
  kw('Weight', 'weight', '权重', 'Points this indicator carries in the total.', '该指标在总分中所占的分值。'),
  kw('Frequency', 'frequency', '频次', 'How often the indicator is checked: yearly, half-yearly, quarterly, monthly, weekly or daily.', '检查频次：每年、每半年、每季度、每月、每周或每日。'),
  kw('Method', 'method', '考核方式', 'How the indicator is checked: field, data, survey, review, documents or photos.', '考核方式：实地核查、数据比对、群众评议、述职评议、台账资料或照片截图。'),
  kw('Veto', 'veto', '一票否决', 'Failing this indicator fails the whole assessment; cite the legal basis.', '该指标未达标即整体考核不合格；须注明法律法规依据。'),
  kw('Ranking', 'ranking', '排名', 'Units are ranked against each other on this indicator.', '按该指标对被考核单位进行排名。'),
  kw('Pledge', 'pledge', '责任书', 'Units must sign a responsibility letter for this indicator.', '被考核单位须就该指标签订责任书。'),
  kw('Refines', 'refines', '承接', "Names the parent plan's indicator that this indicator carries out.", '指明本指标承接的上级方案指标。'),
  kw('Negotiated', 'negotiated', '协商', 'Records a target agreed with the units below: reason, approver and expiry.', '记录与被考核单位协商确定的目标，包括协商理由、批准人和有效期。'),
  kw('Horizon', 'horizon', '时效', 'Whether the indicator measures short-term or long-term results.', '指标衡量短期成效还是长期成效。'),
  kw('Recognizes', 'recognizes', '互认', "This inspector accepts the named inspectors' results instead of checking again.", '该检查主体互认所列检查主体的检查结果，不再重复检查。'),
  kw('Basis', 'basis', '依据', 'The document a duty rests on.', '职责的设定依据（文件名称及条款）。'),
  kw('Lead', 'lead', '牵头部门', 'The lead department of an assist or returned duty.', '配合履职事项或收回事项的牵头部门。'),
  kw('By', 'by', '批准', 'Who approved a negotiated target.', '协商目标的批准人。'),
  kw('Until', 'until', '有效期至', 'The date a negotiated target expires.', '协商目标的有效期截止日期。'),
];

function kw(name: string, en: string, zh: string, helpEn: string, helpZh: string): Keyword {
  return { name, en, zh, help: msg(helpEn, helpZh) };
}

export const KEYWORD_BY_NAME: ReadonlyMap<string, Keyword> = new Map(KEYWORDS.map((k) => [k.name, k]));

/** Both spellings of a keyword for messages: `target`/`目标`. */
export function keywordLabel(name: string): Msg {
  const keyword = KEYWORD_BY_NAME.get(name);
  if (keyword === undefined) return msg(name, name);
  return msg(`\`${keyword.en}\``, `“${keyword.zh}”`);
}

/** The spelling of a keyword in a file's keyword language. */
export function spell(name: string, lang: KeywordLanguage): string {
  const keyword = KEYWORD_BY_NAME.get(name);
  if (keyword === undefined) throw new Error(`unknown keyword ${name}`);
  return lang === 'zh' ? keyword.zh : keyword.en;
}

export type KeywordLanguage = 'en' | 'zh';
