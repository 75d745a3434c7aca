/**
 * Error recovery: one mistake gives one `syntax` finding (or a short, honest cascade), the
 * parser never throws, and the declarations after the mistake are still analysed — shown by
 * a rule finding (`weights-total` on plan `q`) that appears after the error.
 */
import assert from 'node:assert/strict';
import { parse } from '../../server/src/syntax/parse';
import { checkDiagnostics, lintTexts } from '../support/check';

const QUIET = ['external-evaluation', 'no-long-term-indicator'];

/** The findings of one file as `rule text-under-range: message` lines. */
function findings(text: string): string[] {
  const { diagnostics } = lintTexts(new Map([['/main.baton', text]]), { disabled: QUIET });
  return diagnostics.map((d) => `${d.ruleId} ${JSON.stringify(text.slice(d.range.start, d.range.end))}: ${d.message.en}`);
}

describe('parser recovery', () => {
  it('reports a declaration without its name and analyses the next one', () => {
    checkDiagnostics(`
plan {
//   ^ error syntax: Expected a name, but found \`{\`
  indicator a { weight 100 }
}
plan q {
//   ^ warning weights-total: The indicator weights of plan \`q\` add up to 90, not 100
  indicator b { weight 90 }
}
`, { disabled: QUIET });
  });

  it('reports a property without its value once', () => {
    checkDiagnostics(`
plan p {
  level
  indicator a { weight 100 }
//^^^^^^^^^ error syntax: Expected a name, but found \`indicator\`
}
plan q {
//   ^ warning weights-total: The indicator weights of plan \`q\` add up to 90, not 100
  indicator b { weight 90 }
}
`, { disabled: QUIET });
  });

  it('reports junk between declarations as one finding', () => {
    checkDiagnostics(`
plan p {
  indicator a { weight 100 }
}
%% some junk 12 ;
// <----------------- error syntax: Unexpected \`%\`: expected a declaration (\`import\`, \`duties\`, \`inspector\` or \`plan\`)
plan q {
//   ^ warning weights-total: The indicator weights of plan \`q\` add up to 90, not 100
  indicator b { weight 90 }
}
`, { disabled: QUIET });
  });

  it('closes a plan left open when the next plan starts', () => {
    checkDiagnostics(`
plan p {
  indicator a {
    weight 100

plan q {
// <---- error syntax: Expected \`}\`, but found \`plan\`
//   ^ warning weights-total: The indicator weights of plan \`q\` add up to 90, not 100
  indicator b { weight 90 }
}
`, { disabled: QUIET });
  });

  it('closes an indicator left open when the next indicator starts', () => {
    checkDiagnostics(`
plan p {
  indicator a {
    weight 60
  indicator c { weight 40 }
//^^^^^^^^^ error syntax: Expected \`}\`, but found \`indicator\`
}
plan q {
//   ^ warning weights-total: The indicator weights of plan \`q\` add up to 90, not 100
  indicator b { weight 90 }
}
`, { disabled: QUIET });
  });

  it('reports an unterminated string at the end of its line and goes on', () => {
    // The string swallows the plan's \`{\`, so the parser also misses it: an honest cascade of two.
    checkDiagnostics(`
plan p "County plan {
//     ^^^^^^^^^^^^^^ error syntax: Unterminated string: a string must end on the line it starts
  indicator a { weight 100 }
//^^^^^^^^^ error syntax: Expected \`{\`, but found \`indicator\`
}
plan q {
//   ^ warning weights-total: The indicator weights of plan \`q\` add up to 90, not 100
  indicator b { weight 90 }
}
`, { disabled: QUIET });
  });

  it('reports an unterminated block comment, which runs to the end of the file', () => {
    checkDiagnostics(`
plan q {
//   ^ warning weights-total: The indicator weights of plan \`q\` add up to 90, not 100
  indicator b { weight 90 }
}
/* unfinished
// <-- error syntax: Unterminated comment: \`/*\` has no closing \`*/\`
plan p {
}
`, { disabled: QUIET });
  });

  it('reports a character outside the language and goes on', () => {
    checkDiagnostics(`
plan p {
  indicator a { weight 100 # }
//                         ^ error syntax: Unexpected character \`#\`
}
plan q {
//   ^ warning weights-total: The indicator weights of plan \`q\` add up to 90, not 100
  indicator b { weight 90 }
}
`, { disabled: QUIET });
  });

  it('reports a bad value once, not also as a stray word at the same place', () => {
    const text = 'plan p {\n  indicator a {\n    weight x5\n    frequency yearly\n  }\n  indicator b x{ weight 100 }\n}\n';
    const syntax = findings(text).filter((f) => f.startsWith('syntax '));
    assert.deepEqual(syntax.map((f) => f.slice(0, f.indexOf(':'))), ['syntax "x5"', 'syntax "x"']);
  });

  it('treats a longer word before a colon or comparator as a misspelt keyword, not a keyword run into its value', () => {
    // `目标值：≥ 85%` is a slip for `目标：≥ 85%`: splitting it (`目标 值`) gave two errors, lost the rest of the
    // plan, and `--fix` wrote `目标 值：≥ 85%`.
    const text = '方案 p {\n  指标 a {\n    目标值：≥ 85%\n    权重：50\n  }\n  指标 b {\n    目标值 ≥ 80%\n    权重：40\n  }\n}\n';
    assert.deepEqual(findings(text), [
      'weights-total "p": The indicator weights of plan `p` add up to 90, not 100',
      'syntax "目标值：≥ 85%": Unexpected `目标值`: expected an indicator property such as `target`, `weight` or `frequency`',
      'syntax "目标值 ≥ 80%": Unexpected `目标值`: expected an indicator property such as `target`, `weight` or `frequency`',
    ]);
    const { document, errors } = parse(text);
    assert.equal(document.plans[0].indicators.length, 2);
    assert.deepEqual(errors.map((e) => [e.fix, e.suggestion?.title.en]), [[undefined, 'Change to `目标`'], [undefined, 'Change to `目标`']]);
  });

  it('reads CRLF line ends', () => {
    const text = 'plan p {\r\n  indicator a { weight 100 }\r\n  targt\r\n}\r\nplan q {\r\n  indicator b { weight 90 }\r\n}\r\n';
    assert.deepEqual(findings(text), [
      'syntax "targt": Unexpected `targt`: expected a plan property, `inspector` or `indicator`',
      'weights-total "q": The indicator weights of plan `q` add up to 90, not 100',
    ]);
  });

  it('accepts a byte-order mark', () => {
    const text = '\uFEFFplan p {\n  indicator a { weight 100 }\n}\nplan q {\n  indicator b { weight 90 }\n}\n';
    assert.deepEqual(findings(text), ['weights-total "q": The indicator weights of plan `q` add up to 90, not 100']);
    assert.equal(parse(text).document.plans[0].name?.range.start, 6, 'offsets count the BOM');
  });

  it('accepts full-width punctuation, Chinese quotes and the ideographic space', () => {
    checkDiagnostics(`
方案 p “县方案” ｛
　层级：县；考核对象：乡镇；
  指标 a “森林覆盖率” ｛ 目标：≥ 30％； 权重：60； 考核方式：实地核查，数据比对 ｝
  指标 c ｛ 目标：＜ 2 起； 权重：40 ｝
｝
方案 q ｛
//   ^ warning weights-total: The indicator weights of plan \`q\` add up to 90, not 100
  指标 b ｛ 权重：90 ｝
｝
`, { disabled: QUIET });
  });

  it('accepts keywords of both languages mixed in one file, even in one block', () => {
    checkDiagnostics(`
plan p {
  层级 county
  assesses 乡镇
  指标 a { weight 100; 频次 yearly }
}
方案 q {
//   ^ warning weights-total: The indicator weights of plan \`q\` add up to 90, not 100
  indicator b { 权重 90 }
}
`, { disabled: QUIET });
  });

  it('never throws, whatever the input', () => {
    const inputs = ['', '{', '}', '"', '“', '/*', 'plan', 'plan p {', '指标', 'indicator a { target >= }', '方案 p ｛ 指标 a ｛ 目标 ≥', '\uFEFF', '\r\n\r', '}}}}{{{{', 'import', 'duties d { duty', 'inspector x recognizes'];
    for (const input of inputs) assert.doesNotThrow(() => findings(input), input);
  });
});
