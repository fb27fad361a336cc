import type { FixRequest } from '../../../../shared/api/fixes';
import type { MessageKey } from '../../i18n';

/** How the Fix step's form edits one field of a fix request. */
export type FieldControl = 'text' | 'ids' | 'warehouse' | 'dock' | 'count' | 'percent' | 'cents' | 'date' | 'flag' | 'action';

/** The controls that fit a field's type: a list of ids is never edited as a number, a flag never as text. */
type ControlFor<T> = T extends readonly string[]
  ? 'ids'
  : T extends boolean
    ? 'flag'
    : T extends number
      ? 'count' | 'percent' | 'cents'
      : string extends T
        ? 'text' | 'warehouse' | 'dock' | 'date'
        : 'action';

type FieldsOf<R> = { [F in Exclude<keyof R, 'kind'>]-?: ControlFor<NonNullable<R[F]>> };

/**
 * Every field of every request kind, in the form's order, with the control that edits it. Generic in
 * the request union: a kind (or a field) added to it is a compile error here until the form knows it,
 * and the form never decides by a field's name.
 */
export type FieldControls<R extends { kind: string }> = { [K in R['kind']]: FieldsOf<Extract<R, { kind: K }>> };

export const FIELD_CONTROLS: FieldControls<FixRequest> = {
  update_inventory: { skuId: 'text', warehouseId: 'warehouse', totalQuantity: 'count' },
  set_infinite_inventory: { skuId: 'text', warehouseId: 'warehouse', unlimited: 'flag' },
  activate_sku: { skuIds: 'ids' },
  activate_product: { productIds: 'ids' },
  associate_trade_policy: { productId: 'text', tradePolicyId: 'text' },
  add_to_collection: { productId: 'text', collectionId: 'text' },
  link_dock_trade_policy: { dockId: 'dock', tradePolicyId: 'text' },
  activate_dock: { dockId: 'dock' },
  activate_shipping_policy: { shippingPolicyId: 'text' },
  set_price: { skuId: 'text', tradePolicyId: 'text', valueCents: 'cents', dateFrom: 'date', dateTo: 'date' },
  renew_price: { skuId: 'text', tradePolicyId: 'text', dateTo: 'date' },
  add_divergence_rule: { from: 'percent', to: 'percent', action: 'action' },
  register_erp_carrier: { name: 'text' },
  xml_show_out_of_stock: { integrationName: 'text' }
};

/** A field name of some request kind. */
export type FixFieldName = { [K in FixRequest['kind']]: keyof FieldControls<FixRequest>[K] }[FixRequest['kind']];

/** The form's label of a field: a compile error when a field has no `fix.field.*` message. */
export function fieldLabel(field: FixFieldName): MessageKey {
  return `fix.field.${field}`;
}

/** The fields of a request in the form's order, with their control and value (an optional field may be absent). */
export function fieldsOf(fix: FixRequest): { field: FixFieldName; control: FieldControl; value: unknown }[] {
  const values: Partial<Record<FixFieldName, unknown>> = fix;
  return (Object.entries(FIELD_CONTROLS[fix.kind]) as [FixFieldName, FieldControl][]).map(([field, control]) => ({
    field,
    control,
    value: values[field]
  }));
}

/** The request with one field set to what the agent entered (an empty optional date clears it). */
export function withField(fix: FixRequest, field: FixFieldName, value: unknown): FixRequest {
  // The field's control produced the value, so it has the field's type (FIELD_CONTROLS above).
  return { ...fix, [field]: value };
}
