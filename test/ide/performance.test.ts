import assert from 'node:assert/strict';
import { type Analysis, analyze } from '../../server/src/ide/analysis';
import { codeLenses } from '../../server/src/ide/code-lens';
import { complete } from '../../server/src/ide/completion';
import { foldingRanges } from '../../server/src/ide/folding';
import { hover } from '../../server/src/ide/hover';
import { inlayHints } from '../../server/src/ide/inlay-hints';
import { definition, references } from '../../server/src/ide/navigation';
import { semanticTokens } from '../../server/src/ide/semantic-tokens';
import { documentSymbols } from '../../server/src/ide/symbols';

/** A county plan of about `lines` lines under a city plan, on one duty list. */
function bigWorkspace(lines: number): Map<string, string> {
  const count = Math.ceil(lines / 7);
  const duties = ['duties list {', ...Array.from({ length: 50 }, (_, i) => `  duty d${i} "职责${i}" basic`), '}'].join('\n');
  const city = ['import "duties.baton"', 'plan city {', '  duties list', ...Array.from({ length: count }, (_, i) => `  indicator i${i} { target >= ${i} % }`), '}'].join('\n');
  const county = ['import "duties.baton"', 'import "city.baton"', 'plan county {', '  region "某县"', '  parent city', '  duties list', '  inspector env "县生态环境局" line'];
  for (let i = 0; i < count; i++) {
    county.push(`  indicator i${i} "指标${i}" {`, `    duty d${i % 50}`, `    target >= ${i + 1} %`, '    weight 1', '    frequency quarterly', '    inspector env', '  }');
  }
  county.push('}');
  return new Map([['/duties.baton', duties], ['/city.baton', city], ['/county.baton', county.join('\n')]]);
}

describe('ide: performance', function () {
  this.timeout(60000);

  it('answers editor requests on a 5,000-line plan without linting, quickly', () => {
    const texts = bigWorkspace(5000);
    const county = texts.get('/county.baton')!;
    assert.ok(county.split('\n').length >= 5000);
    const built = analyze(texts);
    // Any feature below that lints fails the test.
    const analysis: Analysis = { ...built, lint: () => assert.fail('a read-only feature linted'), diagnostics: () => assert.fail('a read-only feature linted') };
    const last = county.lastIndexOf('indicator i');
    const env = county.lastIndexOf('inspector env') + 'inspector e'.length;
    const duty = county.lastIndexOf('duty d') + 'duty d'.length;
    const timings: Record<string, number> = {};
    const time = <T>(name: string, run: () => T): T => {
      const start = performance.now();
      const result = run();
      timings[name] = performance.now() - start;
      return result;
    };
    assert.match(time('hover indicator', () => hover(analysis, '/county.baton', last + 11, 'en'))!.markdown, /stricter/);
    assert.match(time('hover inspector', () => hover(analysis, '/county.baton', env, 'en'))!.markdown, /Visits a year/);
    assert.match(time('hover plan', () => hover(analysis, '/county.baton', county.indexOf('county {') + 2, 'zh-CN'))!.markdown, /每年检查/);
    assert.ok(time('completion', () => complete(analysis, '/county.baton', duty, 'en')).items.length > 0);
    assert.ok(time('definition', () => definition(analysis, '/county.baton', duty)) !== undefined);
    assert.ok(time('references', () => references(analysis, '/county.baton', env, true)).length > 600);
    assert.ok(time('semantic tokens', () => semanticTokens(analysis, '/county.baton')).length > 10000);
    time('folding', () => foldingRanges(analysis, '/county.baton'));
    time('code lens', () => codeLenses(analysis, '/county.baton', 'en'));
    time('inlay hints', () => inlayHints(analysis, '/county.baton', 'en'));
    time('symbols', () => documentSymbols(analysis, '/county.baton'));
    // A second hover reuses the indexes built by the first.
    const again = time('hover again', () => hover(analysis, '/county.baton', last + 11, 'en'));
    assert.ok(again !== undefined);
    if (process.env.BATON_TIMINGS !== undefined) console.log(timings);
    for (const [name, ms] of Object.entries(timings)) assert.ok(ms < 1000, `${name} took ${Math.round(ms)} ms`);
    assert.ok(timings['hover again'] < 50, `a repeated hover took ${Math.round(timings['hover again'])} ms`);
  });
});
