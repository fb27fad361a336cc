import type { MarketplaceOrder } from '../../../shared/domain/model';
import type { Classification } from './classify';
import { classifyOrder } from './classify-order';

/**
 * Beyond this many distinct wordings a run's threads classify the rest as they come: the readings
 * would cost more to build, hold and hand over than they save (the bench's 100k mirror has about 6,000).
 */
export const MAX_READINGS = 50_000;

type Wording = Pick<MarketplaceOrder, 'connectorName' | 'integrationMessage'>;

/**
 * What the classifier read in each wording (connector and message) of a run's failed orders, read
 * once by one thread and handed to the others. Every thread of a whole run used to classify the same
 * wordings again, each first training its own model: at 100k orders (1,633 wordings once ids are
 * set aside) that was about a fifth of a worker's CPU. A plain map, so it crosses threads as it is.
 */
export type MessageReadings = Map<string, Map<string, Classification>>;

/** Keyed by connector, then message (classifyOrder reads null and empty alike): no key string built per order. */
export function readMessages(wordings: Iterable<Wording>): MessageReadings {
  const readings: MessageReadings = new Map();
  for (const wording of wordings) {
    const connector = wording.connectorName ?? '';
    let byMessage = readings.get(connector);
    if (!byMessage) readings.set(connector, (byMessage = new Map()));
    byMessage.set(wording.integrationMessage ?? '', classifyOrder(wording));
  }
  return readings;
}

/**
 * A reader for one thread of a run: an order's reading from `readings` (those handed over, or none),
 * a wording it lacks classified once and remembered while fewer than `limit` wordings are held. The
 * owner of a run without workers had no readings and classified every order's wording again,
 * though a run's failed orders share few (about 6,000 wordings among 42k at 100k).
 */
export function rememberingReader(readings: MessageReadings | null, limit: number): (order: Wording) => Classification {
  const remembered: MessageReadings = readings ?? new Map();
  let held = 0;
  for (const byMessage of remembered.values()) held += byMessage.size;
  return (order) => {
    const connector = order.connectorName ?? '';
    const message = order.integrationMessage ?? '';
    let byMessage = remembered.get(connector);
    const known = byMessage?.get(message);
    if (known) return known;
    const reading = classifyOrder(order);
    if (held < limit) {
      if (!byMessage) remembered.set(connector, (byMessage = new Map()));
      byMessage.set(message, reading);
      held += 1;
    }
    return reading;
  };
}

/** The order's reading: from `readings` when it holds the order's wording, else classified now. */
export function readingOf(order: Wording, readings: MessageReadings | null): Classification {
  return readings?.get(order.connectorName ?? '')?.get(order.integrationMessage ?? '') ?? classifyOrder(order);
}
