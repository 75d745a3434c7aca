/** Reports text that does not parse, with the parser's fix or suggestion where it has one. */
import { defineRule } from './rule';
import { msg } from '../syntax/message';

export default defineRule({
  id: 'syntax',
  description: msg('The text must follow the Baton grammar.', '文本须符合 Baton 语法。'),
  defaultSeverity: 'error',
  fixable: true,
  check(ctx) {
    for (const error of ctx.file.syntaxErrors) {
      const toFix = (fix: NonNullable<typeof error.fix>) => ({ title: fix.title, edits: fix.edits.map((edit) => ({ uri: ctx.file.uri, ...edit })) });
      ctx.report({
        range: error.range,
        message: error.message,
        fix: error.fix === undefined ? undefined : toFix(error.fix),
        suggestions: error.suggestion === undefined ? undefined : [toFix(error.suggestion)],
      });
    }
  },
});
