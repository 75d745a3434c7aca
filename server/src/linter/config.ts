/**
 * `baton.config.json` (spec §6): parsed with locations, so every problem is reported
 * at the offending text; the parts that are wrong fall back to their defaults.
 */
import { type Node, type ParseError, type ParseErrorCode, parseTree, printParseErrorCode } from 'jsonc-parser';
import { type Locale, type Msg, msg } from '../syntax/message';
import type { TextRange } from '../syntax/text';
import { FREQUENCIES, lookupEnum, spellings } from '../semantics/enums';
import { DEFAULT_OPTIONS, type RuleOptions, SEVERITIES, type Severity } from '../rules/rule';
import { allRules } from '../rules/index';

export const CONFIG_FILE_NAME = 'baton.config.json';

export interface Config {
  readonly locale?: Locale;
  /** Severity overrides by rule id. */
  readonly rules: Readonly<Record<string, Severity | 'off'>>;
  readonly options: RuleOptions;
}

export const DEFAULT_CONFIG: Config = { rules: {}, options: DEFAULT_OPTIONS };

export interface ConfigProblem {
  readonly range: TextRange;
  readonly message: Msg;
}

export interface ParsedConfig {
  readonly config: Config;
  readonly problems: readonly ConfigProblem[];
}

const NUMERIC: Record<string, { min: number; integer: boolean }> = {
  maxVetoes: { min: 0, integer: true },
  maxPledges: { min: 0, integer: true },
  maxVisitsPerInspector: { min: 1, integer: true },
  minExternalWeight: { min: 0, integer: false },
};

const KNOWN_KEYS = ['locale', 'rules', 'escalation', 'maxFrequency', ...Object.keys(NUMERIC)];

/** Parses a configuration file's text. Never throws. */
export function parseConfig(text: string): ParsedConfig {
  const problems: ConfigProblem[] = [];
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  let lastOffset = -1;
  for (const error of errors) {
    // One finding per place: an unclosed brace also reports what it expected there.
    if (error.offset === lastOffset) continue;
    lastOffset = error.offset;
    // An error at the end of the file (an object left open) is shown on the last character written.
    const last = Math.max(0, text.trimEnd().length - 1);
    const start = Math.min(error.offset, last);
    problems.push({
      range: { start, end: Math.max(start + 1, Math.min(error.offset + error.length, text.length)) },
      message: jsonErrorMessage(error.error),
    });
  }
  if (root === undefined) return { config: DEFAULT_CONFIG, problems };
  if (root.type !== 'object') {
    problems.push({ range: rangeOf(root), message: msg('The configuration must be a JSON object', '配置须为 JSON 对象') });
    return { config: DEFAULT_CONFIG, problems };
  }

  let locale: Locale | undefined;
  const rules: Record<string, Severity | 'off'> = {};
  const options: { -readonly [K in keyof RuleOptions]: RuleOptions[K] } = { ...DEFAULT_OPTIONS };
  const ruleIds = new Set(allRules.map((rule) => rule.id));

  for (const property of root.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (keyNode === undefined || valueNode === undefined) continue;
    const key = String(keyNode.value);
    switch (key) {
      case 'locale':
        if (valueNode.value === 'en' || valueNode.value === 'zh-CN') locale = valueNode.value;
        else problems.push({ range: rangeOf(valueNode), message: msg('`locale` must be "en" or "zh-CN"', '“locale”只能为“en”或“zh-CN”') });
        break;
      case 'rules':
        if (valueNode.type !== 'object') {
          problems.push({ range: rangeOf(valueNode), message: msg('`rules` must be an object mapping rule ids to severities', '“rules”须为对象，键为规则编号，值为严重级别') });
          break;
        }
        for (const rule of valueNode.children ?? []) {
          const [idNode, severityNode] = rule.children ?? [];
          if (idNode === undefined || severityNode === undefined) continue;
          const id = String(idNode.value);
          if (!ruleIds.has(id)) {
            problems.push({ range: rangeOf(idNode), message: msg(`Unknown rule \`${id}\``, `未知规则“${id}”`) });
            continue;
          }
          if (typeof severityNode.value !== 'string' || !SEVERITIES.includes(severityNode.value as Severity)) {
            problems.push({
              range: rangeOf(severityNode),
              message: msg(`Bad severity for \`${id}\`: expected one of ${SEVERITIES.join(', ')}`, `规则“${id}”的严重级别无效，应为以下之一：${SEVERITIES.join('、')}`),
            });
            continue;
          }
          rules[id] = severityNode.value as Severity | 'off';
        }
        break;
      case 'escalation': {
        const tolerance = valueNode.type === 'object' ? (valueNode.children ?? []).find((c) => c.children?.[0]?.value === 'tolerance')?.children?.[1] : undefined;
        const unknown = valueNode.type === 'object' ? (valueNode.children ?? []).filter((c) => c.children?.[0]?.value !== 'tolerance') : [];
        for (const extra of unknown) {
          const name = extra.children?.[0];
          if (name !== undefined) problems.push({ range: rangeOf(name), message: msg(`Unknown key \`escalation.${String(name.value)}\``, `未知配置项“escalation.${String(name.value)}”`) });
        }
        if (valueNode.type !== 'object') {
          problems.push({ range: rangeOf(valueNode), message: msg('`escalation` must be an object such as { "tolerance": 0 }', '“escalation”须为对象，如 { "tolerance": 0 }') });
        } else if (tolerance !== undefined) {
          if (typeof tolerance.value === 'number' && tolerance.value >= 0) options.escalationTolerance = tolerance.value;
          else problems.push({ range: rangeOf(tolerance), message: msg('`escalation.tolerance` must be a percentage of 0 or more', '“escalation.tolerance”须为不小于 0 的百分比') });
        }
        break;
      }
      case 'maxFrequency': {
        const value = typeof valueNode.value === 'string' ? lookupEnum(FREQUENCIES, valueNode.value) : undefined;
        if (value !== undefined) options.maxFrequency = value.id;
        else {
          problems.push({
            range: rangeOf(valueNode),
            message: msg(`\`maxFrequency\` must be a frequency: ${spellings(FREQUENCIES).join(', ')}`, `“maxFrequency”须为以下频次之一：${spellings(FREQUENCIES).join('、')}`),
          });
        }
        break;
      }
      default: {
        const numeric = NUMERIC[key];
        if (numeric === undefined) {
          problems.push({ range: rangeOf(keyNode), message: msg(`Unknown key \`${key}\`: expected one of ${KNOWN_KEYS.join(', ')}`, `未知配置项“${key}”，应为以下之一：${KNOWN_KEYS.join('、')}`) });
          break;
        }
        const value = valueNode.value;
        if (typeof value === 'number' && value >= numeric.min && (!numeric.integer || Number.isInteger(value))) {
          (options as Record<string, unknown>)[key] = value;
        } else {
          const kind = numeric.integer ? msg('a whole number', '整数') : msg('a number', '数值');
          problems.push({
            range: rangeOf(valueNode),
            message: msg(`\`${key}\` must be ${kind.en} of ${numeric.min} or more`, `“${key}”须为不小于 ${numeric.min} 的${kind.zh}`),
          });
        }
      }
    }
  }
  return { config: { locale, rules, options }, problems };
}

const JSON_ERRORS: Partial<Record<number, Msg>> = {
  1: msg('a character that JSON does not allow', '不符合 JSON 格式的字符'),
  2: msg('a malformed number', '数字格式错误'),
  3: msg('a property name in double quotes was expected', '此处应为带双引号的配置项名称'),
  4: msg('a value was expected', '此处应有取值'),
  5: msg('`:` was expected after the property name', '配置项名称后应有“:”'),
  6: msg('`,` was expected between entries', '各项之间应以“,”分隔'),
  7: msg('`}` was expected: an object is not closed', '对象缺少结尾的“}”'),
  8: msg('`]` was expected: a list is not closed', '列表缺少结尾的“]”'),
  9: msg('the file should end here', '此处之后不应再有内容'),
  10: msg('a malformed comment', '注释格式错误'),
  11: msg('a comment is not closed', '注释未结束'),
  12: msg('a string is not closed', '字符串缺少结尾的引号'),
  13: msg('a number is cut off', '数字不完整'),
  14: msg('a malformed \\u escape', '“\\u”转义格式错误'),
  15: msg('an unknown escape in a string', '字符串中有无效的转义'),
  16: msg('a character not allowed in a string (write line breaks as \\n)', '字符串中有不允许的字符（换行须写作 \\n）'),
};

/** jsonc-parser's error codes in words: "Malformed JSON: `}` was expected …". */
function jsonErrorMessage(code: number): Msg {
  const detail = JSON_ERRORS[code] ?? msg(printParseErrorCode(code as ParseErrorCode), printParseErrorCode(code as ParseErrorCode));
  return msg(`Malformed JSON: ${detail.en}`, `JSON 格式错误：${detail.zh}`);
}

function rangeOf(node: Node): TextRange {
  return { start: node.offset, end: node.offset + node.length };
}

/** The severity a rule has under a configuration. */
export function severityOf(config: Config, ruleId: string, fallback: Severity | 'off'): Severity | 'off' {
  return config.rules[ruleId] ?? fallback;
}

/**
 * The configuration file that applies to `uri`: the nearest `baton.config.json` walking up
 * from its folder. `exists` answers for a path; the core does no IO itself.
 */
export function nearestConfigPath(uri: string, exists: (path: string) => boolean): string | undefined {
  let folder = uri.slice(0, uri.lastIndexOf('/'));
  for (;;) {
    const candidate = `${folder}/${CONFIG_FILE_NAME}`;
    if (exists(candidate)) return candidate;
    const slash = folder.lastIndexOf('/');
    if (slash < 0 || folder === '' || /^[a-z]+:\/\/?$/i.test(folder)) return undefined;
    folder = folder.slice(0, slash);
  }
}
