import { ApiFailure } from '../../../shared/api/result';
import type { JobKind } from './access';
import { describeOwner, type MirrorOwner } from './mirror-owner';

const BUSY_MESSAGES: Record<JobKind, string> = {
  import: 'An import is running — try again when it ends.',
  reset: 'The mirror is being reset — try again when it ends.',
  reprocess: 'A reprocess is running — try again when it ends.',
  diagnosis: 'The mirror is being diagnosed — try again when it ends.',
  sync: 'A sync with VTEX is running — try again when it ends.',
  account: 'The account is being switched — try again when it ends.',
  'plan-apply': 'The change plan is being applied through VTEX — try again when it ends.'
};

export interface WriteQueueOptions {
  /** Runs after every write and job, on the owner's connection (the search index catches up there, never in a read). */
  afterWrite?: () => void;
  /** Another process's long job on the same mirror file, if any. */
  otherOwner?: () => MirrorOwner | null;
  /** Names this process as the holder of the mirror file for a long job; returns the release. */
  claim?: (job: JobKind) => () => void;
  log?: (error: unknown) => void;
}

export interface JobOptions {
  /** Wait for another process's job to end (SQLite's busy timeout does the waiting) instead of refusing. */
  waitForOtherProcess?: boolean;
}

/**
 * The one owner of the mirror's writes in a process. Writes run one after another, each to its end,
 * so no transaction is ever open while another write starts. A long job (an import, a reset, a
 * reprocess, a whole diagnosis) holds the queue from the moment it is accepted: a write that comes
 * meanwhile is refused with `busy` at once rather than waiting minutes or being answered `ok` and then
 * rolled back with the job. Writes accepted before the job run, and commit, before it starts.
 */
export class WriteQueue {
  private tail: Promise<void> = Promise.resolve();
  private held: JobKind | null = null;

  constructor(private readonly options: WriteQueueOptions = {}) {}

  /** The long job holding the mirror, if any. */
  get job(): JobKind | null {
    return this.held;
  }

  /** Runs a short write after every write accepted before it. */
  write<T>(work: () => T | Promise<T>): Promise<T> {
    const refusal = this.refusal(false);
    if (refusal) return Promise.reject(refusal);
    return this.enqueue(work);
  }

  /** Runs a long job; the mirror is this job's until it ends. */
  runJob<T>(kind: JobKind, work: () => T | Promise<T>, options: JobOptions = {}): Promise<T> {
    const refusal = this.refusal(options.waitForOtherProcess ?? false);
    if (refusal) return Promise.reject(refusal);
    this.held = kind;
    return this.enqueue(() => {
      const release = this.options.claim?.(kind);
      return Promise.resolve()
        .then(work)
        .finally(() => release?.());
    }).finally(() => {
      this.held = null;
    });
  }

  /** Settles when every write accepted so far has ended. */
  idle(): Promise<void> {
    return this.tail;
  }

  private refusal(waitForOtherProcess: boolean): ApiFailure | null {
    if (this.held) return new ApiFailure('busy', BUSY_MESSAGES[this.held], { job: this.held });
    const other = waitForOtherProcess ? null : this.options.otherOwner?.();
    if (other)
      return new ApiFailure('busy', `The mirror is held by ${describeOwner(other)} — try again when it ends.`, {
        job: other.job,
        pid: other.pid
      });
    return null;
  }

  private enqueue<T>(work: () => T | Promise<T>): Promise<T> {
    const result = this.tail.then(() => this.runThenCatchUp(work));
    this.tail = result.then(
      () => undefined,
      () => undefined
    );
    return result;
  }

  /** A synchronous write catches up in the same turn, so no read runs between the write and its catch-up. */
  private runThenCatchUp<T>(work: () => T | Promise<T>): T | Promise<T> {
    let value: T | Promise<T>;
    try {
      value = work();
    } catch (error) {
      this.afterWrite();
      throw error;
    }
    if (value instanceof Promise) return value.finally(() => this.afterWrite());
    this.afterWrite();
    return value;
  }

  private afterWrite(): void {
    try {
      this.options.afterWrite?.();
    } catch (error) {
      // Only a catch-up failed (another process holds the file); the next write catches up instead.
      (this.options.log ?? console.error)(error);
    }
  }
}
