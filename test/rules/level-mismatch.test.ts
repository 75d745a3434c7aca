import { checkDiagnostics, checkSuggestion } from '../support/check';

describe('level-mismatch', () => {
  it('reports a level that differs from what the parent assesses', () => {
    checkDiagnostics(`
plan city {
  level city
  assesses county
  period 2025
}
plan town {
  level township
//      ^^^^^^^^ warning level-mismatch: Plan \`town\` is issued at the township level, but its parent \`city\` assesses the county level
  assesses village
  period 2025
  parent city
}
`);
  });

  it('reports an assessed level that is not the next level down, with and without a parent', () => {
    checkDiagnostics(`
plan city {
  level city
  assesses township
//         ^^^^^^^^ warning level-mismatch: Plan \`city\` is issued at the city level, so it should assess the county level, not the township level
}
plan county {
  level county
//      ^^^^^^ warning level-mismatch: Plan \`county\` is issued at the county level, but its parent \`city\` assesses the township level
  assesses village
//         ^^^^^^^ warning level-mismatch: Plan \`county\` is issued at the county level, so it should assess the township level, not the village level
  parent city
}
`);
  });

  it('reports a period that differs from the parent, across files', () => {
    checkDiagnostics(`
//- /w/city.baton
plan city {
  level city
  assesses county
  period 2025
}
//- /w/county.baton
import "city.baton"
plan county {
  level county
  assesses township
  period 2024
//       ^^^^ warning level-mismatch: Plan \`county\` is for 2024, but its parent \`city\` is for 2025
  parent city
}
`);
  });

  it('gives Chinese messages with the levels as written, full-width punctuation', () => {
    checkDiagnostics(`
方案 县 ｛
  层级：县；考核对象：街道；考核年度：2025；
｝
方案 镇 ｛
  层级：乡镇；考核对象：乡镇；考核年度：2026；
//                      ^^^^ warning level-mismatch: 方案“镇”的层级为“乡镇”，考核对象应为下一级“村”，而非“乡镇”
//                                      ^^^^ warning level-mismatch: 方案“镇”的考核年度为 2026，与上级方案“县”的考核年度 2025 不一致
  上级方案：县；
｝
方案 村 ｛
  层级：村；考核对象：村；
//                    ^^ warning level-mismatch: 方案“村”的层级“村”已是最低层级，无下一级可考核
｝
`, { locale: 'zh-CN' });
  });

  it('treats 街道 as the township level', () => {
    checkDiagnostics(`
方案 区 {
  层级 县
  考核对象 街道
  考核年度 2025
}
方案 街道办 {
  层级 街道
  考核对象 村
  考核年度 2025
  上级方案 区
}
`);
  });

  it('is silent about missing and unknown values', () => {
    checkDiagnostics(`
plan city {
  level city
  period 2025
}
plan county {
  level county
  parent city
}
plan town {
  level towns
//      ^^^^^ error unknown-value: Unknown level \`towns\`; expected one of province, city, county, township, village (省, 市, 县, 乡镇, 街道, 村)
  assesses village
  parent county
}
plan lone {
  assesses county
}
`);
  });

  it('changes the level to what the parent assesses', () => {
    checkSuggestion(`
plan city {
  level city
  assesses county
}
plan county {
  level town<|>ship
  assesses township
  parent city
}
`, 'Change to `county`', `
plan city {
  level city
  assesses county
}
plan county {
  level county
  assesses township
  parent city
}
`);
  });

  it('changes the assessed level to the next level down, in Chinese', () => {
    checkSuggestion(`
方案 县 {
  层级 县
  考核对象 <|>村
}
`, 'Change to `乡镇`', `
方案 县 {
  层级 县
  考核对象 乡镇
}
`);
  });

  it('changes the period to the parent\'s', () => {
    checkSuggestion(`
plan city {
  period 2025
}
plan county {
  period 20<|>24
  parent city
}
`, 'Change to 2025', `
plan city {
  period 2025
}
plan county {
  period 2025
  parent city
}
`);
  });
});
