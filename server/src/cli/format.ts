/**
 * `baton format [--check] [--ascii-punctuation] [paths…]`: rewrites `.baton` files in the
 * canonical layout (the editor's formatter, `ide/format.ts`), or with `--check` lists the
 * files that are not formatted. A file with syntax errors is never touched.
 *
 * Exit codes: 0 every file is formatted (or was rewritten); 1 with `--check`, some file is
 * not formatted, or some file has syntax errors and cannot be formatted; 2 bad usage or an
 * unreadable path.
 */
import { parseArgs } from 'node:util';
import { formatText } from '../ide/format';
import { loadTexts, toKey, writeText } from '../node/workspace';
import { relativePath } from './report';

export const FORMAT_USAGE = `Usage: baton format [options] [paths...]

Rewrites *.baton files in the canonical layout: two spaces per block level,
aligned property values, one statement per line, comments kept. Folders are
searched as by baton check. A file with syntax errors is left alone.
Default path: the current folder.

Options:
  --check               write nothing; list the files that are not formatted
                        and exit with 1 if there are any
  --ascii-punctuation   also turn full-width punctuation (｛｝，；：％＞＜＝)
                        into ASCII
  -h, --help            show this help

Exit codes: 0 all files formatted; 1 with --check, files not formatted, or
files with syntax errors; 2 bad usage or unreadable path.
`;

/** What `runFormat` needs from the process (the CLI's `Io` fits). */
export interface FormatIo {
  readonly cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Runs `baton format` with the arguments after `format`; returns the exit code. */
export function runFormat(args: readonly string[], io: FormatIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        check: { type: 'boolean' },
        'ascii-punctuation': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    io.stderr(`baton format: ${message} (see baton format --help)\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.stdout(FORMAT_USAGE);
    return 0;
  }
  const check = values.check === true;
  const options = { asciiPunctuation: values['ascii-punctuation'] === true };
  const loaded = loadTexts(positionals.length === 0 ? ['.'] : positionals, { cwd: io.cwd });
  for (const error of loaded.errors) io.stderr(`baton: cannot read ${error.path}: ${error.message}\n`);

  let unformatted = 0;
  let broken = 0;
  for (const key of loaded.checked) {
    const text = loaded.texts.get(key)!;
    const shown = relativePath(io.cwd, key);
    const formatted = formatText(text, options);
    if (formatted === undefined) {
      broken++;
      io.stderr(`baton: ${shown}: not formatted: the file has syntax errors (see baton check)\n`);
      continue;
    }
    if (formatted === text) continue;
    if (check) {
      unformatted++;
      io.stdout(`${shown}\n`);
      continue;
    }
    try {
      writeText(toKey(key), formatted, loaded.bom.has(key));
      io.stdout(`formatted ${shown}\n`);
    } catch (error) {
      io.stderr(`baton: cannot write ${shown}: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
  }
  if (check && unformatted > 0) {
    io.stderr(`baton: ${unformatted} ${unformatted === 1 ? 'file is' : 'files are'} not formatted (run baton format)\n`);
  }
  if (loaded.errors.length > 0) return 2;
  if (broken > 0 || unformatted > 0) return 1;
  return 0;
}
