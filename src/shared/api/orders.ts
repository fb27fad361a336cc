import { z } from 'zod';
import type { Diagnosis, SimulationResult } from '../domain/diagnosis';
import type {
  AuditEntry,
  Dock,
  InventoryBalance,
  IntegrationAttempt,
  MarketplaceOrder,
  Price,
  ShippingPolicy,
  Sku,
  Warehouse
} from '../domain/model';
import { RESOLUTION_REASONS, type OrderResolution, type OrderState } from '../domain/resolution';
import { entry } from './contract-entry';

export interface OrderDetail {
  order: MarketplaceOrder;
  attempts: IntegrationAttempt[];
}

/** A stored diagnosis with when it ran and the moment it judged as of. */
export interface DiagnosisView extends Diagnosis {
  confidence: number;
  ranAt: string;
  asOf: string;
}

/** Everything the order pane shows: the payload, its diagnosis, the records involved, the history. */
export interface OrderView extends OrderDetail {
  /** The customer's document and phone are masked before they leave the main process. */
  diagnosis: DiagnosisView | null;
  tradePolicyId: string | null;
  tradePolicyName: string | null;
  /** VTEX order id when OMS already holds this marketplace order (never reprocess then). */
  omsOrderId: string | null;
  records: {
    skus: Sku[];
    inventory: InventoryBalance[];
    prices: Price[];
    docks: Dock[];
    warehouses: Warehouse[];
    shippingPolicies: ShippingPolicy[];
  };
  /** A simulation with the order's own items, CEP and trade policy. */
  simulation: SimulationResult | null;
  audit: AuditEntry[];
  /** Open, resolved or integrated (null: pending at VTEX and not resolved). */
  state: OrderState | null;
  /** Why the agent closed it without a reprocess; null while it is not resolved. */
  resolution: OrderResolution | null;
  /** The VTEX account, for links into its Admin. */
  account: string | null;
}

const orderId = z.object({ id: z.number().int().positive() }).strict();

export const ordersContract = {
  'orders/view': entry<OrderView>()(orderId),
  'orders/add-note': entry<AuditEntry>()(
    z.object({ id: z.number().int().positive(), text: z.string().trim().min(1).max(4000) }).strict()
  ),
  /** Closes a failed order without a reprocess: canceled at the marketplace, a duplicate, handled outside, or won't fix. */
  'orders/resolve': entry<OrderResolution>()(
    z
      .object({
        id: z.number().int().positive(),
        reason: z.enum(RESOLUTION_REASONS),
        note: z.string().trim().max(4000).optional()
      })
      .strict()
  ),
  /** Puts a resolved order back among the open ones. */
  'orders/reopen': entry<{ reopened: boolean }>()(orderId),
  /** One readable HTML file for a VTEX support ticket: payload, message, diagnosis, simulation, records. */
  'orders/escalation-pack': entry<{ fileName: string; html: string }>()(
    z.object({ id: z.number().int().positive(), locale: z.enum(['en', 'pt-BR', 'es']).optional() }).strict()
  )
};
