import type { FixRequestKind } from '../../../../shared/api/fixes';
import type { PlannedChange } from '../../../../shared/api/plan';
import type { ChangeLike } from '../../i18n/domain/change-words';
import type { VerdictNames } from '../../i18n/domain/verdict';

/*
 * A planned change keeps its field in the Admin's English words (for the exported checklist); the
 * desk shows it in the agent's language through changeWords, which reads the store's field name.
 * Each fix kind changes one field, so the kind gives it back; a price names its trade policy in the
 * words core/gateway/admin-places.ts writes ("… (trade policy 1)"), which a test holds together.
 */
const PRICE_TRADE_POLICY = /\(trade policy (.+)\)$/;

const FIELD_OF: Record<FixRequestKind, (adminField: string) => string> = {
  update_inventory: () => 'totalQuantity',
  set_infinite_inventory: () => 'hasUnlimitedQuantity',
  activate_sku: () => 'isActive',
  activate_product: () => 'isActive',
  activate_dock: () => 'isActive',
  activate_shipping_policy: () => 'isActive',
  associate_trade_policy: () => 'tradePolicyIds',
  link_dock_trade_policy: () => 'tradePolicyIds',
  add_to_collection: () => 'collectionIds',
  set_price: (field) => `fixedPrice[${PRICE_TRADE_POLICY.exec(field)?.[1] ?? '?'}]`,
  renew_price: (field) => `fixedPrice[${PRICE_TRADE_POLICY.exec(field)?.[1] ?? '?'}].dateTo`,
  add_divergence_rule: () => 'action',
  register_erp_carrier: () => 'registered',
  xml_show_out_of_stock: () => 'showUnavailableSkus'
};

/** The planned change as the changed record it is, for changeWords. */
export function changeOf(change: Pick<PlannedChange, 'fixKind' | 'field' | 'object' | 'before' | 'after'>): ChangeLike {
  return {
    entity: change.object.kind,
    entityId: change.object.id,
    field: FIELD_OF[change.fixKind](change.field),
    before: change.before,
    after: change.after
  };
}

/** Names of the one object a planned change carries (an inventory row's name joins SKU and warehouse, so it gives none). */
export function namesOf(change: Pick<PlannedChange, 'object'>): VerdictNames {
  const name = change.object.name;
  if (!name) return {};
  switch (change.object.kind) {
    case 'sku':
    case 'price':
      return { skuName: (id) => (id === change.object.id ? name : null) };
    case 'dock':
      return { dockName: (id) => (id === change.object.id ? name : null) };
    case 'shipping_policy':
      return { shippingPolicyName: (id) => (id === change.object.id ? name : null) };
    default:
      return {};
  }
}
