import type { SimulationRequest, SimulationResult } from '../../../shared/domain/diagnosis';
import { readStoreData } from '../db/repositories/store-data-repository';
import { simulate } from '../simulation';
import type { CoreDeps } from './deps';
import { runDiagnosis } from './diagnosis-runner';

export function createSimulationHandlers(deps: CoreDeps) {
  return {
    'simulation/run': (request: SimulationRequest): SimulationResult =>
      simulate(readStoreData(deps.db, deps.clock.now().toISOString()), request),
    'diagnosis/run': ({ orderIds }: { orderIds?: number[] }) => {
      const { diagnosed, asOf } = runDiagnosis(deps.db, { now: deps.clock.now(), orderIds });
      return { diagnosed, asOf };
    }
  };
}
