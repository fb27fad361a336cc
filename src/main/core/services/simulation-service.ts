import type { SimulationRequest, SimulationResult } from '../../../shared/domain/diagnosis';
import { readStoreData } from '../db/repositories/store-data-repository';
import { simulate } from '../simulation';
import type { CoreDeps } from './deps';

export function createSimulationHandlers(deps: CoreDeps) {
  return {
    'simulation/run': (request: SimulationRequest): SimulationResult =>
      simulate(readStoreData(deps.db, deps.clock.now().toISOString()), request)
  };
}
