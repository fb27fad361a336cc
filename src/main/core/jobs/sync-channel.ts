import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';

/** Slots of the shared counters: messages sent by the workers, messages taken by the owner. */
const SENT = 0;
const TAKEN = 1;

/** What a worker holds: the port it posts to and the counters it shares with the other senders. */
export interface SyncChannelEnd {
  port: MessagePort;
  counters: Int32Array;
}

/**
 * A one-way channel from one or more workers that their owner reads *synchronously*: the owner
 * blocks on a shared counter (Atomics.wait) and takes messages with receiveMessageOnPort, or polls
 * without blocking. A diagnosis run keeps its whole write in one better-sqlite3 transaction without
 * awaiting anything, while the workers read and run the rules on the other cores.
 */
export class SyncChannel<T> {
  private readonly ports: MessagePort[] = [];
  private readonly counters: Int32Array = new Int32Array(new SharedArrayBuffer(8));
  private next = 0;

  /** A new sending end for one worker (transfer its port to it). */
  sender(): SyncChannelEnd {
    const { port1, port2 } = new MessageChannel();
    this.ports.push(port1);
    return { port: port2, counters: this.counters };
  }

  /** A message if one is waiting, taking the senders in turn; undefined if none is. */
  poll(): T | undefined {
    for (let tried = 0; tried < this.ports.length; tried++) {
      const port = this.ports[this.next];
      this.next = (this.next + 1) % this.ports.length;
      const received = receiveMessageOnPort(port);
      if (received) {
        Atomics.add(this.counters, TAKEN, 1);
        Atomics.notify(this.counters, TAKEN);
        return received.message as T;
      }
    }
    return undefined;
  }

  /** The next message from any sender; throws when none arrives for `stallMs` (a worker died or hangs). */
  take(stallMs: number): T {
    for (;;) {
      const seen = Atomics.load(this.counters, SENT);
      const message = this.poll();
      if (message !== undefined) return message;
      if (Atomics.wait(this.counters, SENT, seen, stallMs) === 'timed-out')
        throw new Error(`No word from the workers for ${stallMs / 1000} s.`);
    }
  }

  close(): void {
    for (const port of this.ports) port.close();
  }
}

/**
 * A worker's side: posts a message and wakes the owner; waits first while `maxInFlight` messages of
 * all senders are still untaken, so fast producers cannot pile up an unbounded queue in memory.
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
