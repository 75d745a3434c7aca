import { checkDiagnostics } from '../support/check';

describe('duplicate-inspector-declaration', () => {
  it('reports top-level inspectors of one file that name the same department', () => {
    checkDiagnostics(`
inspector ecology "County ecology bureau" line
inspector environment "County ecology bureau" line
//        ^^^^^^^^^^^ warning duplicate-inspector-declaration: Inspector \`environment\` names the same department as \`ecology\` (County ecology bureau): declare it once
inspector safety "County emergency bureau" line
inspector eco2 "County ecology bureau"
//        ^^^^ warning duplicate-inspector-declaration: Inspector \`eco2\` names the same department as \`ecology\` (County ecology bureau): declare it once
`);
  });

  it('reports a plan inspector that names the department of a visible top-level one', () => {
    checkDiagnostics(`
//- /w/inspectors.baton
检查主体 环境局 “县生态环境局” 条
//- /w/county.baton
引用 “inspectors.baton”
方案 县 ｛
  检查主体 生态局 “县生态环境局” 条
//         ^^^^^^ warning duplicate-inspector-declaration: 检查主体“生态局”与“环境局”为同一部门（县生态环境局），应只声明一次
  检查主体 应急局 “县应急管理局” 条
  检查主体 安监局 “县应急管理局” 条
//         ^^^^^^ warning duplicate-inspector-declaration: 检查主体“安监局”与“应急局”为同一部门（县应急管理局），应只声明一次
｝
`, { locale: 'zh-CN' });
  });

  it('accepts one declaration per department in a Chinese file with full-width punctuation', () => {
    checkDiagnostics(`
检查主体 督查室 “县委县政府督查室” 块
检查主体：环境局 “县生态环境局” 条；
方案 县 ｛
  检查主体：应急局 “县应急管理局” 条 互认：督查室；
  检查主体 自然资源局 “县自然资源局” 条
｝
`);
  });

  it('accepts a plan inspector that shadows a top-level one of the same id', () => {
    checkDiagnostics(`
inspector ecology "County ecology bureau" line
plan county {
  inspector ecology "County ecology bureau" line
}
`);
  });

  it('keeps plans apart: each plan is its own scope', () => {
    checkDiagnostics(`
plan a {
  inspector ecology "County ecology bureau"
}
plan b {
  inspector environment "County ecology bureau"
}
`);
  });

  it('compares department strings, not ids, and ignores inspectors without one', () => {
    checkDiagnostics(`
inspector office
inspector bureau
plan p {
  inspector office
  inspector other "office"
}
`);
  });

  it('leaves an id declared twice to duplicate-definition', () => {
    checkDiagnostics(`
inspector ecology "County ecology bureau"
inspector ecology "County ecology bureau"
//        ^^^^^^^ error duplicate-definition: \`ecology\` is already defined in this file (inspector, line 1)
`);
  });
});
