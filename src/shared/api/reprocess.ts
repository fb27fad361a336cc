import { z } from 'zod';
import type { CauseCode } from '../domain/error-types';
import { entry } from './contract-entry';

export interface ReprocessOutcome {
  orderId: number;
  marketplaceOrderId: string;
  result: 'succeeded' | 'still_failing' | 'skipped_duplicate' | 'skipped_not_failed';
  /** The new VTEX order id when the replay integrated the order. */
  vtexOrderId: string | null;
  /** The message VTEX would give, in VTEX's wording, when it still fails. */
  message: string | null;
  causes: CauseCode[];
}

export interface ReprocessSummary {
  succeeded: number;
  stillFailing: number;
  skipped: number;
  outcomes: ReprocessOutcome[];
  /** Still failing, counted per cause. */
  stillFailingByCause: Record<string, number>;
}

/** A dry run: what a reprocess would do now, without changing anything. */
export interface ReprocessPrecheck {
  total: number;
  wouldSucceed: number;
  wouldFail: number;
  duplicates: number;
  failingByCause: Record<string, number>;
}

export interface ReprocessProgress {
  done: number;
  total: number;
  succeeded: number;
  stillFailing: number;
}

const orderIds = z.array(z.number().int().positive()).min(1).max(1_000_000);

export const reprocessContract = {
  /** A local replay of VTEX's integration checks on the mirror; never for orders OMS holds. */
  'reprocess/run': entry<ReprocessSummary>()(z.object({ orderIds }).strict()),
  'reprocess/precheck': entry<ReprocessPrecheck>()(z.object({ orderIds }).strict())
};
