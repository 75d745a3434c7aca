/** Entry of `dist/cli.cjs`: runs the command line on the real process. */
import { main } from './command';

process.exitCode = main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTty: process.stdout.isTTY === true,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
