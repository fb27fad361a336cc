/**
 * Rules alone, in process: microseconds per failed order for classify + diagnose over the bench
 * mirror (run `npm run bench` once first; BENCH_DIR names another bench folder, as built.mjs's does).
 * `node --cpu-prof --import tsx test/bench/rules-timing.ts` profiles the same loop; tsx wraps every
 * closure in `__name(...)`, so bundle it with esbuild (as built.mjs does) for figures the app would see.
 */
import { resolve } from 'node:path';
import { openMirror } from '../../src/main/core/db/connection';
import { iterateOrders } from '../../src/main/core/db/repositories/order-repository';
import { readStoreData } from '../../src/main/core/db/repositories/store-data-repository';
import { diagnoseOrder } from '../../src/main/core/services/diagnosis-runner';

const db = openMirror(resolve(process.env.BENCH_DIR ?? resolve(__dirname, '../../.bench'), 'mirror.db'));
const store = readStoreData(db, new Date().toISOString());
const orders = [...iterateOrders(db, { status: 'error' })];
// CPU time beside the wall's: on a shared machine the wall measures the load as much as the rules.
for (let round = 0; round < 3; round++) {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for (const order of orders) diagnoseOrder(order, store);
  const cpu = process.cpuUsage(cpuStart);
  const perOrder = (micros: number): string => (micros / orders.length).toFixed(1);
  console.log(
    `round ${round}: ${perOrder((performance.now() - start) * 1000)} µs wall, ` +
      `${perOrder(cpu.user + cpu.system)} µs CPU per failed order (${orders.length})`
  );
}
db.close();
