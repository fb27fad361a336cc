import type { FixSuggestion } from '../../../../shared/domain/diagnosis';
import type { Db } from '../connection';

/** What a cause group shows beside its counts: the names of the objects it is about, and one cause row. */
export interface GroupDetails {
  skuName: string | null;
  productId: string | null;
  tradePolicyName: string | null;
  fix: FixSuggestion;
  sampleEvidence: Record<string, unknown>;
}

const NO_FIX: FixSuggestion = { kind: 'none', appliesInMirror: false };

/**
 * Names for a group's SKU and trade policy, and the fix and evidence of the group's cause on
 * `sampleOrderId` (one of its orders: the same object, so the same fix).
 */
export function readGroupDetails(
  db: Db,
  group: { code: string; key: string; skuId: string | null; tradePolicyId: string | null; sampleOrderId: number | null }
): GroupDetails {
  const sku = group.skuId
    ? (db.prepare('SELECT name, product_id FROM skus WHERE id = ?').get(group.skuId) as
        { name: string; product_id: string } | undefined)
    : undefined;
  const tradePolicyName = group.tradePolicyId
    ? ((db.prepare('SELECT name FROM trade_policies WHERE id = ?').pluck().get(group.tradePolicyId) as string | undefined) ??
      null)
    : null;
  const sample =
    group.sampleOrderId === null
      ? undefined
      : (db
          .prepare(
            'SELECT evidence_json, fix_json FROM diagnosis_causes WHERE order_id = ? AND code = ? AND group_key = ? ORDER BY position LIMIT 1'
          )
          .get(group.sampleOrderId, group.code, group.key) as { evidence_json: string; fix_json: string } | undefined);
  return {
    skuName: sku?.name ?? null,
    productId: sku?.product_id ?? null,
    tradePolicyName,
    fix: sample ? (JSON.parse(sample.fix_json) as FixSuggestion) : NO_FIX,
    sampleEvidence: sample ? (JSON.parse(sample.evidence_json) as Record<string, unknown>) : {}
  };
}

/**
 * The open orders of a cause group (every group of the cause when no key is given), by id: an order
 * the agent resolved without a reprocess is out of its groups and of any bulk reprocess.
 */
export function groupOrderIds(db: Db, group: { code: string; key?: string }): number[] {
  return db
    .prepare(
      `SELECT DISTINCT order_id FROM diagnosis_causes WHERE code = @code AND (@key IS NULL OR group_key = @key)
          AND order_id NOT IN (SELECT order_id FROM order_resolutions) ORDER BY order_id`
    )
    .pluck()
    .all({ code: group.code, key: group.key ?? null }) as number[];
}

/** SKU names by id, for the ids the mirror knows. */
export function skuNames(db: Db, skuIds: readonly string[]): Map<string, string> {
  const rows = db
    .prepare('SELECT id, name FROM skus WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(skuIds)) as { id: string; name: string }[];
  return new Map(rows.map((row) => [row.id, row.name]));
}
