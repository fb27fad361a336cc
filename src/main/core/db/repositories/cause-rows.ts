import type { Cause } from '../../../../shared/domain/diagnosis';
import type { CauseCode } from '../../../../shared/domain/error-types';

export interface CauseRow {
  order_id: number;
  code: CauseCode;
  sku_id: string | null;
  warehouse_id: string | null;
  dock_id: string | null;
  shipping_policy_id: string | null;
  trade_policy_id: string | null;
  evidence_json: string;
  fix_json: string;
}

/** A stored cause row back to the rules engine's Cause (absent refs stay absent). */
export function toCause(row: CauseRow): Cause {
  const cause: Record<string, unknown> = { code: row.code };
  if (row.sku_id !== null) cause.skuId = row.sku_id;
  if (row.warehouse_id !== null) cause.warehouseId = row.warehouse_id;
  if (row.dock_id !== null) cause.dockId = row.dock_id;
  if (row.shipping_policy_id !== null) cause.shippingPolicyId = row.shipping_policy_id;
  if (row.trade_policy_id !== null) cause.tradePolicyId = row.trade_policy_id;
  cause.evidence = JSON.parse(row.evidence_json);
  cause.fix = JSON.parse(row.fix_json);
  return cause as unknown as Cause;
}
