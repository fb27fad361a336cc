/**
 * Rules alone, in process: microseconds per failed order for classify + diagnose over the bench
 * mirror (run `npm run bench` once first). `node --cpu-prof --import tsx test/bench/rules-timing.ts`
 * profiles the same loop.
 */
import { resolve } from 'node:path';
import { openMirror } from '../../src/main/core/db/connection';
import { iterateOrders } from '../../src/main/core/db/repositories/order-repository';
import { readStoreData } from '../../src/main/core/db/repositories/store-data-repository';
import { diagnoseOrder } from '../../src/main/core/services/diagnosis-runner';

const db = openMirror(resolve(__dirname, '../../.bench/mirror.db'));
const store = readStoreData(db, new Date().toISOString());
const orders = [...iterateOrders(db, { status: 'error' })];
for (let round = 0; round < 3; round++) {
  const start = performance.now();
  for (const order of orders) diagnoseOrder(order, store);
  console.log(
    `round ${round}: ${(((performance.now() - start) / orders.length) * 1000).toFixed(1)} µs per failed order (${orders.length})`
  );
}
db.close();
