/**
 * No valid or invalid Baton text should make a rule throw, so `internal-error` cannot be
 * provoked honestly through a fixture. These tests hand `lintFile` a model whose file
 * breaks on purpose, and check that each failing rule becomes one `internal-error` finding
 * while the rules that do not fail still report.
 */
import assert from 'node:assert/strict';
import { lintFile } from '../../server/src/linter/lint';
import type { FileModel, Model } from '../../server/src/semantics/model';
import { lintTexts } from '../support/check';

/** A model of `text` whose file throws `message` whenever a rule asks for its plans. */
function brokenModel(text: string, message: string): Model {
  const { model } = lintTexts(new Map([['/main.baton', text]]));
  const file = model.files.get('/main.baton')!;
  const broken = new Proxy(file, {
    get(target, key, receiver) {
      if (key === 'plans') throw new Error(message);
      return Reflect.get(target, key, receiver) as unknown;
    },
  }) as FileModel;
  return { ...model, files: new Map([['/main.baton', broken]]) };
}

describe('internal-error', () => {
  const text = 'plan county {\n  indicator a { weight 90 }\n  targt\n}\n';

  it('turns a rule that throws into one finding naming the rule, at the start of the file', () => {
    const { diagnostics } = lintFile(brokenModel(text, 'boom'), '/main.baton', { today: '2026-06-30' });
    const internal = diagnostics.filter((d) => d.ruleId === 'internal-error');
    const failed = internal.map((d) => /^Rule `([a-z-]+)`/.exec(d.message.en)?.[1]);
    assert.ok(failed.includes('weights-total'), `weights-total reads the plans and must fail: ${failed.join(', ')}`);
    assert.equal(new Set(failed).size, failed.length, 'one finding per failing rule');
    const finding = internal.find((d) => d.message.en.startsWith('Rule `weights-total`'))!;
    assert.equal(finding.message.en, 'Rule `weights-total` failed on this file: boom; please report this bug');
    assert.equal(finding.message.zh, '规则“weights-total”检查本文件时出错：boom。请向开发者反馈此问题');
    assert.equal(finding.severity, 'error');
    assert.deepEqual(finding.range, { start: 0, end: 0 });
  });

  it('lets the other rules report as usual', () => {
    const { diagnostics } = lintFile(brokenModel(text, 'boom'), '/main.baton', { today: '2026-06-30' });
    // The syntax rule reads only the parse errors, so the misspelt keyword is still reported.
    assert.ok(diagnostics.some((d) => d.ruleId === 'syntax' && d.message.en.startsWith('Unexpected `targt`')));
    // The rules that failed report nothing else.
    assert.ok(!diagnostics.some((d) => d.ruleId === 'weights-total'));
  });

  it('does not fire on a real file', () => {
    const { diagnostics } = lintTexts(new Map([['/main.baton', text]]));
    assert.ok(!diagnostics.some((d) => d.ruleId === 'internal-error'));
    assert.ok(diagnostics.some((d) => d.ruleId === 'weights-total'));
  });
});
