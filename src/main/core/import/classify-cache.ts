import type { ErrorType } from '../../../shared/domain/error-types';
import type { NewMarketplaceOrder } from '../db/repositories/order-repository';
import { ORDER_ROW } from '../db/repositories/order-writes';

/**
 * The error type of a failed order's message, supplied by whoever starts the import (the import stands
 * below the rules). It may read only these two fields: the import remembers its answer per pair.
 */
export type ClassifyOrder = (order: Pick<NewMarketplaceOrder, 'connectorName' | 'integrationMessage'>) => ErrorType;

/** Sets the error type of the failed order whose row starts at rows[at] (appendOrderRow's layout). */
export type ClassifyRow = (rows: unknown[], at: number) => void;

/**
 * Characters of the distinct (connector, message) keys remembered at once. The 1M-order bench's
 * 420,643 failed orders carry 57,815 distinct keys of 4.5M characters in all; a cap of 20,000 keys
 * emptied the memory twice over and classified keys again after each (classifying took 24 s of the
 * writer's thread in a profile of that import). Capped by size rather than count, since a hostile
 * file's messages may be long.
 */
const REMEMBERED_CHARS = 16_000_000;

/**
 * Classifies order rows where they are built, remembering the answer per (connector, message):
 * classification depends on nothing else, and 42,216 failed orders of the 100k bench carry 5,041
 * distinct messages.
 */
export function classifyingRows(classify: ClassifyOrder): ClassifyRow {
  const known = new Map<string, ErrorType>();
  let chars = 0;
  return (rows, at) => {
    if (rows[at + ORDER_ROW.integrationStatus] !== 'error') return;
    const connectorName = rows[at + ORDER_ROW.connectorName] as string | null;
    const integrationMessage = rows[at + ORDER_ROW.integrationMessage] as string | null;
    const key = `${connectorName ?? ''}\u0000${integrationMessage ?? ''}`;
    let errorType = known.get(key);
    if (errorType === undefined) {
      // Only the two fields of the key: a classifier given the whole order could read more than the key holds.
      errorType = classify({ connectorName, integrationMessage });
      if (chars + key.length > REMEMBERED_CHARS) {
        known.clear();
        chars = 0;
      }
      known.set(key, errorType);
      chars += key.length;
    }
    rows[at + ORDER_ROW.errorType] = errorType;
  };
}
