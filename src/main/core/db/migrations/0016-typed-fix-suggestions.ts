import type { Database } from 'better-sqlite3';

/*
 * Typed fix suggestions (issue 9). A stored cause's fix was `{ kind, appliesInMirror, params }`, the
 * params named as each rule chose (`carrier`, `integration`, `skuId` for a list of SKUs, …) and read
 * by name in the wizard. A fix the desk applies now carries `request`, a partial of its fix request
 * in the request's own field names; a fix made outside the desk carries nothing (its records are in
 * the evidence). This rewrites the old causes (their rows, and the "also found" JSON of a diagnosis)
 * so stored diagnoses keep opening in the wizard.
 *
 * The old wizard took an id missing from params from the cause's own columns (sku_id, …): the
 * rewrite does the same, so a request comes out as it did. The field lists are written out rather
 * than read from the contract: a migration is a fixed step of the schema's history. The UPDATE fires
 * the queue_generation triggers (migration 0005), as a rewrite of causes should.
 */

type Params = Record<string, unknown>;
type Refs = { skuId: unknown; warehouseId: unknown; dockId: unknown; shippingPolicyId: unknown; tradePolicyId: unknown };

const present = (value: unknown): boolean => value !== undefined && value !== null && value !== '';

/** Fields copied as they were, an absent one taken from the cause's column of the same name when it has one. */
function pick(params: Params, refs: Refs, fields: string[]): Params {
  const request: Params = {};
  for (const field of fields) {
    const value = present(params[field]) ? params[field] : (refs as Record<string, unknown>)[field];
    if (present(value)) request[field] = value;
  }
  return request;
}

const listOf = (value: unknown): unknown[] | undefined => (present(value) ? [value] : undefined);

/** The request draft of each fix kind the desk applied in schema 15, from the params of that time. */
const DRAFTS: Record<string, (params: Params, refs: Refs) => Params> = {
  update_inventory: (p, r) => pick(p, r, ['skuId', 'warehouseId']),
  set_infinite_inventory: (p, r) => ({ ...pick(p, r, ['skuId', 'warehouseId']), unlimited: true }),
  activate_sku: (p, r) => ({ skuIds: listOf(present(p.skuId) ? p.skuId : r.skuId) }),
  activate_product: (p) => ({ productIds: listOf(p.productId) }),
  associate_trade_policy: (p, r) => pick(p, r, ['productId', 'tradePolicyId']),
  add_to_collection: (p, r) => pick(p, r, ['productId', 'collectionId']),
  link_dock_trade_policy: (p, r) => pick(p, r, ['dockId', 'tradePolicyId']),
  activate_dock: (p, r) => pick(p, r, ['dockId']),
  activate_shipping_policy: (p, r) => pick(p, r, ['shippingPolicyId']),
  set_price: (p, r) => pick(p, r, ['skuId', 'tradePolicyId', 'valueCents']),
  renew_price: (p, r) => pick(p, r, ['skuId', 'tradePolicyId']),
  // The old range (0 to the rounded-up percent) was never used: the wizard sets it from the evidence.
  add_divergence_rule: () => ({ action: 'authorize' }),
  register_erp_carrier: (p) => pick({ name: p.carrier ?? p.name }, {} as Refs, ['name']),
  xml_show_out_of_stock: (p) => pick({ integrationName: p.integration ?? p.integrationName }, {} as Refs, ['integrationName'])
};

type StoredFix = { kind: string; appliesInMirror?: boolean; params?: Params; request?: Params };

/** One stored fix in today's shape (a fix already typed is returned as it is); exported for the test. */
export function typedFix(fix: StoredFix, refs: Refs): StoredFix {
  if (fix.request) return fix;
  const draft = Object.hasOwn(DRAFTS, fix.kind) ? DRAFTS[fix.kind] : undefined;
  if (!draft) return { kind: fix.kind, appliesInMirror: false };
  const request = Object.fromEntries(Object.entries(draft(fix.params ?? {}, refs)).filter(([, value]) => value !== undefined));
  return { kind: fix.kind, appliesInMirror: true, request };
}

/** The "also found" causes a diagnosis row keeps as JSON carry their refs as fields. */
function typedAlsoFound(json: string): string {
  const causes = JSON.parse(json) as (Partial<Refs> & { fix: StoredFix })[];
  return JSON.stringify(
    causes.map((cause) => ({
      ...cause,
      fix: typedFix(cause.fix, {
        skuId: cause.skuId,
        warehouseId: cause.warehouseId,
        dockId: cause.dockId,
        shippingPolicyId: cause.shippingPolicyId,
        tradePolicyId: cause.tradePolicyId
      })
    }))
  );
}

// Rows were written with JSON.stringify: no old row has a request, and only old fixes have params or
// apply in the mirror without one.
const OLD_FIX = (column: string) => `(instr(${column}, '"params":') > 0 OR instr(${column}, '"appliesInMirror":true') > 0)`;

export function up(db: Database): void {
  db.function('typed_fix_0016', { deterministic: true }, (fixJson, skuId, warehouseId, dockId, shippingPolicyId, tradePolicyId) =>
    JSON.stringify(
      typedFix(JSON.parse(String(fixJson)) as StoredFix, { skuId, warehouseId, dockId, shippingPolicyId, tradePolicyId })
    )
  );
  db.function('typed_also_found_0016', { deterministic: true }, (json) => typedAlsoFound(String(json)));
  db.prepare(
    `UPDATE diagnosis_causes
        SET fix_json = typed_fix_0016(fix_json, sku_id, warehouse_id, dock_id, shipping_policy_id, trade_policy_id)
      WHERE ${OLD_FIX('fix_json')}`
  ).run();
  db.prepare(
    `UPDATE diagnoses SET also_found_json = typed_also_found_0016(also_found_json)
      WHERE also_found_json IS NOT NULL AND ${OLD_FIX('also_found_json')}`
  ).run();
}
