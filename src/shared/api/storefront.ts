import { z } from 'zod';
import type { Cause, MissingData, SimulationResult } from '../domain/diagnosis';
import { entry } from './contract-entry';
import type { OrderView } from './orders';

/** A SKU as a search suggests it: active means the SKU and its product are. */
export interface SkuCandidate {
  id: string;
  refId: string | null;
  name: string;
  isActive: boolean;
}

/** The families a storefront check runs, in the order an agent reads them. */
export const STOREFRONT_FAMILIES = ['catalog', 'trade_policy', 'stock', 'storefront', 'delivery', 'price'] as const;
export type StorefrontFamily = (typeof STOREFRONT_FAMILIES)[number];

/** Why a family did not run: the mirror lacks what it reads, no CEP was given, or an earlier cause already explains the SKU. */
export type SkipReason = 'missing_data' | 'no_postal_code' | 'after_cause';

/**
 * `all_pass` only when every family ran and passed; `no_postal_code` when all but delivery did
 * (nothing found, SLA unknown); `insufficient_data` when the mirror lacks a kind a check reads.
 */
export type StorefrontOutcome = 'causes' | 'all_pass' | 'no_postal_code' | 'insufficient_data';

/** What the store-side checks found for one SKU in one trade policy (and CEP). */
export interface StorefrontVerdict {
  outcome: StorefrontOutcome;
  causes: Cause[];
  checked: StorefrontFamily[];
  notChecked: { family: StorefrontFamily; why: SkipReason }[];
  missing: MissingData[];
  /** The fulfillment simulation of the cart, when a CEP was given and it could run. */
  simulation: SimulationResult | null;
}

/** A check's answer: no SKU matched, several did (choose one), or the verdict with the records it names. */
export type StorefrontCheck =
  | { kind: 'not_found'; text: string }
  | { kind: 'candidates'; candidates: SkuCandidate[] }
  | {
      kind: 'checked';
      sku: SkuCandidate;
      tradePolicyId: string;
      tradePolicyName: string | null;
      postalCode: string | null;
      quantity: number;
      verdict: StorefrontVerdict;
      /** The SKU's balances and price, the docks, warehouses and shipping policies involved (for names and fix choices). */
      records: OrderView['records'];
      account: string | null;
    };

const skuText = z.string().trim().min(1).max(200);

export const storefrontContract = {
  /** SKUs by id, RefId or name, for the form's suggestions. */
  'storefront/search': entry<SkuCandidate[]>()(
    z.object({ text: skuText, limit: z.number().int().min(1).max(50).default(10) }).strict()
  ),
  /** The trade policies the mirror knows, for the form's select. */
  'storefront/trade-policies': entry<{ id: string; name: string; isActive: boolean }[]>()(z.object({}).strict()),
  /** "Why can't customers buy this?": the store-side checks for a SKU (id, RefId or name) in a trade policy, to a CEP when given. */
  'storefront/check': entry<StorefrontCheck>()(
    z
      .object({
        sku: skuText,
        tradePolicyId: z.string().trim().min(1).max(50),
        postalCode: z.string().trim().max(20).optional(),
        quantity: z.number().int().min(1).max(100_000).default(1)
      })
      .strict()
  )
};
