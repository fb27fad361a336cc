import type { CauseCode, ErrorType } from '../../../shared/domain/error-types';
import type { Kit, PlantedOrder, Scenario } from './failure-kit';
import { marketplaceById, type Channel } from './marketplaces';
import type { StoreModel } from './orders-gen';
import type { Random } from './random';
import { ORDER_SCENARIOS } from './scenarios-order';
import { STORE_SCENARIOS } from './scenarios-store';

/** Every planted failure, one per (error type, cause) the demo reproduces. */
export const SCENARIOS: readonly Scenario[] = [...STORE_SCENARIOS, ...ORDER_SCENARIOS];

/** The expected diagnosis of one planted order (what expected-causes.json holds per order). */
export interface PlantedCause {
  scenario: string;
  errorType: ErrorType;
  causes: CauseCode[];
  skuId?: string;
}

export type PlantedFailure = PlantedOrder & { scenario: string };

/**
 * Chooses which failure each failed order carries: the first failures go once through every
 * scenario (in an order drawn from the seed) so that even a small batch shows them all; later ones
 * follow the scenarios' weights, which keeps the mix's proportions at any size.
 */
export class FailurePlanner {
  private readonly order: readonly Scenario[];
  private planted = 0;

  constructor(rng: Random) {
    this.order = rng.shuffled(SCENARIOS);
  }

  /** Builds the next failed order; a scenario the drawn marketplaces cannot host yields to another. */
  next(model: StoreModel, rng: Random, serial: number): PlantedFailure {
    let scenario = this.planted < this.order.length ? this.order[this.planted] : this.draw(rng);
    this.planted++;
    for (;;) {
      const built = tryChannels(model, rng, serial, scenario);
      if (built) return built;
      scenario = this.draw(rng);
    }
  }

  private draw(rng: Random): Scenario {
    return rng.weighted(SCENARIOS.map((s) => ({ weight: s.weight, value: s })));
  }
}

/** The scenario built on the first of its marketplaces (drawn by order volume) that can host it. */
export function tryChannels(model: StoreModel, rng: Random, serial: number, scenario: Scenario): PlantedFailure | null {
  // Failures follow the order volume: the first marketplace tried is drawn by its share of orders.
  const first = rng.weighted(scenario.channels.map((c) => ({ weight: Math.max(1, marketplaceById(c).weight), value: c })));
  const channels: Channel[] = [first, ...rng.shuffled(scenario.channels.filter((c) => c !== first))];
  for (const channel of channels) {
    const kit: Kit = { model, rng, serial, mp: marketplaceById(channel) };
    const built = scenario.build(kit);
    if (built) return { ...built, errorType: scenario.errorType, causes: scenario.causes, scenario: scenario.key };
  }
  return null;
}
