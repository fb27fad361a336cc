import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';

/** Slots of the shared counters: messages sent by the worker, messages taken by the owner. */
const SENT = 0;
const TAKEN = 1;

/** What the worker side holds: the port it posts to and the shared counters. */
export interface SyncChannelEnd {
  port: MessagePort;
  counters: Int32Array;
}

/**
 * A one-way channel from a worker that its owner reads *synchronously*: the owner blocks on a
 * shared counter (Atomics.wait) and takes messages with receiveMessageOnPort. A diagnosis run keeps
 * its whole write in one better-sqlite3 transaction without awaiting anything, while the worker
 * reads and runs the rules on the other core.
 */
export class SyncChannel<T> {
  private readonly local: MessagePort;
  readonly remote: SyncChannelEnd;

  constructor() {
    const { port1, port2 } = new MessageChannel();
    this.local = port1;
    this.remote = { port: port2, counters: new Int32Array(new SharedArrayBuffer(8)) };
  }

  /** The next message; throws when none arrives for `stallMs` (the worker died or hangs). */
  take(stallMs: number): T {
    const counters = this.remote.counters;
    for (;;) {
      const seen = Atomics.load(counters, SENT);
      const received = receiveMessageOnPort(this.local);
      if (received) {
        Atomics.add(counters, TAKEN, 1);
        Atomics.notify(counters, TAKEN);
        return received.message as T;
      }
      if (Atomics.wait(counters, SENT, seen, stallMs) === 'timed-out') throw new Error(`No word from the worker for ${stallMs / 1000} s.`);
    }
  }

  close(): void {
    this.local.close();
  }
}

/**
 * The worker's side: posts a message and wakes the owner; waits first while `maxInFlight` messages
 * are still untaken, so a fast producer cannot pile up an unbounded queue in memory.
 */
export function sendSync(end: SyncChannelEnd, message: unknown, maxInFlight = Infinity): void {
  const { counters } = end;
  for (;;) {
    const taken = Atomics.load(counters, TAKEN);
    if (Atomics.load(counters, SENT) - taken < maxInFlight) break;
    Atomics.wait(counters, TAKEN, taken, 1_000);
  }
  end.port.postMessage(message);
  Atomics.add(counters, SENT, 1);
  Atomics.notify(counters, SENT);
}
