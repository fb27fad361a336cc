import { z } from 'zod';
import type { ErrorType } from '../domain/error-types';
import type { IntegrationStatus } from '../domain/model';
import { entry } from './contract-entry';
import type { DiagnosisView } from './orders';

/** What one integration message says: its error type, a confidence in (0, 1] (0 when unclassified), the phrases that decided it. */
export interface MessageClassification {
  readonly errorType: ErrorType;
  readonly confidence: number;
  readonly matched: readonly string[];
}

/** One order found under a marketplace order id, with its diagnosis when it is failing. */
export interface DiagnosedOrder {
  marketplaceOrderId: string;
  affiliateId: string;
  integrationStatus: IntegrationStatus;
  integrationMessage: string | null;
  /** Run afresh for a failing order; null for an order that is not failing (nothing to diagnose). */
  diagnosis: (DiagnosisView & { orderId: number }) | null;
}

export const diagnosisContract = {
  /** Names the error type of each message, in input order (English, Portuguese or Spanish). */
  'classify/messages': entry<MessageClassification[]>()(
    z.object({ messages: z.array(z.string().max(100_000)).min(1).max(10_000) }).strict()
  ),
  /**
   * Diagnoses the orders a marketplace order id names (one per affiliate that used it) and returns
   * them with their new diagnoses; none found is an empty list, not an error.
   */
  'diagnosis/order': entry<{ orders: DiagnosedOrder[] }>()(
    z.object({ marketplaceOrderId: z.string().trim().min(1).max(200) }).strict()
  )
};
