import type { MarketplaceOrder } from '../../../shared/domain/model';
import type { Classification } from './classify';
import { classifyOrder } from './classify-order';

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

/** The order's reading: from `readings` when it holds the order's wording, else classified now. */
export function readingOf(order: Wording, readings: MessageReadings | null): Classification {
  return readings?.get(order.connectorName ?? '')?.get(order.integrationMessage ?? '') ?? classifyOrder(order);
}
