import storefrontApps from '../../../../../resources/classifier/holdout/storefront-apps.json';
import { CORPUS, readCorpusFiles, type CorpusEntry, type CorpusProblem } from './corpus';

/**
 * Real messages the classifier never trains on: every error, warning and validation string of six
 * VTEX storefront and admin apps' `messages/{en,pt,es}.json` (store-components, return-app, login,
 * b2b-organizations, availability-notify, quickorder), each labelled from error-types.md before it
 * was ever read by the classifier. They are mostly shopper and admin prompts that name no
 * order-integration problem, the kind the leave-one-source-out misses are made of, so they measure
 * that weakness on publications nothing was chosen on. Trained on, they lowered the pooled
 * leave-one-source-out figure (the other files' readings did not gain), so they are kept apart as
 * a test set: read by the classifier trained on the whole corpus (`npm run eval:classify`).
 * Not imported by the app, so not bundled with it.
 */
const LOADED = readCorpusFiles([['storefront-apps.json', storefrontApps]]);

const IN_CORPUS = new Set(CORPUS.map((entry) => entry.message.trim().toLowerCase()));

/** The held-apart messages, less any wording the corpus already holds (that one is trained on). */
export const HOLDOUT: readonly CorpusEntry[] = Object.freeze(
  LOADED.entries.filter((entry) => !IN_CORPUS.has(entry.message.trim().toLowerCase()))
);

/** Rows of the held-apart file that could not be read; the holdout test asserts there are none. */
export const HOLDOUT_PROBLEMS: readonly CorpusProblem[] = Object.freeze(LOADED.problems);
