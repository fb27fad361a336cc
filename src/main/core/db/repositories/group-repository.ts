import type { NamedTradePolicy } from '../../../../shared/api/groups';
import type { FixSuggestion } from '../../../../shared/domain/diagnosis';
import type { CauseCode } from '../../../../shared/domain/error-types';
import type { Db } from '../connection';
import { queueCountsAreCurrent } from './queue-counts-repository';

/** The causes of orders still open: an order resolved without a reprocess leaves its groups. */
const OPEN_CAUSES = 'SELECT * FROM diagnosis_causes WHERE order_id NOT IN (SELECT order_id FROM order_resolutions)';

/** One cause group's size and value at stake: what the groups list sorts and pages on. */
export interface GroupTotals {
  code: CauseCode;
  key: string;
  orderCount: number;
  valueAtStakeCents: number;
}

/**
 * Every cause group of open orders with its counts, in no particular order. An order counts once in
 * a group even when two of its causes share the code and key. Read from the counts the writer keeps
 * (migration 0015) — grouping every cause took about a second at a million orders — and grouped
 * here only while those are being rebuilt after a bulk job.
 */
export function listGroupTotals(db: Db): GroupTotals[] {
  if (queueCountsAreCurrent(db))
    return db
      .prepare(
        `SELECT code, group_key AS key, orders AS orderCount, value_cents AS valueAtStakeCents FROM cause_group_counts WHERE orders > 0`
      )
      .all() as GroupTotals[];
  return db
    .prepare(
      `WITH members AS (SELECT DISTINCT code, group_key, order_id FROM (${OPEN_CAUSES}))
       SELECT m.code, m.group_key AS key, COUNT(*) AS orderCount, COALESCE(SUM(o.payment_value_cents), 0) AS valueAtStakeCents
         FROM members m JOIN marketplace_orders o ON o.id = m.order_id
        GROUP BY m.code, m.group_key`
    )
    .all() as GroupTotals[];
}

/** The group's first open order by id (its cause stands for the group's fix): the group's index walks its orders in id order. */
export function firstOpenOrderId(db: Db, group: { code: string; key: string }): number | null {
  return (
    (db
      .prepare(
        `SELECT order_id FROM diagnosis_causes WHERE code = ? AND group_key = ?
            AND order_id NOT IN (SELECT order_id FROM order_resolutions) ORDER BY order_id LIMIT 1`
      )
      .pluck()
      .get(group.code, group.key) as number | undefined) ?? null
  );
}

/** What a group is about: the objects its first order's cause names (the same object for every order of the group). */
export interface GroupObject {
  skuId: string | null;
  tradePolicyId: string | null;
  dockId: string | null;
  shippingPolicyId: string | null;
  warehouseId: string | null;
}

export function readGroupObject(db: Db, group: { code: string; key: string; firstOrderId: number }): GroupObject {
  const row = db
    .prepare(
      `SELECT sku_id AS skuId, trade_policy_id AS tradePolicyId, dock_id AS dockId, shipping_policy_id AS shippingPolicyId,
              warehouse_id AS warehouseId
         FROM diagnosis_causes WHERE order_id = ? AND code = ? AND group_key = ? ORDER BY position LIMIT 1`
    )
    .get(group.firstOrderId, group.code, group.key) as GroupObject | undefined;
  return row ?? { skuId: null, tradePolicyId: null, dockId: null, shippingPolicyId: null, warehouseId: null };
}

/**
 * The trade policies a group's open orders came through, with their names from the mirror's sales
 * channels. From the kept counts when current (`counted`: a page of groups asks once for all of
 * them): a group of 50k orders is not read to list its places.
 */
export function groupTradePolicies(
  db: Db,
  group: { code: string; key: string },
  counted = queueCountsAreCurrent(db)
): NamedTradePolicy[] {
  const ids = counted
    ? `SELECT id AS trade_policy_id FROM cause_group_places WHERE code = ? AND group_key = ? AND kind = 'trade_policy' AND orders > 0`
    : `SELECT DISTINCT trade_policy_id FROM (${OPEN_CAUSES}) WHERE code = ? AND group_key = ? AND trade_policy_id IS NOT NULL`;
  return db
    .prepare(
      `SELECT c.trade_policy_id AS id, t.name AS name FROM (${ids}) c
         LEFT JOIN trade_policies t ON t.id = c.trade_policy_id
        ORDER BY c.trade_policy_id`
    )
    .all(group.code, group.key) as NamedTradePolicy[];
}

/** The marketplaces (affiliate ids) a group's open orders came from; from the kept counts when current. */
export function groupAffiliates(db: Db, group: { code: string; key: string }, counted = queueCountsAreCurrent(db)): string[] {
  const sql = counted
    ? `SELECT id FROM cause_group_places WHERE code = ? AND group_key = ? AND kind = 'affiliate' AND orders > 0 ORDER BY id`
    : `SELECT DISTINCT o.affiliate_id FROM marketplace_orders o
        WHERE o.id IN (SELECT order_id FROM (${OPEN_CAUSES}) WHERE code = ? AND group_key = ?) ORDER BY o.affiliate_id`;
  return db.prepare(sql).pluck().all(group.code, group.key) as string[];
}

/** One page of a group's open orders after `afterId`, by id (keyset: no offset to skip over). */
export function groupOrderPage(
  db: Db,
  group: { code: string; key: string; afterId: number; limit: number }
): { id: number; marketplaceOrderId: string }[] {
  return db
    .prepare(
      `SELECT o.id, o.marketplace_order_id AS marketplaceOrderId FROM marketplace_orders o
        WHERE o.id IN (SELECT order_id FROM (${OPEN_CAUSES}) WHERE code = @code AND group_key = @key AND order_id > @afterId)
        ORDER BY o.id LIMIT @limit`
    )
    .all(group) as { id: number; marketplaceOrderId: string }[];
}

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
      `SELECT DISTINCT order_id FROM (${OPEN_CAUSES}) WHERE code = @code AND (@key IS NULL OR group_key = @key) ORDER BY order_id`
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
