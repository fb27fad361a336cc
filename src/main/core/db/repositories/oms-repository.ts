import type { OmsOrder } from '../../../../shared/domain/model';
import type { Db } from '../connection';
import { statementCache } from './statement-cache';

const sql = statementCache({
  upsert: `INSERT INTO oms_orders (order_id, marketplace_order_id, affiliate_id, sales_channel, status, creation_date, value_cents, authorization_status, items_json)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (order_id) DO UPDATE SET marketplace_order_id = excluded.marketplace_order_id, affiliate_id = excluded.affiliate_id,
      sales_channel = excluded.sales_channel, status = excluded.status, creation_date = excluded.creation_date, value_cents = excluded.value_cents,
      authorization_status = excluded.authorization_status, items_json = excluded.items_json`
});

export function upsertOmsOrder(db: Db, o: OmsOrder): void {
  sql(db).upsert.run(
    o.orderId,
    o.marketplaceOrderId,
    o.affiliateId,
    o.salesChannel,
    o.status,
    o.creationDate,
    o.valueCents,
    o.authorizationStatus,
    JSON.stringify(o.items)
  );
}

/**
 * The OMS orders that share a marketplace order id with a failed order: the only ones a rule looks
 * at (is the failed order a duplicate, was it canceled or authorised in OMS). Reading them from the
 * failed orders rather than every OMS order took a million-order mirror from 4.1 s to 1.2 s; DISTINCT
 * because two affiliates may send one id. Items are left out: the rules read ids and statuses only.
 */
export function readOmsOrdersOfFailedOrders(db: Db): OmsOrder[] {
  return (
    db
      .prepare(
        `SELECT DISTINCT m.order_id, m.marketplace_order_id, m.affiliate_id, m.sales_channel, m.status, m.creation_date, m.value_cents, m.authorization_status
           FROM marketplace_orders o CROSS JOIN oms_orders m ON m.marketplace_order_id = o.marketplace_order_id
          WHERE +o.integration_status = 'error'`
      )
      .raw()
      .all() as [string, string, string | null, string | null, string, string, number, string | null][]
  ).map(([orderId, marketplaceOrderId, affiliateId, salesChannel, status, creationDate, valueCents, authorizationStatus]) => ({
    orderId,
    marketplaceOrderId,
    affiliateId,
    salesChannel,
    status,
    creationDate,
    valueCents,
    authorizationStatus,
    items: []
  }));
}

/** Whether the mirror holds any OMS order (without them a duplicate cannot be ruled out). */
export function hasOmsOrders(db: Db): boolean {
  return db.prepare('SELECT EXISTS (SELECT 1 FROM oms_orders)').pluck().get() === 1;
}
