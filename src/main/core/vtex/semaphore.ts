/** Caps how many VTEX calls run at once, so a sync does not trip the account's rate limits. */
export class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`a semaphore needs a limit of at least 1, not ${limit}`);
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active += 1;
    try {
      return await task();
    } finally {
      // Hands the slot straight to the next waiter (active stays the same) or frees it.
      const next = this.waiting.shift();
      if (next) next();
      else this.active -= 1;
    }
  }

  get running(): number {
    return this.active;
  }
}
