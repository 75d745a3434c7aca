import assert from 'node:assert/strict';
import { hover } from '../../server/src/ide/hover';
import type { Locale } from '../../server/src/syntax/message';
import { cursorOf, describeRange, ideFixture } from '../support/ide';

/** The hover at the cursor: `<range description>\n<markdown>`, or undefined. */
function hoverAt(fixture: string, locale: Locale = 'en'): string | undefined {
  const fx = ideFixture(fixture);
  const result = hover(fx.analysis, fx.uri, cursorOf(fx), locale);
  return result === undefined ? undefined : `${describeRange(fx.texts, fx.uri, result.range)}\n${result.markdown}`;
}

function checkHover(fixture: string, expected: string, locale: Locale = 'en'): void {
  assert.strictEqual(hoverAt(fixture, locale), expected.replace(/^\n/, ''));
}

const LADDER = `
//- /province.baton
plan province_2025 "省方案" {
  level province
  assesses city
  period 2025
  indicator forest "森林覆盖率" {
    target >= 30 %
  }
}
//- /city.baton
import "province.baton"
plan city_2025 "市方案" {
  level city
  assesses county
  period 2025
  parent province_2025
  indicator forest "森林覆盖率" {
    target >= 32 %
    frequency yearly
  }
}
//- /county.baton
引用 "city.baton"
方案 县2025 "县方案" {
  层级 县
  考核对象 乡镇
  考核年度 2025
  上级方案 city_2025
  指标 fo<|>rest "森林覆盖率" {
    目标 ≥ 35%
    频次 每季度
    一票否决 "《森林法》"
    协商 "经乡镇同意" 批准 "县委" 有效期至 2026-12-31
  }
}
`;

const TOWNSHIP = `
//- /duties.baton
职责清单 乡镇职责 "某县乡镇履行职责事项清单" {
  职责 安全生产 "落实属地安全生产监管责任" 基本
  职责 耕地保护 "耕地保护巡查与报告" 配合 { 牵头部门 "县自然资源局" 依据 "县委编办〔2024〕12号" }
  职责 土地执法 "违法用地行政处罚" 收回
}
//- /county.baton
引用 "duties.baton"
方案 县2025 "某县2025年度乡镇综合考核方案" {
  辖区 "某县"
  层级 县
  考核对象 乡镇
  考核年度 2025
  职责清单 乡镇职责
  检查主体 环境局 "县生态环境局" 条
  检查主体 督查室 "县委县政府督查室" 块 互认 环境局
  指标 safety "安全生产" {
    职责 安全生产
    权重 40
    频次 每季度
    检查主体 环境局、督查室
    一票否决 "《安全生产法》"
  }
  指标 farmland "耕地保护" {
    职责 耕地保护
    权重 40
    检查主体 督查室
    责任书
  }
  指标 showcase "排名" {
    权重 10
    排名
  }
}
//- /bureau.baton
引用 "duties.baton"
方案 局2025 "某县应急局专项考核" {
  辖区 "某县"
  考核对象 乡镇
  考核年度 2025
  职责清单 乡镇职责
  检查主体 督查 "县委县政府督查室" 块
  指标 drill {
    职责 安全生产
    频次 每月
    检查主体 督查
  }
}
`;

describe('ide: hover', () => {
  it('shows an indicator\'s chain of targets from the origin down, with the escalation at each level', () => {
    checkHover(LADDER, `
/county.baton:7:6 forest
**indicator** \`forest\` “森林覆盖率” · plan \`县2025\`

| Plan | Level | Target | vs. level above | stricter since origin |
| --- | --- | --- | --- | --- |
| \`province_2025\` | province | ≥ 30% | origin |  |
| \`city_2025\` | city | ≥ 32% | **stricter 6.7%** | +6.7% |
| **\`县2025\`** | county | ≥ 35% | **stricter 9.4%** | +16.7% |

**Also stricter than \`city_2025\`:**
- frequency: 每季度 (parent: 每年)
- veto: added here

**Negotiated:** “经乡镇同意”, approved by 县委, until 2026-12-31`);
  });

  it('shows the chain in Chinese', () => {
    checkHover(LADDER, `
/county.baton:7:6 forest
**指标** \`forest\` “森林覆盖率” · 方案 \`县2025\`

| 方案 | 层级 | 目标 | 较上级 | 较源头累计加码 |
| --- | --- | --- | --- | --- |
| \`province_2025\` | 省 | ≥ 30% | 源头 |  |
| \`city_2025\` | 市 | ≥ 32% | **加码 6.7%** | +6.7% |
| **\`县2025\`** | 县 | ≥ 35% | **加码 9.4%** | +16.7% |

**其他加码（较 \`city_2025\`）：**
- 频次：每季度（上级：每年）
- 一票否决：本级新增

**协商目标：**“经乡镇同意”，批准人：县委，有效期至 2026-12-31`, 'zh-CN');
  });

  it('shows the chain when hovering a target value, in the hovered file\'s style', () => {
    const hovered = hoverAt(LADDER.replace('fo<|>rest', 'forest').replace('target >= 32 %', 'target >= 3<|>2 %'))!;
    assert.match(hovered, /^\/city\.baton:8:12 >= 32 %\n\*\*indicator\*\* `forest` “森林覆盖率” · plan `city_2025`\n/);
    assert.match(hovered, /\| \*\*`city_2025`\*\* \| city \| >= 32 % \| \*\*stricter 6\.7%\*\* \| \+6\.7% \|$/m);
  });

  it('says when no ancestor carries the indicator', () => {
    checkHover(`
plan p {
  indicator a<|> {
    target >= 3
  }
}
`, `
/main.baton:2:13 a
**indicator** \`a\` · plan \`p\`

Target: >= 3

The plan has no parent plan to compare with`);
  });

  it('marks incomparable and looser levels', () => {
    const hovered = hoverAt(`
plan top {
  indicator a { target >= 30 % }
  indicator b { target <= 5 起 }
}
plan mid {
  parent top
  indicator a { target >= 28 % }
  indicator b { target <= 5 件 }
}
plan low {
  parent mid
  indicator a<|> { target = 28 % }
}
`)!;
    assert.match(hovered, /\| `mid` \| — \| >= 28 % \| looser 6\.7% \| -6\.7% \|/);
    assert.match(hovered, /\| \*\*`low`\*\* \| — \| = 28 % \| incomparable: `=` against a limit \|  \|/);
    const units = hoverAt(`
plan top {
  indicator b { target <= 5 起 }
}
plan mid {
  parent top
  indicator b<|> { target <= 5 件 }
}
`)!;
    assert.match(units, /\| \*\*`mid`\*\* \| — \| <= 5 件 \| incomparable: different units \|  \|/);
  });

  it('shows a duty\'s kind, lead department, basis and list', () => {
    checkHover(TOWNSHIP.replace('职责 耕地保护\n    权重', '职责 耕地<|>保护\n    权重'), `
/county.baton:18:8 耕地保护
**duty** \`耕地保护\` “耕地保护巡查与报告”

- Kind: assist (配合) — An assist duty: the township helps, the lead department owns the result
- Lead department: 县自然资源局
- Basis: 县委编办〔2024〕12号
- List: \`乡镇职责\` “某县乡镇履行职责事项清单”`);
  });

  it('shows a duty in Chinese, from its declaration', () => {
    checkHover(TOWNSHIP.replace('职责 土地执法', '职责 土地<|>执法'), `
/duties.baton:4:6 土地执法
**职责** \`土地执法\` “违法用地行政处罚”

- 类型：收回（returned）——收回事项：已由上级部门收回，不得再对乡镇考核
- 所属职责清单：\`乡镇职责\` “某县乡镇履行职责事项清单”`, 'zh-CN');
  });

  it('says when a duty is not on the plan\'s list', () => {
    checkHover(TOWNSHIP.replace('职责 安全生产\n    频次 每月', '职责 招商<|>引资\n    频次 每月'), `
/bureau.baton:9:8 招商引资
**duty** \`招商引资\`

Not on the duty list \`乡镇职责\``);
  });

  it('shows a duty list\'s duties by kind', () => {
    checkHover(TOWNSHIP.replace('职责清单 乡镇职责\n  检查主体 环境局', '职责清单 乡镇<|>职责\n  检查主体 环境局'), `
/county.baton:7:8 乡镇职责
**duty list** \`乡镇职责\` “某县乡镇履行职责事项清单”

3 duties: 1 basic, 1 assist, 1 returned`);
    checkHover(TOWNSHIP.replace('职责清单 乡镇职责 "', '职责清单 乡<|>镇职责 "'), `
/duties.baton:1:6 乡镇职责
**职责清单** \`乡镇职责\` “某县乡镇履行职责事项清单”

共 3 项职责：基本 1 项，配合 1 项，收回 1 项`, 'zh-CN');
  });

  it('shows what an inspector checks across the plan group and its visits a year', () => {
    checkHover(TOWNSHIP.replace('检查主体 督查室 "县委', '检查主体 督查<|>室 "县委'), `
/county.baton:9:8 督查室
**inspector** \`督查室\` “县委县政府督查室”

- Department: 县委县政府督查室
- Kind: block (块) — A block office (块), such as a supervision or assessment office
- Recognizes the results of: \`环境局\`

**Inspects** (某县 · township · 2025):
- \`局2025\`: \`drill\` (落实属地安全生产监管责任) — 12 visits a year
- \`县2025\`: \`safety\` (落实属地安全生产监管责任), \`farmland\` (耕地保护巡查与报告) — 4 visits a year

**Visits a year** to each assessed unit: 16`);
  });

  it('shows an inspector reference in Chinese', () => {
    checkHover(TOWNSHIP.replace('检查主体 环境局、督查室', '检查主体 环境<|>局、督查室'), `
/county.baton:14:10 环境局
**检查主体** \`环境局\` “县生态环境局”

- 部门：县生态环境局
- 类型：条（line）——条线部门（条），如县直职能部门

**检查事项**（某县 · 乡镇 · 2025）：
- \`县2025\`：\`safety\`（落实属地安全生产监管责任），每年 4 次

**每年对每个被考核单位检查**：4 次`, 'zh-CN');
  });

  it('shows a plan\'s burden on each assessed unit', () => {
    checkHover(TOWNSHIP.replace('方案 县2025', '方案 县20<|>25'), `
/county.baton:2:4 县2025
**plan** \`县2025\` “某县2025年度乡镇综合考核方案”

county → township · region 某县 · period 2025

**Burden on each assessed unit**
- Indicators: 3
- Weight total: 90 / 100
- Vetoes: 1
- Responsibility letters: 1
- Rankings: 1
- Checks a year: 9 (\`环境局\` 4, \`督查室\` 4, the issuer 1)`);
  });

  it('shows a plan\'s burden in Chinese, from a parent reference', () => {
    checkHover(LADDER.replace('fo<|>rest', 'forest').replace('上级方案 city_2025', '上级方案 city<|>_2025'), `
/county.baton:6:8 city_2025
**方案** \`city_2025\` “市方案”

市 → 县 · 考核年度 2025 · 上级方案 \`province_2025\`

**对每个被考核单位的考核负担**
- 指标：1 项
- 权重合计：0 / 100
- 一票否决：0 项
- 责任书：0 份
- 每年检查：1 次（发文单位 1 次）`, 'zh-CN');
  });

  it('shows keyword help in both languages, the display language first', () => {
    checkHover(`
plan p {
  indicator a {
    weig<|>ht 10
  }
}
`, `
/main.baton:3:5 weight
**weight** · **权重**

Points this indicator carries in the total.

该指标在总分中所占的分值。`);
    checkHover(`
方案 p {
  指标 a {
    <|>权重 10
  }
}
`, `
/main.baton:3:5 权重
**weight** · **权重**

该指标在总分中所占的分值。

Points this indicator carries in the total.`, 'zh-CN');
  });

  it('shows what an enumerated value means in both languages', () => {
    checkHover(`
plan p {
  indicator a {
    frequency quar<|>terly
  }
}
`, `
/main.baton:3:15 quarterly
**frequency** \`quarterly\` · \`每季度\` · \`季度\`

Checked 4 times a year

每年检查 4 次`);
    checkHover(`
方案 p {
  层级 街<|>道
}
`, `
/main.baton:2:6 街道
**层级** \`township\` · \`乡镇\` · \`街道\`

乡镇（街道）级

The township or street-office level`, 'zh-CN');
  });

  it('lists the expected values for an unknown one', () => {
    checkHover(`
plan p {
  indicator a {
    horizon mid<|>dle
  }
}
`, `
/main.baton:3:13 middle
**horizon** \`middle\`

Not a known value; expected one of \`short\`, \`短期\`, \`long\`, \`长期\``);
  });

  it('shows where an import leads', () => {
    checkHover(`
//- /w/a.baton
import "../b<|>.baton"
import "missing.baton"
//- /b.baton
plan b {}
`, `
/w/a.baton:1:8 "../b.baton"
\`../b.baton\` → \`/b.baton\``);
  });

  it('still hovers in a file with a syntax error elsewhere', () => {
    checkHover(`
plan p {
  indicator a {
    targt >= 30 %
    weight 10
  }
  indicator b {
    frequency mon<|>thly
  }
}
`, `
/main.baton:7:15 monthly
**frequency** \`monthly\` · \`每月\` · \`月度\`

Checked 12 times a year

每年检查 12 次`);
  });

  it('has nothing to say on punctuation or white space', () => {
    assert.strictEqual(hoverAt('plan p {<|>\n}\n'), undefined);
  });
});
