import { call } from '../call';
import type { StockShortfall } from '../../../shared/api/reprocess';
import type { StockBlocker } from '../../../shared/domain/diagnosis';
import type { CliIo } from '../io';
import { openExistingMirror } from './mirror-command';
import { parseSelection, shortfallText } from './order-selection';

export const precheckHelp = `Usage: integration-desk precheck ORDER_ID… [--db FILE] [--json]
       integration-desk precheck --cause CODE [--key KEY] [--db FILE] [--json]

Says what a reprocess of these orders would do now, without changing anything: the orders are
walked oldest first against one copy of the stock, each order that would integrate holding its
units, and the answer is how many would integrate and the stock the rest still lack:
  3 of 5 would integrate; 6 more units of SKU 10110 at CD São Paulo for the rest
When stock of the SKU sits where the trade policy does not reach, the change that frees it comes
first: "activate dock Doca Recife (frees 38 units of SKU 51005 at Armazém Recife) or 4 more units…".
Orders are named by their marketplace order ids, or as the group of failed orders with one cause
(--cause insufficient_stock), optionally on one object (--key sku:10110, as the review's groups
name it). --json prints the pre-check as one JSON object.`;

/** The change that frees held-back stock, in the words of the Admin action it takes. */
function unblockText(blocker: StockBlocker, skuId: string): string {
  const warehouse = blocker.warehouseName ?? blocker.warehouseId;
  const dock = blocker.dockName ?? blocker.dockId;
  const change =
    blocker.kind === 'dock_inactive'
      ? `activate dock ${dock}`
      : blocker.kind === 'dock_not_linked'
        ? `link dock ${dock} to the trade policy`
        : blocker.kind === 'warehouse_inactive'
          ? `activate warehouse ${warehouse}`
          : `put warehouse ${warehouse} on a dock`;
  const unit = blocker.unitsFreed === 1 ? 'unit' : 'units';
  return `${change} (frees ${blocker.unitsFreed} ${unit} of SKU ${skuId} at ${warehouse})`;
}

/** Units are the fallback: stock the data shows held back is named, with the units it frees, ahead of them. */
function stillMissingText(shortfall: StockShortfall): string {
  const more = shortfallText(shortfall);
  return shortfall.unblock ? `${unblockText(shortfall.unblock, shortfall.skuId)} or ${more}` : more;
}

/** Shortfalls named in the summary line; a group across many SKUs lists the largest. */
const LISTED = 5;

export async function precheckCommand(argv: string[], io: CliIo): Promise<number> {
  const { selection, db, json } = parseSelection('precheck', argv);
  if (!selection) return (io.stdout(precheckHelp + '\n'), 0);
  const host = await openExistingMirror(io, 'precheck', db);
  try {
    const precheck = await call(host.api, 'reprocess/precheck', selection);
    if (json) {
      io.stdout(JSON.stringify(precheck) + '\n');
      return 0;
    }
    // Orders that pass only on planned changes of the copy would integrate once those are made, not now.
    const planned = precheck.plannedChanges.length;
    const head =
      `${precheck.wouldSucceed} of ${precheck.total} would integrate` +
      (planned > 0
        ? ` once ${planned} planned change${planned === 1 ? ' is' : 's are'} made in the Admin (local copy only; nothing was sent to VTEX)`
        : '');
    const listed = precheck.shortfalls.slice(0, LISTED).map(stillMissingText);
    if (precheck.shortfalls.length > LISTED)
      listed.push(`${precheck.shortfalls.length - LISTED} more SKU × warehouse shortfalls (--json lists them)`);
    io.stdout(`${listed.length > 0 ? `${head}; ${listed.join(', ')} for the rest` : head}\n`);
    if (precheck.duplicates > 0) io.stdout(`  ${precheck.duplicates} already in OMS: never sent again\n`);
    for (const [cause, n] of Object.entries(precheck.failingByCause)) io.stdout(`  still failing: ${cause} ${n}\n`);
    io.stdout('  (walked oldest first)\n');
    return 0;
  } finally {
    host.db.close();
  }
}
