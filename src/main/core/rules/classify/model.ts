/** A labelled message's features, by class index. */
export interface TrainingExample {
  readonly features: readonly string[];
  readonly classIndex: number;
}

/**
 * A multinomial naive Bayes over binary features. Small (the corpus is a few hundred messages),
 * trained in milliseconds, deterministic, and it reads every feature it has seen: words the rule
 * table never names still vote.
 */
export interface NaiveBayes {
  readonly classCount: number;
  /** log P(feature | class) per class, for features seen in training. */
  readonly logLikelihood: ReadonlyMap<string, Float64Array>;
  /** Classes with no training example: they can never win on the model's word alone. */
  readonly trained: readonly boolean[];
}

/**
 * Trains on the examples with add-`alpha` smoothing. Priors are uniform on purpose: how many
 * messages of a type the corpus happens to hold says nothing about the next message's type.
 */
export function trainNaiveBayes(examples: readonly TrainingExample[], classCount: number, alpha: number): NaiveBayes {
  const counts = new Map<string, Float64Array>();
  const totals = new Float64Array(classCount);
  const trained = new Array<boolean>(classCount).fill(false);
  for (const example of examples) {
    trained[example.classIndex] = true;
    for (const feature of example.features) {
      let row = counts.get(feature);
      if (row === undefined) {
        row = new Float64Array(classCount);
        counts.set(feature, row);
      }
      row[example.classIndex] += 1;
      totals[example.classIndex] += 1;
    }
  }
  const vocabulary = counts.size;
  const logLikelihood = new Map<string, Float64Array>();
  // Sorted so that summing over features visits them in one order on every machine.
  for (const feature of [...counts.keys()].sort()) {
    const row = counts.get(feature) as Float64Array;
    const logs = new Float64Array(classCount);
    for (let index = 0; index < classCount; index++) {
      logs[index] = Math.log((row[index] + alpha) / (totals[index] + alpha * vocabulary));
    }
    logLikelihood.set(feature, logs);
  }
  return { classCount, logLikelihood, trained };
}

/** What the model reads in one message. */
export interface ModelReading {
  /**
   * Log-likelihood per class, shifted so the mean over trained classes is 0. An untrained class
   * gets 0, neither for nor against: rules alone decide it.
   */
  readonly scores: Float64Array;
  /** The features the model had seen in training, and so the ones that voted. */
  readonly known: readonly string[];
}

export function readWithModel(model: NaiveBayes, features: readonly string[]): ModelReading {
  const scores = new Float64Array(model.classCount);
  const known: string[] = [];
  for (const feature of features) {
    const logs = model.logLikelihood.get(feature);
    if (logs === undefined) continue;
    known.push(feature);
    for (let index = 0; index < scores.length; index++) scores[index] += logs[index];
  }
  let sum = 0;
  let trainedCount = 0;
  for (let index = 0; index < scores.length; index++) {
    if (!model.trained[index]) continue;
    sum += scores[index];
    trainedCount += 1;
  }
  const mean = trainedCount > 0 ? sum / trainedCount : 0;
  for (let index = 0; index < scores.length; index++) scores[index] = model.trained[index] ? scores[index] - mean : 0;
  return { scores, known };
}

/**
 * The known features that speak most for `classIndex` over the other trained classes, strongest
 * first: the evidence shown when the model, not a rule, named the type.
 */
export function strongestFor(model: NaiveBayes, known: readonly string[], classIndex: number, count: number): string[] {
  const lift = (feature: string): number => {
    const logs = model.logLikelihood.get(feature) as Float64Array;
    let others = Number.NEGATIVE_INFINITY;
    for (let index = 0; index < logs.length; index++)
      if (index !== classIndex && model.trained[index]) others = Math.max(others, logs[index]);
    return logs[classIndex] - others;
  };
  return known
    .map((feature) => ({ feature, lift: lift(feature) }))
    .filter((entry) => entry.lift > 0)
    .sort((a, b) => b.lift - a.lift || (a.feature < b.feature ? -1 : 1))
    .slice(0, count)
    .map((entry) => entry.feature);
}
