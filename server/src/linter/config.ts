/**
 * `baton.config.json` (spec §6): parsed with locations, so every problem is reported
 * at the offending text; the parts that are wrong fall back to their defaults.
 */
import { type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
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
  for (const error of errors) {
    const code = printParseErrorCode(error.error);
    problems.push({
      range: { start: error.offset, end: error.offset + Math.max(error.length, 1) },
      message: msg(`Malformed JSON: ${code}`, `JSON 格式错误：${code}`),
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
