import type { ErrorType } from '../../../../shared/domain/error-types';

/**
 * What a signal looks for, in a small notation compiled once at module load:
 * - `@name` — a concept of the lexicon (every way the three languages say it);
 * - otherwise a surface form: space-separated words, each an exact token (`sla`), a stem
 *   (`estoq*` matches `estoque`, `estoques`) or `?` for any one token (an id, a name).
 * A list of alternatives means "any of these".
 */
export type Term = string | readonly string[];

/** One piece of evidence that a message says a given error type. */
export interface SignalSpec {
  /** Shown to the agent in `matched`: what the message said, in plain words. */
  readonly label: string;
  /** Decisive phrases weigh 6–8, supporting words 2–4, hints 1. */
  readonly weight: number;
  /** Every term must occur. */
  readonly terms: readonly Term[];
  /** At most this many tokens from the first matched token to the last; absent: anywhere. */
  readonly within?: number;
  /** The terms must occur in the order given. */
  readonly ordered?: boolean;
  /** The single term must be the whole message, ids and a log's framing aside ("Unavailable"). */
  readonly whole?: boolean;
}

/** The signals of one error type. */
export interface TypeSignals {
  readonly errorType: Exclude<ErrorType, 'unclassified'>;
  readonly signals: readonly SignalSpec[];
}
