import type { FixPreview, FixRequest } from '../../../shared/api/fixes';
import type { StockReservation } from '../../../shared/api/reprocess';
import type { SimulationResult } from '../../../shared/domain/diagnosis';
import type { CauseCode } from '../../../shared/domain/error-types';
import type { MarketplaceOrder } from '../../../shared/domain/model';
import type { DiagnosisRow } from '../db/repositories/diagnosis-repository';
import type { StockShortage } from './integration-judge';

/** One changed record: its value before and after the fix. */
export type FixChange = FixPreview['changes'][number];

/** What integrating an order again gives (or would give) now. */
export type ReplayVerdict =
  | {
      integrates: true;
      /** The VTEX order id created; null when only judged. */
      vtexOrderId: string | null;
      diagnosis: DiagnosisRow;
      /** The order's own simulation, as the judge read it (null without a postal code). */
      simulation: SimulationResult | null;
      /** The units the order holds (or would hold), per SKU and warehouse. */
      reservations: StockReservation[];
    }
  | {
      integrates: false;
      /** What VTEX answers, in VTEX's own wording. */
      message: string;
      causes: CauseCode[];
      /** The diagnosis of the order as it stands after the attempt (its message included). */
      diagnosis: DiagnosisRow;
      simulation: SimulationResult | null;
      /** The SKU lines short of stock in warehouses the trade policy reaches. */
      shortages: StockShortage[];
    };

/** A reprocess session over one reading of the store (bulk runs share it). */
export interface OrderReplay {
  /** The moment the session judges time-dependent checks at. */
  readonly asOf: string;
  /** What integrating the order would give, without changing anything. */
  judge(order: MarketplaceOrder): ReplayVerdict;
  /**
   * Judges the order and, when it would integrate, holds its units in the session's stock only, so
   * the next order of a pre-check sees the rest; nothing is written.
   */
  dryRun(order: MarketplaceOrder): ReplayVerdict;
  /** What the trade policy's warehouses still hold of a SKU as the session sees it. */
  reachableStock(skuId: string, tradePolicyId: string): { available: number; unlimited: boolean };
  /**
   * Integrates the order in the store itself; on success the store holds a new OMS order and its
   * units are reserved in the warehouses that serve it. The caller holds the transaction. Absent
   * where the gateway holds only a copy (a snapshot mirror): a replay there can say an order would
   * integrate, never that it did.
   */
  integrate?(order: MarketplaceOrder): ReplayVerdict;
}

/**
 * Where fixes and reprocesses land: the local mirror today, a connected VTEX account later. Services
 * depend on this interface only. Failures are ApiFailure ('not-found' naming the missing record,
 * 'invalid-argument' for a change the store would refuse).
 */
export interface StoreGateway {
  /**
   * Whether an applied fix reached the store itself. False for a mirror that came from a snapshot:
   * its fixes change the copy only and are kept as planned changes until the store confirms them.
   */
  readonly reachesStore: boolean;
  /** What the fix would change, computed against the current store; nothing is written. */
  preview(fix: FixRequest): FixChange[];
  /** Applies the fix and returns each changed record's before → after. The caller holds the transaction. */
  apply(fix: FixRequest): FixChange[];
  /** Opens a reprocess session judged at `now`. */
  openReplay(now: Date): OrderReplay;
}
