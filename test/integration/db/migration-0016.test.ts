import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../src/main/core/db/migrate';
import { getDiagnosis } from '../../../src/main/core/db/repositories/diagnosis-repository';
import { initialFixRequest } from '../../../src/renderer/src/features/wizard/fix-request';
import { fixRequestSchema } from '../../../src/shared/api/fixes';
import type { OrderView } from '../../../src/shared/api/orders';

/** A cause row as schema 15 stored it: the rules' params, named as each rule chose. */
type OldCause = {
  code: string;
  fix: object;
  refs?: { sku_id?: string; warehouse_id?: string; dock_id?: string; shipping_policy_id?: string; trade_policy_id?: string };
  /** The fix once migrated. */
  typed: object;
};

const desk = (kind: string, params: object) => ({ kind, appliesInMirror: true, params });
const typed = (kind: string, request: object) => ({ kind, appliesInMirror: true, request });
const outside = (kind: string) => ({ kind, appliesInMirror: false });

const OLD_CAUSES: OldCause[] = [
  { code: 'sku_inactive', fix: desk('activate_sku', { skuId: '1003' }), typed: typed('activate_sku', { skuIds: ['1003'] }) },
  {
    code: 'product_inactive',
    fix: desk('activate_product', { productId: 'p1' }),
    typed: typed('activate_product', { productIds: ['p1'] })
  },
  {
    code: 'sku_not_in_trade_policy',
    fix: desk('associate_trade_policy', { productId: 'p1', tradePolicyId: '2' }),
    typed: typed('associate_trade_policy', { productId: 'p1', tradePolicyId: '2' })
  },
  {
    code: 'sku_not_in_collection',
    fix: desk('add_to_collection', { productId: 'p1', collectionId: 'c9' }),
    typed: typed('add_to_collection', { productId: 'p1', collectionId: 'c9' })
  },
  {
    code: 'insufficient_stock',
    fix: desk('update_inventory', { skuId: '1003', warehouseId: 'wh-sp', quantityNeeded: 2 }),
    typed: typed('update_inventory', { skuId: '1003', warehouseId: 'wh-sp' })
  },
  {
    // An id the params left out was taken from the cause's own column: it still is.
    code: 'no_dock_for_trade_policy',
    fix: desk('link_dock_trade_policy', { dockId: 'dk1' }),
    refs: { trade_policy_id: '1' },
    typed: typed('link_dock_trade_policy', { dockId: 'dk1', tradePolicyId: '1' })
  },
  {
    code: 'stock_outside_trade_policy',
    fix: desk('activate_dock', {}),
    refs: { dock_id: 'dk2' },
    typed: typed('activate_dock', { dockId: 'dk2' })
  },
  {
    code: 'postal_code_not_covered',
    fix: desk('activate_shipping_policy', { shippingPolicyId: 'sp1' }),
    typed: typed('activate_shipping_policy', { shippingPolicyId: 'sp1' })
  },
  {
    code: 'item_price_differs',
    fix: desk('set_price', { skuId: '1003', tradePolicyId: '1', valueCents: 18_000 }),
    typed: typed('set_price', { skuId: '1003', tradePolicyId: '1', valueCents: 18_000 })
  },
  {
    code: 'price_expired_for_trade_policy',
    fix: desk('renew_price', { skuId: '1003', tradePolicyId: '1' }),
    typed: typed('renew_price', { skuId: '1003', tradePolicyId: '1' })
  },
  {
    code: 'price_divergence_rule_missing',
    fix: desk('add_divergence_rule', { fromPercent: 0, toPercent: 6 }),
    typed: typed('add_divergence_rule', { action: 'authorize' })
  },
  {
    code: 'carrier_not_mapped_in_erp',
    fix: desk('register_erp_carrier', { carrier: 'Loggi' }),
    typed: typed('register_erp_carrier', { name: 'Loggi' })
  },
  {
    code: 'xml_hides_out_of_stock',
    fix: desk('xml_show_out_of_stock', { integration: 'Google Shopping' }),
    typed: typed('xml_show_out_of_stock', { integrationName: 'Google Shopping' })
  },
  {
    code: 'out_of_stock_not_sellable',
    fix: desk('set_infinite_inventory', { skuId: '1003' }),
    typed: typed('set_infinite_inventory', { skuId: '1003', unlimited: true })
  },
  {
    code: 'stock_outside_trade_policy',
    fix: { kind: 'act_in_admin', appliesInMirror: false, params: { warehouseId: 'wh-sp' } },
    typed: outside('act_in_admin')
  },
  {
    code: 'order_already_in_oms',
    fix: { kind: 'none', appliesInMirror: false, params: { note: 'never reprocess' } },
    typed: outside('none')
  },
  { code: 'connector_credentials_invalid', fix: outside('act_at_marketplace'), typed: outside('act_at_marketplace') }
];

const view = {
  order: { id: 1, items: [{ skuId: '1003', quantity: 1, priceCents: 19_990 }] },
  records: {
    inventory: [{ skuId: '1003', warehouseId: 'wh-sp', warehouseName: null, totalQuantity: 0, reservedQuantity: 0 }]
  }
} as unknown as OrderView;

/** The evidence fields the wizard reads for these codes (the rest is not read here). */
const EVIDENCE: Record<string, object> = {
  insufficient_stock: { skuId: '1003', ordered: 1, available: 0, warehouses: [] },
  stock_outside_trade_policy: { skuId: '1003', warehouses: [], blockers: [] },
  price_divergence_rule_missing: { percent: 5.2, rules: [] }
};

function seedOldMirror(db: Database.Database): void {
  db.exec(
    `INSERT INTO marketplace_orders (id, marketplace_order_id, affiliate_id, integration_status) VALUES (1, '702-1', 'AMZ', 'error');`
  );
  const alsoFound = [{ code: 'sku_inactive', skuId: '1003', evidence: {}, fix: desk('activate_sku', {}) }];
  db.prepare(
    `INSERT INTO diagnoses (order_id, error_type, confidence, outcome, ran_at, as_of, also_found_json) VALUES (1, 'out_of_stock', 0.9, 'causes', 'x', 'y', ?)`
  ).run(JSON.stringify(alsoFound));
  const insert = db.prepare(
    `INSERT INTO diagnosis_causes (order_id, position, code, group_key, sku_id, warehouse_id, dock_id, shipping_policy_id, trade_policy_id, evidence_json, fix_json)
     VALUES (1, @position, @code, 'k', @sku_id, @warehouse_id, @dock_id, @shipping_policy_id, @trade_policy_id, @evidence, @fix)`
  );
  OLD_CAUSES.forEach((cause, position) =>
    insert.run({
      position,
      code: cause.code,
      sku_id: null,
      warehouse_id: null,
      dock_id: null,
      shipping_policy_id: null,
      trade_policy_id: null,
      ...cause.refs,
      evidence: JSON.stringify(EVIDENCE[cause.code] ?? {}),
      fix: JSON.stringify(cause.fix)
    })
  );
}

describe('migration 0016 (typed fix suggestions)', () => {
  it('rewrites every stored fix to a typed request draft (or none for an outside fix), so old diagnoses open in the wizard', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 15);
    seedOldMirror(db);
    const generation = () => Number(db.prepare("SELECT value FROM mirror_meta WHERE key = 'queue_generation'").pluck().get());
    const before = generation();
    migrate(db, 16);
    expect(schemaVersion(db)).toBe(16);

    const stored = db.prepare('SELECT fix_json FROM diagnosis_causes ORDER BY position').pluck().all() as string[];
    expect(stored.map((json) => JSON.parse(json) as object)).toEqual(OLD_CAUSES.map((cause) => cause.typed));
    // Cached groups and facets are recomputed after the rewrite.
    expect(generation()).toBeGreaterThan(before);

    const diagnosis = getDiagnosis(db, 1)!;
    // The "also found" JSON is rewritten too, its id taken from the cause's own refs.
    expect(diagnosis.alsoFound?.[0].fix).toEqual(typed('activate_sku', { skuIds: ['1003'] }));
    for (const cause of [...diagnosis.causes, ...(diagnosis.alsoFound ?? [])]) {
      const request = initialFixRequest(cause, view);
      if (cause.fix.appliesInMirror) expect(fixRequestSchema.safeParse(request).error).toBeUndefined();
      else expect(request).toBeNull();
    }
  });

  it('leaves a typed fix as it is when it meets one', () => {
    const db = new Database(':memory:');
    migrate(db, 15);
    db.exec(
      `INSERT INTO marketplace_orders (id, marketplace_order_id, affiliate_id, integration_status) VALUES (1, '702-1', 'AMZ', 'error');`
    );
    const fix = JSON.stringify(typed('activate_dock', { dockId: 'dk1' }));
    db.prepare(
      `INSERT INTO diagnosis_causes (order_id, position, code, group_key, dock_id, evidence_json, fix_json) VALUES (1, 0, 'no_dock_for_trade_policy', 'k', 'dk9', '{}', ?)`
    ).run(fix);
    migrate(db, 16);
    expect(db.prepare('SELECT fix_json FROM diagnosis_causes').pluck().get()).toBe(fix);
  });
});
