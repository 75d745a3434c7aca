import assert from 'node:assert/strict';
import { type CodeAction, codeActions, FIX_ALL, fixAll, QUICK_FIX, SHOW_RULE_DOCS_COMMAND } from '../../server/src/ide/code-actions';
import { lintTexts } from '../support/check';
import { applyWorkspaceEdits, ideFixture } from '../support/ide';

/** The actions for the cursor's position (or selection) as `kind title` lines. */
function actionsAt(fixture: string, locale: 'en' | 'zh-CN' = 'en', only?: string[]): { titles: string[]; actions: CodeAction[]; fx: ReturnType<typeof ideFixture> } {
  const fx = ideFixture(fixture);
  const range = fx.selection ?? { start: fx.offset, end: fx.offset };
  const actions = codeActions(fx.analysis, fx.uri, range, locale, only);
  return { titles: actions.map((a) => `${a.kind}${a.isPreferred === true ? '*' : ''} ${a.title}`), actions, fx };
}

const TYPOS = `
plan p {
  indicator a {
    frequency quar<|>tely
    weight 100
  }
}
`;

describe('ide: code actions', () => {
  it('offers the fix (preferred), suppression and documentation for a finding', () => {
    const { titles, actions, fx } = actionsAt(TYPOS);
    assert.deepStrictEqual(titles, [
      'quickfix* Change to `quarterly`',
      'quickfix Suppress `unknown-value` on this line (with a reason)',
      'quickfix Show documentation for `unknown-value`',
      `${FIX_ALL} Fix all auto-fixable Baton problems`,
    ]);
    assert.strictEqual(actions[0].diagnostics[0].ruleId, 'unknown-value');
    assert.strictEqual(applyWorkspaceEdits(fx.texts, actions[0].edits!), TYPOS.replace('quar<|>tely', 'quarterly'));
  });

  it('inserts `// baton-ignore <id> -- ` above the line with its indentation and leaves the cursor after `-- `', () => {
    const { actions, fx } = actionsAt(TYPOS);
    const suppress = actions[1];
    const after = applyWorkspaceEdits(fx.texts, suppress.edits!);
    assert.strictEqual(after, `
plan p {
  indicator a {
    // baton-ignore unknown-value -- 
    frequency quartely
    weight 100
  }
}
`);
    const text = after.slice(1);
    assert.strictEqual(suppress.cursor!.uri, '/main.baton');
    assert.strictEqual(text.slice(suppress.cursor!.offset - 3, suppress.cursor!.offset + 1), '-- \n');
    assert.deepStrictEqual(suppress.cursor!.position, { line: 2, column: 37 });
    // With a reason typed at the cursor, the finding is hidden.
    const withReason = text.slice(0, suppress.cursor!.offset) + 'legacy spelling, fixed next year' + text.slice(suppress.cursor!.offset);
    const linted = lintTexts(new Map([['/main.baton', withReason]]));
    assert.deepStrictEqual(linted.diagnostics.filter((d) => d.ruleId === 'unknown-value' || d.ruleId.includes('suppression')), []);
  });

  it('points the documentation action at the rule page', () => {
    const docs = actionsAt(TYPOS).actions[2];
    assert.strictEqual(docs.docsUrl, 'https://github.com/baton-lang/baton/blob/main/docs/rules/unknown-value.md');
    assert.deepStrictEqual(docs.command, { id: SHOW_RULE_DOCS_COMMAND, title: docs.title, arguments: [docs.docsUrl] });
    assert.strictEqual(docs.edits, undefined);
  });

  it('offers every suggestion as a non-preferred quick fix, and no suppression of syntax errors', () => {
    const { titles } = actionsAt(`
plan p {
  indicator a {
    ta<|>rgt >= 30 %
    weight 100
  }
}
`);
    assert.deepStrictEqual(titles, ['quickfix Change to `target`', 'quickfix Show documentation for `syntax`']);
  });

  it('speaks the display language', () => {
    const { titles } = actionsAt(TYPOS, 'zh-CN');
    assert.deepStrictEqual(titles, [
      'quickfix* 改为“quarterly”',
      'quickfix 忽略本行的“unknown-value”问题（须写明理由）',
      'quickfix 查看规则“unknown-value”的说明',
      `${FIX_ALL} 修复所有可自动修复的 Baton 问题`,
    ]);
  });

  it('covers every finding a selection touches, and filters by kind', () => {
    const fixture = `
方案 p {
  指标 a {
    <|权重100
    频次 每李度|>
  }
}
`;
    const { titles } = actionsAt(fixture);
    assert.deepStrictEqual(titles, [
      'quickfix* Insert a space after `权重`',
      'quickfix* Change to `每季度`',
      'quickfix Suppress `unknown-value` on this line (with a reason)',
      'quickfix Show documentation for `syntax`',
      'quickfix Show documentation for `unknown-value`',
      `${FIX_ALL} Fix all auto-fixable Baton problems`,
    ]);
    assert.deepStrictEqual(actionsAt(fixture, 'en', ['source.fixAll']).titles, [`${FIX_ALL} Fix all auto-fixable Baton problems`]);
    assert.strictEqual(actionsAt(fixture, 'en', [QUICK_FIX]).titles.length, 5);
    assert.deepStrictEqual(actionsAt(fixture, 'en', ['refactor']).titles, []);
  });

  it('fix-all applies every safe fix of the document', () => {
    const fx = ideFixture(`
方案 p {
  指标 a {
    权重100
    频次 每李度
    考核方式 实地合查
  }
}
`);
    const action = fixAll(fx.analysis, fx.uri, 'en')!;
    assert.strictEqual(action.kind, FIX_ALL);
    assert.strictEqual(applyWorkspaceEdits(fx.texts, action.edits!), `
方案 p {
  指标 a {
    权重 100
    频次 每季度
    考核方式 实地核查
  }
}
`);
  });

  it('offers nothing where there is no finding', () => {
    const fx = ideFixture('plan p {\n  indicator a {\n    frequency yearly\n  <|>}\n}\n');
    assert.deepStrictEqual(codeActions(fx.analysis, fx.uri, { start: fx.offset, end: fx.offset }, 'en', [QUICK_FIX]), []);
  });
});
