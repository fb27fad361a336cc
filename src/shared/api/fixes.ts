import { z } from 'zod';
import { entry } from './contract-entry';
import type { PlannedChange } from './plan';

const id = z.string().trim().min(1).max(200);
const isoDate = z.string().datetime({ offset: true });
const cents = z.number().int().min(0).max(100_000_000_000);

/**
 * A change to the store data, as the wizard's Fix step asks for it. Each kind is one documented
 * VTEX fix; the store gateway (the local mirror now, a connected account later) applies it.
 */
export const fixRequestSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('update_inventory'),
      skuId: id,
      warehouseId: id,
      totalQuantity: z.number().int().min(0).max(10_000_000)
    })
    .strict(),
  z.object({ kind: z.literal('set_infinite_inventory'), skuId: id, warehouseId: id, unlimited: z.boolean() }).strict(),
  z.object({ kind: z.literal('activate_sku'), skuIds: z.array(id).min(1).max(10_000) }).strict(),
  z.object({ kind: z.literal('activate_product'), productIds: z.array(id).min(1).max(10_000) }).strict(),
  z.object({ kind: z.literal('associate_trade_policy'), productId: id, tradePolicyId: id }).strict(),
  z.object({ kind: z.literal('add_to_collection'), productId: id, collectionId: id }).strict(),
  z.object({ kind: z.literal('link_dock_trade_policy'), dockId: id, tradePolicyId: id }).strict(),
  z.object({ kind: z.literal('activate_dock'), dockId: id }).strict(),
  z.object({ kind: z.literal('activate_shipping_policy'), shippingPolicyId: id }).strict(),
  z
    .object({
      kind: z.literal('set_price'),
      skuId: id,
      tradePolicyId: id,
      valueCents: cents.refine((v) => v > 0, 'must be more than zero'),
      dateFrom: isoDate.optional(),
      dateTo: isoDate.optional()
    })
    .strict(),
  z.object({ kind: z.literal('renew_price'), skuId: id, tradePolicyId: id, dateTo: isoDate }).strict(),
  z
    .object({
      kind: z.literal('add_divergence_rule'),
      from: z.number().min(0).max(100),
      to: z.number().min(0).max(100),
      action: z.enum(['authorize', 'deny', 'approval'])
    })
    .strict()
    .refine((rule) => rule.from < rule.to, { message: 'from must be below to', path: ['to'] }),
  z.object({ kind: z.literal('register_erp_carrier'), name: z.string().trim().min(1).max(120) }).strict(),
  z.object({ kind: z.literal('xml_show_out_of_stock'), integrationName: id }).strict()
]);

export type FixRequest = z.infer<typeof fixRequestSchema>;
export type FixRequestKind = FixRequest['kind'];

/** What a fix changes, shown before it is applied and recorded in the audit log after. */
export interface FixPreview {
  kind: FixRequestKind;
  /** One line per changed record, e.g. "SKU 1003 Tênis Corrida 42: inactive → active". */
  changes: { entity: string; entityId: string; field: string; before: unknown; after: unknown }[];
  /** Failed orders whose diagnosis names an object this fix changes. */
  affectedOrderIds: number[];
  /** How far the fix reaches beyond the order it was started from (a preview always says). */
  reach?: FixReach;
}

/** Scope before risk: whether a fix changes a shared record, and how many SKUs its failed orders hold. */
export interface FixReach {
  /** A store setting, a feed or logistics every SKU ships through, not only the order's own objects. */
  shared: boolean;
  /** Distinct SKUs of the failed orders the fix concerns (affectedOrderIds). */
  skuCount: number;
}

export interface FixResult extends FixPreview {
  auditId: number;
  /** Failed orders diagnosed again after the fix. */
  rediagnosed: number;
  /**
   * The change-plan entries the fix became: one per changed record when it touched the local copy
   * only (a snapshot mirror), none when the store itself applied it.
   */
  plannedChanges: PlannedChange[];
}

export const fixesContract = {
  'fixes/preview': entry<FixPreview>()(z.object({ fix: fixRequestSchema }).strict()),
  'fixes/apply': entry<FixResult>()(
    z
      .object({ fix: fixRequestSchema, orderId: z.number().int().positive().optional(), note: z.string().max(2000).optional() })
      .strict()
  )
};
