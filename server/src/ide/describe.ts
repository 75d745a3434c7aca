/** Words the editor features share: what enumerated values mean, and small localising helpers. */
import type { KeywordLanguage } from '../syntax/keywords';
import { type Locale, localize, type Msg, msg } from '../syntax/message';
import type { EnumSet, EnumValue } from '../semantics/enums';

/** Picks the English or Chinese text for a locale. */
export function tr(locale: Locale, en: string, zh: string): string {
  return locale === 'zh-CN' ? zh : en;
}

export { localize };

/** The keyword language that matches a display language. */
export function languageOfLocale(locale: Locale): KeywordLanguage {
  return locale === 'zh-CN' ? 'zh' : 'en';
}

const MEANINGS: Record<EnumSet['id'], Record<string, Msg>> = {
  level: {
    province: msg('The provincial level', '省级'),
    city: msg('The city (prefecture) level', '市级（地级）'),
    county: msg('The county level', '县级'),
    township: msg('The township or street-office level', '乡镇（街道）级'),
    village: msg('The village level (village and residents\' committees)', '村级（村、社区）'),
  },
  dutyKind: {
    basic: msg('A basic duty: the township owns it and answers for the result', '基本履职事项：乡镇自身承担并对结果负责'),
    assist: msg('An assist duty: the township helps, the lead department owns the result', '配合履职事项：乡镇配合，结果由牵头部门负责'),
    returned: msg('A returned duty: handed back to an upper department; the township may not be assessed on it', '收回事项：已由上级部门收回，不得再对乡镇考核'),
  },
  inspectorKind: {
    line: msg('A line department (条), such as a county bureau', '条线部门（条），如县直职能部门'),
    block: msg('A block office (块), such as a supervision or assessment office', '综合部门（块），如督查室、考核办'),
  },
  frequency: {},
  method: {
    field: msg('A field check of the real result', '到现场核查实际成效'),
    data: msg('A comparison with shared data', '与共享数据比对核验'),
    survey: msg('An evaluation by the public (external evaluation)', '由群众评议（外部评价）'),
    review: msg('A review of the unit\'s work report', '听取述职并评议'),
    documents: msg('Ledgers and paperwork (proof by paper)', '查阅台账资料（以材料为证）'),
    photos: msg('Photos and screenshots (proof by paper)', '查看照片截图（以留痕为证）'),
  },
  horizon: {
    short: msg('Short-term, visible results', '短期、显性的成效（显绩）'),
    long: msg('Long-term, latent results', '长期、潜在的成效（潜绩）'),
  },
};

/** What an enumerated value means, in both languages. */
export function meaningOf(set: EnumSet, value: EnumValue): Msg {
  if (set.id === 'frequency') {
    return msg(`Checked ${value.rank === 1 ? 'once' : `${value.rank} times`} a year`, `每年检查 ${value.rank} 次`);
  }
  return MEANINGS[set.id][value.id] ?? msg(value.id, value.zh[0]);
}

/** Every spelling of a value, English first: `township / 乡镇 / 街道`. */
export function spellingsOf(value: EnumValue): string[] {
  return [value.id, ...value.zh];
}

/** Escapes text for Markdown outside code spans. */
export function md(text: string): string {
  return text.replace(/([\\`*_[\]#|])/g, '\\$1');
}

/** A name in a code span, safe for any content. */
export function code(text: string): string {
  const ticks = text.includes('`') ? '``' : '`';
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${text}${pad}${ticks}`;
}
