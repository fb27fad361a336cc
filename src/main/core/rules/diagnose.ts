import type { Diagnosis } from '../../../shared/domain/diagnosis';
import type { ErrorType } from '../../../shared/domain/error-types';
import type { MarketplaceOrder } from '../../../shared/domain/model';
import { Findings } from './checks/findings';
import { orderContext } from './checks/order-context';
import { DIAGNOSERS } from './diagnosers';
import type { StoreData } from './store-data';

/**
 * Runs the checks the error type calls for on one order against the store and names the causes that
 * explain the failure. `causes` when any is found; otherwise `insufficient_data` when a check could
 * not run (with what the mirror lacks), else `no_cause_found`. Pure: time is `store.asOf`.
 */
export function diagnose(order: MarketplaceOrder, errorType: ErrorType, store: StoreData): Diagnosis {
  const findings = new Findings();
  DIAGNOSERS[errorType](orderContext(order, store), findings);
  const missing = [...findings.missing];
  const outcome = findings.causes.length > 0 ? 'causes' : missing.length > 0 ? 'insufficient_data' : 'no_cause_found';
  return missing.length > 0 ? { errorType, outcome, causes: findings.causes, missing } : { errorType, outcome, causes: findings.causes };
}
