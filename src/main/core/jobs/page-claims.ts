/**
 * Pages of work that several threads take in turn, each page once: a counter in shared memory,
 * advanced atomically. Whoever is free takes the next page, so a thread that also has other work
 * (the owner of a run, who writes every page) takes fewer, and none waits on another's share.
 */
export class PageClaims {
  /** Pass `counter` to rebuild, in a worker, the claims its owner created. */
  constructor(
    readonly count: number,
    readonly counter: Int32Array = new Int32Array(new SharedArrayBuffer(4))
  ) {}

  /** The next unclaimed page, now this thread's; null when every page is taken. */
  claim(): number | null {
    if (Atomics.load(this.counter, 0) >= this.count) return null;
    const page = Atomics.add(this.counter, 0, 1);
    return page < this.count ? page : null;
  }
}
