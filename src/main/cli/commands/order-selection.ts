import type { ReprocessSelection } from '../../../shared/api/reprocess';
import { UsageError } from '../io';
import { parse } from '../options';

/** The flags `precheck` and `reprocess` share: which orders, which mirror, which output. */
export function parseSelection(
  command: string,
  argv: string[]
): { selection: ReprocessSelection | null; db: string | undefined; json: boolean } {
  const { values, positionals } = parse(command, argv, {
    cause: { type: 'string' },
    key: { type: 'string' },
    db: { type: 'string' },
    json: { type: 'boolean' }
  });
  if (values.help) return { selection: null, db: values.db, json: false };
  if (values.key !== undefined && values.cause === undefined)
    throw new UsageError(`${command}: --key names a group of --cause CODE; give --cause too`);
  if (values.cause !== undefined && positionals.length > 0)
    throw new UsageError(`${command}: give marketplace order ids or --cause CODE, not both`);
  if (values.cause === undefined && positionals.length === 0) {
    throw new UsageError(`${command}: name the orders: marketplace order ids, or --cause CODE [--key KEY] for a group`);
  }
  const selection: ReprocessSelection =
    values.cause !== undefined
      ? { cause: values.cause, ...(values.key !== undefined ? { key: values.key } : {}) }
      : { marketplaceOrderIds: positionals };
  return { selection, db: values.db, json: values.json === true };
}

/** "6 units of SKU 10110 Camiseta at CD São Paulo": one shortfall in the agent's words. */
export function shortfallText(shortfall: {
  skuId: string;
  skuName: string | null;
  warehouseId: string;
  warehouseName: string | null;
  units: number;
}): string {
  const unit = shortfall.units === 1 ? 'unit' : 'units';
  return `${shortfall.units} more ${unit} of SKU ${shortfall.skuId} at ${shortfall.warehouseName ?? shortfall.warehouseId}`;
}
