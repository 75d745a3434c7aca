/**
 * The `baton` command line: argument parsing, output and exit codes. The checking itself is
 * the core's (buildModel + lintFile), loaded from disk through `node/`. `main.ts` is the entry.
 */
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { version } from '../../../package.json';
import { type Locale, toLocale } from '../syntax/message';
import { runCheck, writeOutput } from './check';
import type { Report } from './report';
import { formatGithub } from './github';
import { formatJson } from './json';
import { formatJunit } from './junit';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';
import { toKey } from '../node/workspace';
import { runFormat } from './format';

export const USAGE = `Usage: baton check [options] [paths...]
       baton format [--check] [--ascii-punctuation] [paths...]
       baton --help | --version

Checks Baton assessment plans. Folders are searched for *.baton files,
skipping node_modules and folders whose names start with "."; a file named
explicitly is always checked. Files they import are read for context and
not reported. Default path: the current folder.

Options:
  --format <name>       stylish (default), json, sarif, github or junit
  --output <file>       write the report to a file instead of standard output
  --max-warnings <n>    exit with 1 when there are more than n warnings
  --quiet               report errors only; warnings do not count for --max-warnings
  --config <file>       use this configuration for every file instead of the
                        nearest baton.config.json
  --locale <en|zh-CN>   language of the messages; default: the configuration's
                        "locale", then LC_ALL, LC_MESSAGES or LANG, then en
  --fix                 apply safe fixes, write the files, report what is left
  --date <YYYY-MM-DD>   today's date for date-dependent rules (default: today)
  --baseline <file>     report only findings not recorded in this baseline and
                        count the recorded ones that are gone
  --update-baseline     record every current finding in the baseline (the
                        --baseline file, else baton-baseline.json)
  --report-suppressed   also list every negotiated target and baton-ignore
                        directive, with its reason and the findings it covers
  -h, --help            show this help
  -v, --version         show the version

Exit codes: 0 no errors and at most --max-warnings warnings; 1 errors or too
many warnings (with a baseline, new findings only); 2 bad usage, unreadable
path, bad configuration, unreadable baseline or internal error.
`;

const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;
type Format = (typeof FORMATS)[number];

export interface Io {
  readonly argv: readonly string[];
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTty: boolean;
  stdout(text: string): void;
  stderr(text: string): void;
}

class UsageError extends Error {}

/** Runs the command line; returns the exit code. */
export function main(io: Io): number {
  try {
    return run(io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`baton: ${error.message} (see baton --help)\n`);
      return 2;
    }
    const detail = error instanceof Error ? error.stack ?? error.message : String(error);
    io.stderr(`baton: internal error: ${detail}\nPlease report this bug.\n`);
    return 2;
  }
}

function run(io: Io): number {
  if (io.argv[0] === 'format') return runFormat(io.argv.slice(1), io);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...io.argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        output: { type: 'string' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        config: { type: 'string' },
        locale: { type: 'string' },
        fix: { type: 'boolean' },
        date: { type: 'string' },
        baseline: { type: 'string' },
        'update-baseline': { type: 'boolean' },
        'report-suppressed': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.stdout(USAGE);
    return 0;
  }
  if (values.version === true) {
    io.stdout(`${version}\n`);
    return 0;
  }
  const [command, ...paths] = positionals;
  if (command === undefined) {
    io.stderr(USAGE);
    return 2;
  }
  if (command !== 'check') throw new UsageError(`unknown command '${command}'`);

  const format = (values.format ?? 'stylish') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format '${values.format}': expected ${FORMATS.join(', ')}`);
  const maxWarnings = parseMaxWarnings(values['max-warnings']);
  const locale = parseLocale(values.locale);
  if (values.baseline === '') throw new UsageError('--baseline needs a file name');
  const today = values.date === undefined ? localToday() : parseDate(values.date);

  const outcome = runCheck({
    cwd: toKey(io.cwd),
    paths,
    config: values.config,
    locale,
    envLocale: environmentLocale(io.env),
    fix: values.fix === true,
    quiet: values.quiet === true,
    today,
    version,
    reportSuppressed: values['report-suppressed'] === true,
    baseline: values.baseline,
    updateBaseline: values['update-baseline'] === true,
  });
  for (const problem of outcome.problems) io.stderr(`baton: ${problem}\n`);
  for (const hint of outcome.hints ?? []) io.stderr(`baton: ${hint}\n`);
  const report = outcome.report;
  if (report === undefined) return 2;

  const toFile = values.output !== undefined;
  const color = !toFile && format === 'stylish' && useColor(io);
  const text = render(format, report, { color, cwd: toKey(io.cwd) });
  if (toFile) {
    const file = path.resolve(io.cwd, values.output!);
    try {
      writeOutput(file, text);
    } catch (error) {
      io.stderr(`baton: cannot write ${values.output}: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
  } else if (!(outcome.fatal && format === 'stylish' && report.checked.length === 0 && report.findings.length === 0)) {
    // A run that checked nothing because its paths could not be read says so on stderr only,
    // not "0 files checked, no problems" beside the error.
    io.stdout(text);
  }

  if (outcome.fatal) return 2;
  const { errors, warnings } = report.summary;
  return errors > 0 || warnings > maxWarnings ? 1 : 0;
}

function render(format: Format, report: Report, options: { color: boolean; cwd: string }): string {
  switch (format) {
    case 'stylish': return formatStylish(report, options);
    case 'json': return formatJson(report);
    case 'sarif': return formatSarif(report, options);
    case 'github': return formatGithub(report);
    case 'junit': return formatJunit(report);
  }
}

function describeParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]*)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined) return `unknown option '${option}'`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== undefined) {
    return /argument missing/.test(message) ? `option '${option}' needs a value` : `option '${option}' takes no value`;
  }
  return message.split('\n')[0];
}

function parseMaxWarnings(value: string | undefined): number {
  if (value === undefined) return Infinity;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings needs a whole number of 0 or more, not '${value}'`);
  return Number(value);
}

function parseLocale(value: string | undefined): Locale | undefined {
  if (value === undefined) return undefined;
  const locale = toLocale(value);
  if (locale === undefined) throw new UsageError(`unknown locale '${value}': expected en or zh-CN`);
  return locale;
}

function parseDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match === null ? undefined : new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (date === undefined || date.toISOString().slice(0, 10) !== value) throw new UsageError(`--date needs a date as YYYY-MM-DD, not '${value}'`);
  return value;
}

/** Today in the local time zone: a plan's deadline is a local date. */
function localToday(now: Date = new Date()): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** The message language of the environment: the first of LC_ALL, LC_MESSAGES and LANG that is set. */
export function environmentLocale(env: Io['env']): Locale | undefined {
  const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return toLocale(tag);
}

function useColor(io: Io): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '' && io.env.FORCE_COLOR !== '0') return true;
  return io.stdoutIsTty;
}
