import type { PlannedChange } from '../../../../shared/api/plan';
import { storeFieldOf } from '../../../../shared/domain/admin-fields';
import type { ChangeLike } from '../../i18n/domain/change-words';
import type { VerdictNames } from '../../i18n/domain/verdict';

/*
 * A planned change keeps its field in the Admin's English words (for the exported checklist); the
 * desk shows it in the agent's language through changeWords, which reads the store's field name
 * (shared/domain/admin-fields gives it back from the fix kind).
 */

/** The planned change as the changed record it is, for changeWords. */
export function changeOf(change: Pick<PlannedChange, 'fixKind' | 'field' | 'object' | 'before' | 'after'>): ChangeLike {
  return {
    entity: change.object.kind,
    entityId: change.object.id,
    field: storeFieldOf(change.fixKind, change.field),
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
