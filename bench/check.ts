/**
 * Checker throughput on a large synthetic ladder: files/s, lines/s, and the ratio to
 * JSON.parse of the same plans measured in the same run. Run with `npm run bench`.
 */
import { buildModel, ParseCache } from '../server/src/semantics/model';
import { lintFile } from '../server/src/linter/lint';
import { BatonLexer } from '../server/src/syntax/tokens';
import { parse } from '../server/src/syntax/parse';
import { generateLadder } from './generate';

function time(run: () => void, repeat = 3): number {
  let best = Infinity;
  for (let i = 0; i < repeat; i++) {
    const start = process.hrtime.bigint();
    run();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

const cities = Number(process.env.BENCH_CITIES ?? 30);
const ladder = generateLadder(cities, 8, 13);
const texts = [...ladder.files.values()];
const lines = texts.reduce((n, text) => n + text.split('\n').length, 0);
const bytes = texts.reduce((n, text) => n + Buffer.byteLength(text), 0);
const jsonTexts = JSON.stringify(texts);

const jsonPlans = time(() => JSON.parse(ladder.json));
const jsonStrings = time(() => JSON.parse(jsonTexts));
const lex = time(() => { for (const text of texts) BatonLexer.tokenize(text); });
const parseAll = time(() => { for (const text of texts) parse(text); });
const full = time(() => {
  const model = buildModel(ladder.files);
  for (const uri of model.uris) lintFile(model, uri, { today: '2026-06-30' });
}, 2);
const cache = new ParseCache();
buildModel(ladder.files, cache);
const warm = time(() => {
  const model = buildModel(ladder.files, cache);
  for (const uri of model.uris) lintFile(model, uri, { today: '2026-06-30' });
}, 2);

const ms = (value: number) => `${value.toFixed(1)} ms`;
const rate = (count: number, millis: number) => Math.round(count / (millis / 1000)).toLocaleString('en-US');
console.log(`Synthetic ladder: ${ladder.files.size} files, ${lines.toLocaleString('en-US')} lines, ${(bytes / 1e6).toFixed(1)} MB (Chinese keywords)`);
console.log('');
console.log('| step | time | files/s | lines/s | × JSON.parse (plans as JSON) |');
console.log('| --- | --- | --- | --- | --- |');
const row = (name: string, millis: number) => console.log(`| ${name} | ${ms(millis)} | ${rate(ladder.files.size, millis)} | ${rate(lines, millis)} | ${(millis / jsonPlans).toFixed(1)} |`);
row('JSON.parse of the same plans (baseline)', jsonPlans);
row('JSON.parse of the file texts as a string array', jsonStrings);
row('lex (Chevrotain, optimised)', lex);
row('parse (lex + parse + AST)', parseAll);
row('full check, cold (parse + model + all rules)', full);
row('full check, warm parse cache (model + all rules)', warm);
