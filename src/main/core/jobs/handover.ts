import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';

/** What a worker holds: the port the value comes on and the flag raised once it was sent. */
export interface HandoverEnd {
  port: MessagePort;
  given: Int32Array;
}

/**
 * One value an owner hands to each of its workers once, which a worker takes *synchronously* when
 * it needs it: the owner may still be computing it while the workers start and load, and a worker
 * that is ready first blocks on a shared flag (Atomics.wait) rather than yielding to its event loop.
 */
export class Handover<T> {
  private readonly ports: MessagePort[] = [];
  private readonly given = new Int32Array(new SharedArrayBuffer(4));

  /** A new receiving end for one worker (transfer its port to it). */
  receiver(): HandoverEnd {
    const { port1, port2 } = new MessageChannel();
    this.ports.push(port1);
    return { port: port2, given: this.given };
  }

  give(value: T): void {
    for (const port of this.ports) port.postMessage(value);
    Atomics.store(this.given, 0, 1);
    Atomics.notify(this.given, 0);
  }

  close(): void {
    for (const port of this.ports) port.close();
  }
}

/** A worker's side: the value, once its owner gave it; throws when none comes within `stallMs`. */
export function takeHandover<T>(end: HandoverEnd, stallMs: number): T {
  for (;;) {
    const received = receiveMessageOnPort(end.port);
    if (received) return received.message as T;
    if (Atomics.wait(end.given, 0, 0, stallMs) === 'timed-out') throw new Error(`Nothing handed over in ${stallMs / 1000} s.`);
  }
}
