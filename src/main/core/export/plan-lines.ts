import type { PlannedChange } from '../../../shared/api/plan';
import { plannedFieldText } from '../../../shared/domain/admin-fields';
import type { AdminPathLocale } from '../../../shared/domain/admin-paths';
import { PLAN_WORDS } from './plan-words';

/** A value as a checklist shows it: text as itself, "(none)" in `locale` for nothing, lists and records as JSON. */
export function planValue(value: unknown, locale: AdminPathLocale): string {
  if (value === null || value === undefined) return PLAN_WORDS[locale].notSet;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** "SKU 1003 Tênis Corrida 42", or just the kind and id when the mirror has no name for it. */
export function planObject(change: PlannedChange, locale: AdminPathLocale): string {
  const kind = PLAN_WORDS[locale].kinds[change.object.kind] ?? change.object.kind.replace(/_/g, ' ');
  return change.object.name ? `${kind} ${change.object.id} ${change.object.name}` : `${kind} ${change.object.id}`;
}

/** The field in the Admin's words of `locale` (the mirror keeps it in English). */
export function planField(change: PlannedChange, locale: AdminPathLocale): string {
  return plannedFieldText(change, locale);
}

/** The marketplace order ids a change unblocks, joined for one cell or line. */
export function planOrders(change: PlannedChange): string {
  return change.orders.map((order) => order.marketplaceOrderId).join(' ');
}
