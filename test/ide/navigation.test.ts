import assert from 'node:assert/strict';
import { definition, prepareRename, references, rename } from '../../server/src/ide/navigation';
import { documentSymbols, workspaceSymbols, type DocumentSymbol } from '../../server/src/ide/symbols';
import { applyWorkspaceEdits, cursorOf, describeRange, ideFixture } from '../support/ide';

const WORKSPACE = `
//- /duties.baton
duties township "乡镇职责清单" {
  duty safety "安全生产" basic
  duty land "土地执法" returned
}
inspector office "县委督查室" block
//- /city.baton
plan city "市方案" {
  indicator forest "森林覆盖率" { target >= 30 % }
  indicator water { target >= 80 % }
}
//- /county.baton
import "duties.baton"
import "city.baton"
plan county "县方案" {
  parent city
  duties township
  inspector env "县生态环境局" line recognizes office
  indicator trees {
    refines forest
    duty safety
    inspector env, office
  }
  indicator water {
    duty safety
    inspector office
  }
}
`;

/** The fixture with `<|>` put before the n-th (0-based) occurrence of `needle` in file `path`. */
function at(fixture: string, path: string, needle: string, n = 0): string {
  const marker = `//- ${path}\n`;
  const fileStart = fixture.indexOf(marker) + marker.length;
  let index = fixture.indexOf(needle, fileStart);
  for (let i = 0; i < n; i++) index = fixture.indexOf(needle, index + 1);
  assert.ok(index >= 0, `${needle} not found`);
  return `${fixture.slice(0, index)}<|>${fixture.slice(index)}`;
}

function definitionAt(fixture: string): string[] {
  const fx = ideFixture(fixture);
  const result = definition(fx.analysis, fx.uri, cursorOf(fx));
  if (result === undefined) return [];
  return [`origin ${describeRange(fx.texts, fx.uri, result.origin)}`, ...result.targets.map((t) => describeRange(fx.texts, t.uri, t.selectionRange))];
}

function referencesAt(fixture: string, includeDeclaration = true): string[] {
  const fx = ideFixture(fixture);
  return references(fx.analysis, fx.uri, cursorOf(fx), includeDeclaration).map((l) => describeRange(fx.texts, l.uri, l.range));
}

describe('ide: go to definition', () => {
  it('goes from a reference to its declaration in another file', () => {
    assert.deepStrictEqual(definitionAt(at(WORKSPACE, '/county.baton', 'city\n')), ['origin /county.baton:4:10 city', '/city.baton:1:6 city']);
    assert.deepStrictEqual(definitionAt(at(WORKSPACE, '/county.baton', 'township')), ['origin /county.baton:5:10 township', '/duties.baton:1:8 township']);
    assert.deepStrictEqual(definitionAt(at(WORKSPACE, '/county.baton', 'safety')), ['origin /county.baton:9:10 safety', '/duties.baton:2:8 safety']);
    assert.deepStrictEqual(definitionAt(at(WORKSPACE, '/county.baton', 'office', 1)), ['origin /county.baton:10:20 office', '/duties.baton:5:11 office']);
    assert.deepStrictEqual(definitionAt(at(WORKSPACE, '/county.baton', 'forest')), ['origin /county.baton:8:13 forest', '/city.baton:2:13 forest']);
  });

  it('goes from a `recognizes` name and a local inspector', () => {
    assert.deepStrictEqual(definitionAt(at(WORKSPACE, '/county.baton', 'office')), ['origin /county.baton:6:42 office', '/duties.baton:5:11 office']);
    assert.deepStrictEqual(definitionAt(at(WORKSPACE, '/county.baton', 'env,')), ['origin /county.baton:10:15 env', '/county.baton:6:13 env']);
  });

  it('goes from an import path to the file', () => {
    const fx = ideFixture(at(WORKSPACE, '/county.baton', 'city.baton'));
    const result = definition(fx.analysis, fx.uri, cursorOf(fx))!;
    assert.deepStrictEqual(result.targets, [{ uri: '/city.baton', range: { start: 0, end: 0 }, selectionRange: { start: 0, end: 0 } }]);
  });

  it('a declaration leads to itself; an unresolved name leads nowhere', () => {
    assert.deepStrictEqual(definitionAt(at(WORKSPACE, '/city.baton', 'forest')), ['origin /city.baton:2:13 forest', '/city.baton:2:13 forest']);
    assert.deepStrictEqual(definitionAt('plan p {\n  parent nowh<|>ere\n}\n'), []);
  });
});

describe('ide: find references', () => {
  it('finds every reference across files, with or without the declaration', () => {
    assert.deepStrictEqual(referencesAt(at(WORKSPACE, '/duties.baton', 'safety')), [
      '/county.baton:9:10 safety',
      '/county.baton:13:10 safety',
      '/duties.baton:2:8 safety',
    ]);
    assert.deepStrictEqual(referencesAt(at(WORKSPACE, '/county.baton', 'office', 2), false), [
      '/county.baton:6:42 office',
      '/county.baton:10:20 office',
      '/county.baton:14:15 office',
    ]);
  });

  it('finds the `refines` references of an indicator (not indicators matched by the same id)', () => {
    assert.deepStrictEqual(referencesAt(at(WORKSPACE, '/city.baton', 'forest')), ['/city.baton:2:13 forest', '/county.baton:8:13 forest']);
    assert.deepStrictEqual(referencesAt(at(WORKSPACE, '/city.baton', 'water')), ['/city.baton:3:13 water']);
  });

  it('finds plans named as parents', () => {
    assert.deepStrictEqual(referencesAt(at(WORKSPACE, '/city.baton', 'city "')), ['/city.baton:1:6 city', '/county.baton:4:10 city']);
  });
});

describe('ide: rename', () => {
  function renameAt(fixture: string, newName: string): string {
    const fx = ideFixture(fixture);
    const result = rename(fx.analysis, fx.uri, cursorOf(fx), newName, 'en');
    assert.ok(result !== undefined && 'edits' in result, JSON.stringify(result));
    return applyWorkspaceEdits(fx.texts, result.edits);
  }

  it('renames a duty in its list and in every indicator', () => {
    const renamed = renameAt(at(WORKSPACE, '/county.baton', 'safety'), '安全生产');
    assert.strictEqual((renamed.match(/安全生产/g) ?? []).length, 4);
    assert.ok(renamed.includes('duty 安全生产 "安全生产" basic'));
    assert.ok(!/\bsafety\b/.test(renamed));
  });

  it('renames an indicator and its `refines` references only', () => {
    const renamed = renameAt(at(WORKSPACE, '/city.baton', 'forest'), 'forest_cover');
    assert.ok(renamed.includes('indicator forest_cover "森林覆盖率"'));
    assert.ok(renamed.includes('refines forest_cover'));
    const water = renameAt(at(WORKSPACE, '/city.baton', 'water'), 'rivers');
    assert.ok(water.includes('indicator rivers {'));
    assert.ok(water.includes('indicator water {\n    duty safety'), 'the child indicator matched by id keeps its name');
  });

  it('renames a top-level inspector in its file and in importing files', () => {
    const renamed = renameAt(at(WORKSPACE, '/county.baton', 'office', 2), 'supervision');
    assert.strictEqual((renamed.match(/supervision/g) ?? []).length, 4);
  });

  it('prepares a rename with the name\'s range, and refuses where nothing can be renamed', () => {
    const fx = ideFixture(at(WORKSPACE, '/county.baton', 'township'));
    assert.deepStrictEqual(prepareRename(fx.analysis, fx.uri, cursorOf(fx), 'en'), { range: { start: fx.offset, end: fx.offset + 8 }, placeholder: 'township' });
    const broken = ideFixture('plan p {\n  parent nowh<|>ere\n}\n');
    assert.deepStrictEqual(prepareRename(broken.analysis, broken.uri, cursorOf(broken), 'en'), { error: '`nowhere` does not refer to anything that could be renamed' });
    assert.deepStrictEqual(prepareRename(broken.analysis, broken.uri, cursorOf(broken), 'zh-CN'), { error: '“nowhere”未指向任何可重命名的对象' });
    const keyword = ideFixture('plan p {\n  pa<|>rent x\n}\n');
    assert.strictEqual(prepareRename(keyword.analysis, keyword.uri, cursorOf(keyword), 'en'), undefined);
  });

  it('refuses invalid names, keywords and names already taken', () => {
    const fx = ideFixture(at(WORKSPACE, '/county.baton', 'trees'));
    const error = (name: string, locale: 'en' | 'zh-CN' = 'en') => rename(fx.analysis, fx.uri, cursorOf(fx), name, locale);
    assert.deepStrictEqual(error('two words'), { error: '`two words` is not a valid name: use letters, digits, `_` or `-`, starting with a letter or `_`' });
    assert.deepStrictEqual(error('target'), { error: '`target` is a keyword' });
    assert.deepStrictEqual(error('目标', 'zh-CN'), { error: '“目标”是关键字' });
    assert.deepStrictEqual(error('water'), { error: '`water` is already defined here' });
    assert.deepStrictEqual(error('water', 'zh-CN'), { error: '此处已定义“water”' });
    const plan = ideFixture(at(WORKSPACE, '/county.baton', 'county'));
    assert.deepStrictEqual(rename(plan.analysis, plan.uri, cursorOf(plan), 'office', 'en'), { error: '`office` is already defined here' });
    const local = ideFixture(at(WORKSPACE, '/county.baton', 'env'));
    assert.deepStrictEqual(rename(local.analysis, local.uri, cursorOf(local), 'office', 'en'), { error: '`office` is already defined here' });
    const top = ideFixture(at(WORKSPACE, '/duties.baton', 'office'));
    assert.deepStrictEqual(rename(top.analysis, top.uri, cursorOf(top), 'env', 'en'), { error: '`env` is already defined here' });
  });
});

describe('ide: symbols', () => {
  function outline(symbols: readonly DocumentSymbol[], depth = 0): string[] {
    return symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.kind} ${s.name}${s.detail === undefined ? '' : ` “${s.detail}”`}`, ...outline(s.children, depth + 1)]);
  }

  it('outlines a file: duty lists with duties, inspectors, plans with inspectors and indicators', () => {
    const fx = ideFixture(WORKSPACE);
    assert.deepStrictEqual(outline(documentSymbols(fx.analysis, '/duties.baton')), [
      'duties township “乡镇职责清单”',
      '  duty safety “安全生产”',
      '  duty land “土地执法”',
      'inspector office “县委督查室”',
    ]);
    assert.deepStrictEqual(outline(documentSymbols(fx.analysis, '/county.baton')), [
      'plan county “县方案”',
      '  inspector env “县生态环境局”',
      '  indicator trees',
      '  indicator water',
    ]);
    const [plan] = documentSymbols(fx.analysis, '/county.baton');
    assert.strictEqual(describeRange(fx.texts, '/county.baton', plan.selectionRange), '/county.baton:3:6 county');
    assert.ok(fx.texts.get('/county.baton')!.slice(plan.range.start, plan.range.end).endsWith('}'));
  });

  it('finds workspace symbols by id or display name, substring matches first', () => {
    const fx = ideFixture(WORKSPACE);
    const find = (query: string) => workspaceSymbols(fx.analysis, query).map((s) => `${s.kind} ${s.name}${s.containerName === undefined ? '' : ` in ${s.containerName}`} ${s.uri}`);
    assert.deepStrictEqual(find('wat'), ['indicator water in city /city.baton', 'indicator water in county /county.baton']);
    assert.deepStrictEqual(find('森林'), ['indicator forest in city /city.baton']);
    assert.deepStrictEqual(find('CTY'), ['plan city /city.baton', 'plan county /county.baton']);
    assert.strictEqual(find('').length, 11);
    assert.deepStrictEqual(find('zzz'), []);
  });
});
