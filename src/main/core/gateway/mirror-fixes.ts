import type { FixRequest, FixRequestKind } from '../../../shared/api/fixes';
import { ApiFailure } from '../../../shared/api/result';
import { normaliseIsoDate } from '../../../shared/dates';
import type { Db } from '../db/connection';
import * as store from '../db/repositories/store-write-repository';
import type { FixChange } from './store-gateway';

type FixOf<K extends FixRequestKind> = Extract<FixRequest, { kind: K }>;
type Applier<K extends FixRequestKind> = (db: Db, fix: FixOf<K>) => FixChange[];

function change(entity: string, entityId: string, field: string, before: unknown, after: unknown): FixChange {
  return { entity, entityId, field, before, after };
}

function requireSku(db: Db, skuId: string): store.SkuRow {
  const sku = store.findSku(db, skuId);
  if (!sku) throw new ApiFailure('not-found', `SKU ${skuId} is not in this mirror's catalog.`, { skuId });
  return sku;
}

function requireProduct(db: Db, productId: string): store.SkuRow[] {
  const skus = store.skusOfProduct(db, productId);
  if (skus.length === 0)
    throw new ApiFailure('not-found', `Product ${productId} has no SKU in this mirror's catalog.`, { productId });
  return skus;
}

function requireTradePolicy(db: Db, tradePolicyId: string): void {
  if (!store.knownTradePolicy(db, tradePolicyId)) {
    throw new ApiFailure('not-found', `Trade policy ${tradePolicyId} is not known to this mirror.`, { tradePolicyId });
  }
}

function requireWarehouse(db: Db, warehouseId: string): { id: string; name: string } {
  const warehouse = store.findWarehouse(db, warehouseId);
  if (!warehouse) throw new ApiFailure('not-found', `Warehouse ${warehouseId} is not in this mirror.`, { warehouseId });
  return warehouse;
}

function requireDock(db: Db, dockId: string): { id: string; name: string; isActive: boolean } {
  const dock = store.findDock(db, dockId);
  if (!dock) throw new ApiFailure('not-found', `Dock ${dockId} is not in this mirror.`, { dockId });
  return dock;
}

function isoOrReject(value: string | undefined, field: string): string | null {
  if (value === undefined) return null;
  const normalised = normaliseIsoDate(value);
  if (normalised === null)
    throw new ApiFailure('invalid-argument', `${field} must be an ISO 8601 date with a time zone.`, { [field]: value });
  return normalised;
}

const updateInventory: Applier<'update_inventory'> = (db, fix) => {
  if (!Number.isInteger(fix.totalQuantity) || fix.totalQuantity < 0) {
    throw new ApiFailure('invalid-argument', `An inventory count cannot be negative or fractional (got ${fix.totalQuantity}).`, {
      totalQuantity: fix.totalQuantity
    });
  }
  requireSku(db, fix.skuId);
  const warehouse = requireWarehouse(db, fix.warehouseId);
  const current = store.findInventory(db, fix.skuId, fix.warehouseId);
  if (current?.totalQuantity === fix.totalQuantity) return [];
  store.writeInventory(db, {
    skuId: fix.skuId,
    warehouseId: warehouse.id,
    warehouseName: warehouse.name,
    totalQuantity: fix.totalQuantity,
    unlimited: current?.hasUnlimitedQuantity ?? false
  });
  return [
    change('inventory', `${fix.skuId}/${fix.warehouseId}`, 'totalQuantity', current?.totalQuantity ?? null, fix.totalQuantity)
  ];
};

const setInfiniteInventory: Applier<'set_infinite_inventory'> = (db, fix) => {
  requireSku(db, fix.skuId);
  const warehouse = requireWarehouse(db, fix.warehouseId);
  const current = store.findInventory(db, fix.skuId, fix.warehouseId);
  const before = current?.hasUnlimitedQuantity ?? false;
  if (current && before === fix.unlimited) return [];
  store.writeInventory(db, {
    skuId: fix.skuId,
    warehouseId: warehouse.id,
    warehouseName: warehouse.name,
    totalQuantity: current?.totalQuantity ?? 0,
    unlimited: fix.unlimited
  });
  return [change('inventory', `${fix.skuId}/${fix.warehouseId}`, 'hasUnlimitedQuantity', current ? before : null, fix.unlimited)];
};

const activateSku: Applier<'activate_sku'> = (db, fix) => {
  const ids = [...new Set(fix.skuIds)];
  const skus = ids.map((id) => store.findSku(db, id));
  const missing = ids.filter((_, index) => skus[index] === null);
  if (missing.length > 0)
    throw new ApiFailure('not-found', `Not in this mirror's catalog: SKU ${missing.slice(0, 20).join(', ')}.`, {
      skuIds: missing
    });
  return skus
    .filter((sku): sku is store.SkuRow => sku !== null && !sku.isActive)
    .map((sku) => {
      store.activateSku(db, sku.id);
      return change('sku', sku.id, 'isActive', false, true);
    });
};

const activateProduct: Applier<'activate_product'> = (db, fix) => {
  const ids = [...new Set(fix.productIds)];
  const missing = ids.filter((id) => store.skusOfProduct(db, id).length === 0);
  if (missing.length > 0)
    throw new ApiFailure('not-found', `No SKU in this mirror's catalog for product ${missing.slice(0, 20).join(', ')}.`, {
      productIds: missing
    });
  return ids
    .filter((id) => store.skusOfProduct(db, id).some((sku) => !sku.isProductActive))
    .map((id) => {
      store.activateProduct(db, id);
      return change('product', id, 'isActive', false, true);
    });
};

const associateTradePolicy: Applier<'associate_trade_policy'> = (db, fix) => {
  const skus = requireProduct(db, fix.productId);
  requireTradePolicy(db, fix.tradePolicyId);
  const changes: FixChange[] = [];
  for (const sku of skus) {
    const before = store.skuTradePolicyIds(db, sku.id);
    if (before.includes(fix.tradePolicyId)) continue;
    store.linkSkuTradePolicy(db, sku.id, fix.tradePolicyId);
    changes.push(change('sku', sku.id, 'tradePolicyIds', before, store.skuTradePolicyIds(db, sku.id)));
  }
  return changes;
};

const addToCollection: Applier<'add_to_collection'> = (db, fix) => {
  const skus = requireProduct(db, fix.productId);
  const name = store.collectionName(db, fix.collectionId) ?? fix.collectionId;
  const changes: FixChange[] = [];
  for (const sku of skus) {
    const before = store.skuCollectionIds(db, sku.id);
    if (before.includes(fix.collectionId)) continue;
    store.addSkuToCollection(db, sku.id, fix.collectionId, name);
    changes.push(change('sku', sku.id, 'collectionIds', before, store.skuCollectionIds(db, sku.id)));
  }
  return changes;
};

const linkDockTradePolicy: Applier<'link_dock_trade_policy'> = (db, fix) => {
  const dock = requireDock(db, fix.dockId);
  requireTradePolicy(db, fix.tradePolicyId);
  const before = store.dockTradePolicyIds(db, dock.id);
  if (before.includes(fix.tradePolicyId)) return [];
  store.linkDockTradePolicy(db, dock.id, fix.tradePolicyId);
  return [change('dock', dock.id, 'tradePolicyIds', before, store.dockTradePolicyIds(db, dock.id))];
};

const activateDock: Applier<'activate_dock'> = (db, fix) => {
  const dock = requireDock(db, fix.dockId);
  if (dock.isActive) return [];
  store.activateDock(db, dock.id);
  return [change('dock', dock.id, 'isActive', false, true)];
};

const activateShippingPolicy: Applier<'activate_shipping_policy'> = (db, fix) => {
  const policy = store.findShippingPolicy(db, fix.shippingPolicyId);
  if (!policy)
    throw new ApiFailure('not-found', `Shipping policy ${fix.shippingPolicyId} is not in this mirror.`, {
      shippingPolicyId: fix.shippingPolicyId
    });
  if (policy.isActive) return [];
  store.activateShippingPolicy(db, policy.id);
  return [change('shipping_policy', policy.id, 'isActive', false, true)];
};

const setPrice: Applier<'set_price'> = (db, fix) => {
  if (!Number.isInteger(fix.valueCents) || fix.valueCents <= 0) {
    throw new ApiFailure('invalid-argument', `A fixed price must be a positive number of cents (got ${fix.valueCents}).`, {
      valueCents: fix.valueCents
    });
  }
  requireSku(db, fix.skuId);
  requireTradePolicy(db, fix.tradePolicyId);
  const dateFrom = isoOrReject(fix.dateFrom, 'dateFrom');
  const dateTo = isoOrReject(fix.dateTo, 'dateTo');
  if (dateFrom !== null && dateTo !== null && dateFrom >= dateTo)
    throw new ApiFailure('invalid-argument', 'The price must start before it ends (dateFrom < dateTo).');
  const before = store.fixedPricesFor(db, fix.skuId, fix.tradePolicyId).filter((price) => price.minQuantity === 1);
  store.replaceFixedPrice(db, {
    skuId: fix.skuId,
    tradePolicyId: fix.tradePolicyId,
    valueCents: fix.valueCents,
    dateFrom,
    dateTo
  });
  const shown = (p: { valueCents: number; dateFrom: string | null; dateTo: string | null }) => ({
    valueCents: p.valueCents,
    dateFrom: p.dateFrom,
    dateTo: p.dateTo
  });
  return [
    change(
      'price',
      fix.skuId,
      `fixedPrice[${fix.tradePolicyId}]`,
      before.length > 0 ? before.map(shown) : null,
      shown({ valueCents: fix.valueCents, dateFrom, dateTo })
    )
  ];
};

const renewPrice: Applier<'renew_price'> = (db, fix) => {
  requireSku(db, fix.skuId);
  const dated = store.fixedPricesFor(db, fix.skuId, fix.tradePolicyId).filter((price) => price.dateTo !== null);
  // The one that ended last is the one the store last sold at.
  const latest = dated.sort((a, b) => (a.dateTo ?? '').localeCompare(b.dateTo ?? '')).at(-1);
  if (!latest || latest.dateTo === null) {
    throw new ApiFailure(
      'not-found',
      `SKU ${fix.skuId} has no fixed price with an end date for trade policy ${fix.tradePolicyId}.`,
      { skuId: fix.skuId, tradePolicyId: fix.tradePolicyId }
    );
  }
  const dateTo = isoOrReject(fix.dateTo, 'dateTo') as string;
  // Already ends then (renewed here, or in the store and read back): nothing is left to change.
  if (dateTo === latest.dateTo) return [];
  if (dateTo <= latest.dateTo || (latest.dateFrom !== null && dateTo <= latest.dateFrom)) {
    throw new ApiFailure('invalid-argument', `The new end date must be after the current one (${latest.dateTo}).`, { dateTo });
  }
  store.setFixedPriceDateTo(db, fix.skuId, latest.position, dateTo);
  return [change('price', fix.skuId, `fixedPrice[${fix.tradePolicyId}].dateTo`, latest.dateTo, dateTo)];
};

const addDivergenceRule: Applier<'add_divergence_rule'> = (db, fix) => {
  if (!(fix.from >= 0 && fix.to <= 100 && fix.from < fix.to)) {
    throw new ApiFailure(
      'invalid-argument',
      `A divergence range runs from a lower to a higher percentage within 0–100 (got ${fix.from}–${fix.to}).`
    );
  }
  // Ranges may touch (5–10 after 0–5) but not overlap, or one divergence would match two actions.
  const overlapping = store.divergenceRules(db).filter((rule) => fix.from < rule.to && rule.from < fix.to);
  if (overlapping.length > 0) {
    const ranges = overlapping.map((rule) => `${rule.from}–${rule.to}% (${rule.action})`).join(', ');
    throw new ApiFailure('conflict', `The range ${fix.from}–${fix.to}% overlaps the existing rule ${ranges}.`, { overlapping });
  }
  store.addDivergenceRule(db, { from: fix.from, to: fix.to, action: fix.action });
  return [change('price_divergence_rule', `${fix.from}-${fix.to}`, 'action', null, fix.action)];
};

const registerErpCarrier: Applier<'register_erp_carrier'> = (db, fix) => {
  const name = fix.name.trim();
  if (name === '') throw new ApiFailure('invalid-argument', 'A carrier needs a name.');
  if (store.findErpCarrier(db, name) !== null) return [];
  store.addErpCarrier(db, name);
  return [change('erp_carrier', name, 'registered', false, true)];
};

const xmlShowOutOfStock: Applier<'xml_show_out_of_stock'> = (db, fix) => {
  const integration = store.findXmlIntegration(db, fix.integrationName);
  if (!integration)
    throw new ApiFailure('not-found', `XML integration ${fix.integrationName} is not in this mirror.`, {
      integrationName: fix.integrationName
    });
  if (integration.showUnavailableSkus) return [];
  store.showUnavailableSkusInXml(db, integration.name);
  return [change('xml_integration', integration.name, 'showUnavailableSkus', false, true)];
};

const APPLIERS: { [K in FixRequestKind]: Applier<K> } = {
  update_inventory: updateInventory,
  set_infinite_inventory: setInfiniteInventory,
  activate_sku: activateSku,
  activate_product: activateProduct,
  associate_trade_policy: associateTradePolicy,
  add_to_collection: addToCollection,
  link_dock_trade_policy: linkDockTradePolicy,
  activate_dock: activateDock,
  activate_shipping_policy: activateShippingPolicy,
  set_price: setPrice,
  renew_price: renewPrice,
  add_divergence_rule: addDivergenceRule,
  register_erp_carrier: registerErpCarrier,
  xml_show_out_of_stock: xmlShowOutOfStock
};

/** Validates a fix against the mirror and writes it; returns each changed record (none when already so). */
export function applyFixToMirror(db: Db, fix: FixRequest): FixChange[] {
  return (APPLIERS[fix.kind] as Applier<FixRequestKind>)(db, fix);
}
