import { VtexHttp, type VtexCallLog, type VtexHttpOptions } from '../../../src/main/core/vtex/http';
import type { VtexAccount } from '../../../src/main/core/vtex/config';
import { demoStore, startFakeVtex, type FakeVtex } from '../../support/fake-vtex';

/** Virtual time: sleeps return at once and move the clock, so retries are tested without waiting. */
export class FakeTime {
  nowMs = Date.parse('2026-11-21T09:00:00Z');
  readonly sleeps: number[] = [];
  readonly now = (): number => this.nowMs;
  readonly sleep = async (ms: number, signal?: AbortSignal): Promise<void> => {
    if (signal?.aborted) throw signal.reason;
    this.sleeps.push(ms);
    this.nowMs += ms;
    await Promise.resolve();
  };
  readonly clock = { now: (): Date => new Date(this.nowMs) };
}

export interface Harness {
  fake: FakeVtex;
  time: FakeTime;
  logs: VtexCallLog[];
  account: VtexAccount;
  http: (options?: VtexHttpOptions) => VtexHttp;
  close: () => Promise<void>;
}

/** A fake VTEX seeded from a freshly generated demo store, and a client pointed at it. */
export async function startHarness(options: { orders?: number } = {}): Promise<Harness> {
  const store = await demoStore({ orders: options.orders ?? 120 });
  const fake = await startFakeVtex(store);
  const time = new FakeTime();
  const logs: VtexCallLog[] = [];
  const account: VtexAccount = { account: store.account, apiBase: fake.url, ...fake.credentials };
  return {
    fake,
    time,
    logs,
    account,
    http: (extra = {}) =>
      new VtexHttp(account, {
        sleep: time.sleep,
        now: time.now,
        random: () => 0.5,
        log: (entry) => logs.push(entry),
        timeoutMs: 2_000,
        ...extra
      }),
    close: async () => {
      await fake.close();
      store.dispose();
    }
  };
}
