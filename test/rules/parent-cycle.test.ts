import { checkDiagnostics } from '../support/check';

describe('parent-cycle', () => {
  it('reports the parent value of every plan in a cycle', () => {
    checkDiagnostics(`
plan a {
  parent c
//       ^ error parent-cycle: The \`parent\` chain of plan \`a\` loops back to it: a → c → b → a
}
plan b {
  parent a
//       ^ error parent-cycle: The \`parent\` chain of plan \`b\` loops back to it: b → a → c → b
}
plan c {
  parent b
//       ^ error parent-cycle: The \`parent\` chain of plan \`c\` loops back to it: c → b → a → c
}
`);
  });

  it('reports a plan that is its own parent', () => {
    checkDiagnostics(`
plan a {
  parent a
//       ^ error parent-cycle: Plan \`a\` names itself as its parent
}
`);
  });

  it('does not report a plan that only hangs below a cycle', () => {
    checkDiagnostics(`
plan a {
  parent b
//       ^ error parent-cycle: The \`parent\` chain of plan \`a\` loops back to it: a → b → a
}
plan b {
  parent a
//       ^ error parent-cycle: The \`parent\` chain of plan \`b\` loops back to it: b → a → b
}
plan c {
  parent a
}
`);
  });

  it('follows parents across mutually importing files, in Chinese with full-width punctuation', () => {
    checkDiagnostics(`
//- /w/市.baton
引用 “县.baton”
方案 市2025 ｛
  上级方案：县2025；
//          ^^^^^^ error parent-cycle: 方案“市2025”的上级方案形成循环：市2025 → 县2025 → 市2025
｝
//- /w/县.baton
引用 “市.baton”
方案 县2025 ｛
  上级方案：市2025；
//          ^^^^^^ error parent-cycle: 方案“县2025”的上级方案形成循环：县2025 → 市2025 → 县2025
｝
`, { locale: 'zh-CN' });
  });

  it('accepts a ladder without cycles', () => {
    checkDiagnostics(`
方案 省 {
}
plan city {
  parent 省
}
方案 县 {
  上级方案 city
}
`);
  });
});
