import type { ApiEventName, ApiEvents } from '../../shared/api';

/** Time is injected so tests and reviews of old snapshots can fix "now". */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Where the core pushes events; each transport forwards them to its renderer. */
export interface EventSink {
  emit<E extends ApiEventName>(event: E, payload: ApiEvents[E]): void;
}

export const silentEvents: EventSink = { emit: () => undefined };

/** Fans events out to every transport that subscribed (the window, the bridge's streams). */
export interface EventHub extends EventSink {
  subscribe(sink: EventSink): () => void;
}

export function createEventHub(): EventHub {
  const sinks = new Set<EventSink>();
  return {
    emit(event, payload) {
      for (const sink of sinks) sink.emit(event, payload);
    },
    subscribe(sink) {
      sinks.add(sink);
      return () => sinks.delete(sink);
    }
  };
}
