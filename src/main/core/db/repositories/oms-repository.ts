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
  sql(db).upsert.run(o.orderId, o.marketplaceOrderId, o.affiliateId, o.salesChannel, o.status, o.creationDate, o.valueCents, o.authorizationStatus, JSON.stringify(o.items));
}

/**
 * OMS orders for the rules engine. `withItems: false` leaves the items out: the rules only look at
 * ids and statuses, and parsing the items of hundreds of thousands of OMS orders would keep millions
 * of objects alive for the garbage collector during a whole-mirror diagnosis.
 */
export function readOmsOrders(db: Db, options: { withItems: boolean } = { withItems: true }): OmsOrder[] {
  const columns = options.withItems ? '*' : `order_id, marketplace_order_id, affiliate_id, sales_channel, status, creation_date, value_cents, authorization_status, '[]' AS items_json`;
  return (
    db.prepare(`SELECT ${columns} FROM oms_orders`).all() as {
      order_id: string;
      marketplace_order_id: string;
      affiliate_id: string | null;
      sales_channel: string | null;
      status: string;
      creation_date: string;
      value_cents: number;
      authorization_status: string | null;
      items_json: string;
    }[]
  ).map((r) => ({
    orderId: r.order_id,
    marketplaceOrderId: r.marketplace_order_id,
    affiliateId: r.affiliate_id,
    salesChannel: r.sales_channel,
    status: r.status,
    creationDate: r.creation_date,
    valueCents: r.value_cents,
    authorizationStatus: r.authorization_status,
    items: JSON.parse(r.items_json) as OmsOrder['items']
  }));
}
