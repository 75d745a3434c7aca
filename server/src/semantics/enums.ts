/** Enumerated values (spec §2): identifiers the checker validates, each with its English and Chinese spellings. */
import { type Msg, msg } from '../syntax/message';

export interface EnumValue {
  /** Canonical id: the English spelling. */
  readonly id: string;
  readonly zh: readonly string[];
  /** Order within the set: a level's depth, a frequency's checks a year. */
  readonly rank: number;
}

export interface EnumSet {
  readonly id: 'level' | 'dutyKind' | 'inspectorKind' | 'frequency' | 'method' | 'horizon';
  readonly label: Msg;
  readonly values: readonly EnumValue[];
}

function values(...entries: [string, string[], number][]): EnumValue[] {
  return entries.map(([id, zh, rank]) => ({ id, zh, rank }));
}

export const LEVELS: EnumSet = {
  id: 'level',
  label: msg('level', '层级'),
  values: values(['province', ['省'], 0], ['city', ['市'], 1], ['county', ['县'], 2], ['township', ['乡镇', '街道'], 3], ['village', ['村'], 4]),
};

export const DUTY_KINDS: EnumSet = {
  id: 'dutyKind',
  label: msg('duty kind', '职责类型'),
  values: values(['basic', ['基本'], 0], ['assist', ['配合'], 1], ['returned', ['收回'], 2]),
};

export const INSPECTOR_KINDS: EnumSet = {
  id: 'inspectorKind',
  label: msg('inspector kind', '检查主体类型'),
  values: values(['line', ['条'], 0], ['block', ['块'], 1]),
};

export const FREQUENCIES: EnumSet = {
  id: 'frequency',
  label: msg('frequency', '频次'),
  values: values(
    ['yearly', ['每年', '年度'], 1],
    ['half-yearly', ['每半年', '半年'], 2],
    ['quarterly', ['每季度', '季度'], 4],
    ['monthly', ['每月', '月度'], 12],
    ['weekly', ['每周'], 52],
    ['daily', ['每日'], 365],
  ),
};

export const METHODS: EnumSet = {
  id: 'method',
  label: msg('method', '考核方式'),
  values: values(['field', ['实地核查'], 0], ['data', ['数据比对'], 1], ['survey', ['群众评议'], 2], ['review', ['述职评议'], 3], ['documents', ['台账资料'], 4], ['photos', ['照片截图'], 5]),
};

export const HORIZONS: EnumSet = {
  id: 'horizon',
  label: msg('horizon', '时效'),
  values: values(['short', ['短期'], 0], ['long', ['长期'], 1]),
};

export const ENUM_SETS: readonly EnumSet[] = [LEVELS, DUTY_KINDS, INSPECTOR_KINDS, FREQUENCIES, METHODS, HORIZONS];

export function lookupEnum(set: EnumSet, text: string): EnumValue | undefined {
  return set.values.find((value) => value.id === text || value.zh.includes(text));
}

/** All spellings of a set, English first, for messages and completion. */
export function spellings(set: EnumSet): string[] {
  return set.values.flatMap((value) => [value.id, ...value.zh]);
}

/** The spelling of a value in a keyword language. */
export function spellValue(value: EnumValue, lang: 'en' | 'zh'): string {
  return lang === 'zh' ? value.zh[0] : value.id;
}

/** The value of `set` with this rank (checks a year for frequencies). */
export function byRank(set: EnumSet, rank: number): EnumValue | undefined {
  return set.values.find((value) => value.rank === rank);
}
