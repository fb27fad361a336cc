import type { CorpusEntry } from './corpus';
import { evaluate, leaveOneSourceOut, tally, type Reading, type Tally } from './eval';
import { createClassifier } from './index';

/** A reading with the abstention rule applied: a type named with confidence below `cut` becomes `unclassified`. */
export function abstainBelow(reading: Reading, cut: number): Reading {
  if (reading.result.errorType === 'unclassified' || reading.result.confidence >= cut) return reading;
  return {
    entry: reading.entry,
    result: { errorType: 'unclassified', confidence: 0, matched: [] },
    correct: reading.entry.errorType === 'unclassified'
  };
}

function correctWith(readings: readonly Reading[], cut: number): number {
  return readings.filter((reading) => abstainBelow(reading, cut).correct).length;
}

export interface NestedAbstention {
  readonly overall: Tally;
  /** Per held-out source: its accuracy, and the cut its inner evaluation chose. */
  readonly bySource: ReadonlyMap<string, { readonly tally: Tally; readonly cut: number }>;
}

/**
 * Whether an open-set rule "name a type only when the evidence is strong" would generalise: for
 * every held-out source, each candidate confidence cut is scored by a leave-one-source-out over the
 * *other* sources only, the best is kept (the first listed on a tie, so list 0, no abstention,
 * first), and only then is the held-out source read with it. The held-out source never chooses its
 * own cut. For `npm run eval:classify -- --abstention`; the shipped classifier does not abstain
 * this way, because this figure says it would lose (see the script's output).
 */
export function nestedAbstention(entries: readonly CorpusEntry[], cuts: readonly number[]): NestedAbstention {
  if (cuts.length === 0) throw new Error('nestedAbstention: no candidate cut');
  const sources = [...new Set(entries.filter((entry) => !entry.synthetic).map((entry) => entry.source))].sort();
  const bySource = new Map<string, { tally: Tally; cut: number }>();
  const readings: Reading[] = [];
  for (const source of sources) {
    const others = entries.filter((entry) => entry.source !== source);
    const inner = leaveOneSourceOut(others).readings;
    let best = cuts[0];
    for (const cut of cuts) if (correctWith(inner, cut) > correctWith(inner, best)) best = cut;
    const classifier = createClassifier({ cacheSize: 0, training: others });
    const held = evaluate(
      classifier,
      entries.filter((entry) => entry.source === source && !entry.synthetic)
    ).readings.map((reading) => abstainBelow(reading, best));
    bySource.set(source, { tally: tally(held), cut: best });
    readings.push(...held);
  }
  return { overall: tally(readings), bySource };
}
