/**
 * `npm run eval:classify` — how well the classifier reads the labelled corpus
 * (`resources/classifier/corpus/*.json`): accuracy per error type, and leave-one-source-out
 * accuracy, where the model is trained without the source it is tested on. `--misses` lists the
 * held-out messages it got wrong.
 */
import { classify } from '../src/main/core/rules/classify';
import { CORPUS, CORPUS_PROBLEMS } from '../src/main/core/rules/classify/corpus';
import { accuracyBelow, accuracyFrom, evaluate, leaveOneSourceOut, type Tally } from '../src/main/core/rules/classify/eval';
import { UNCERTAIN_BELOW } from '../src/shared/domain/classification';

const percent = (tally: Tally): string => `${(tally.accuracy * 100).toFixed(1).padStart(5)}%  ${String(tally.correct).padStart(4)}/${tally.total}`;

function table(title: string, rows: ReadonlyMap<string, Tally>): void {
  console.log(`\n${title}`);
  const width = Math.max(...[...rows.keys()].map((key) => key.length));
  for (const [key, tally] of [...rows].sort(([a], [b]) => a.localeCompare(b))) console.log(`  ${key.padEnd(width)}  ${percent(tally)}`);
}

for (const problem of CORPUS_PROBLEMS) console.log(`skipped ${problem.file}[${problem.index}]: ${problem.reason}`);
const sources = new Map<string, number>();
for (const entry of CORPUS) sources.set(entry.source, (sources.get(entry.source) ?? 0) + 1);
const langs = new Map<string, number>();
for (const entry of CORPUS) langs.set(entry.lang, (langs.get(entry.lang) ?? 0) + 1);
console.log(`corpus: ${CORPUS.length} distinct messages (${CORPUS.filter((entry) => entry.synthetic).length} synthetic), ${sources.size} sources`);
console.log(`  by language: ${[...langs].map(([lang, count]) => `${lang} ${count}`).join(', ')}`);

const started = performance.now();
const loso = leaveOneSourceOut(CORPUS);
const elapsed = performance.now() - started;
table('leave-one-source-out, by held-out source (model trained on the other sources):', loso.bySource);
console.log(`  ${'overall (weighted by messages)'}  ${percent(loso.overall)}`);
console.log('  note: the rule signals were written from vtex-error-catalog, so that source is not truly held out.');
table('leave-one-source-out, by error type:', loso.byType);

const seen = evaluate(classify, CORPUS);
table('trained on the whole corpus and read back (not a measure of generalisation), by error type:', seen.byType);
console.log(`  overall  ${percent(seen.overall)}`);

const cuts = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
console.log(`\nleave-one-source-out accuracy by confidence (UNCERTAIN_BELOW = ${UNCERTAIN_BELOW}):`);
const below = accuracyBelow(loso.readings, cuts);
const from = accuracyFrom(loso.readings, cuts);
for (const cut of cuts) console.log(`  below ${cut.toFixed(1)}: ${percent(below.get(cut) as Tally)}   from ${cut.toFixed(1)}: ${percent(from.get(cut) as Tally)}`);
console.log(`\n${loso.bySource.size} models trained and ${loso.readings.length} messages read in ${elapsed.toFixed(0)} ms`);

if (process.argv.includes('--misses')) {
  console.log('\nheld-out misses:');
  for (const reading of loso.readings.filter((item) => !item.correct)) {
    const { entry, result } = reading;
    console.log(`  [${entry.source}] ${entry.errorType} → ${result.errorType} (${result.confidence}) ${JSON.stringify(entry.message)}`);
  }
}
