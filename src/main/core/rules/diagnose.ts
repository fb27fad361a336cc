import type { Cause, Diagnosis, DiagnosisOutcome } from '../../../shared/domain/diagnosis';
import { isUncertain } from '../../../shared/domain/classification';
import type { ErrorType } from '../../../shared/domain/error-types';
import type { MarketplaceOrder } from '../../../shared/domain/model';
import { Findings } from './checks/findings';
import { orderContext } from './checks/order-context';
import { DIAGNOSERS } from './diagnosers';
import { ERROR_TYPE_OF_CAUSE, findingKey, passingFaultGivesWay, rankByPrecedence } from './ranking';
import type { StoreData } from '../model/store-data';
import { sweepOrder } from './sweep';
import { blocksReprocess } from './passing-faults';

/** What the classifier read in the order's message. */
export interface MessageReading {
  errorType: ErrorType;
  confidence: number;
}

/** The type the top-ranked finding points to. */
function inferredTypeOf(causes: Cause[]): ErrorType | undefined {
  return causes.length > 0 ? ERROR_TYPE_OF_CAUSE[causes[0].code] : undefined;
}

/**
 * Diagnoses one order against the store: evidence first, message second. The full sweep runs on
 * every order whatever its message says; the message then ranks the findings. When it was
 * understood, its error type's own checks (with their judgement of cause and symptom) name the
 * causes and every other finding is "also found"; when those found nothing, or the message was not
 * understood (unclassified or uncertain), the findings ranked by CAUSE_PRECEDENCE are the causes and
 * `inferredErrorType` names the type they point to — after an understood message, only when one of
 * them would stop a reprocess (advice about a listing alone stays also found: passing-faults.ts). A
 * message that reads as a passing fault ("reprocess later") gives way the same way when the sweep
 * finds anything a reprocess would meet again, so the data's findings are the causes and the passing
 * fault stays as also found.
 *
 * Outcomes without a cause: `unexplained` when the message was not understood (never an all-clear),
 * `insufficient_data` when some check could not run, `no_cause_found` when every check ran and
 * passed. Pure: time is `store.asOf`.
 */
export function diagnose(order: MarketplaceOrder, reading: MessageReading, store: StoreData): Diagnosis {
  const { errorType } = reading;
  const ctx = orderContext(order, store);
  const understood = errorType !== 'unclassified' && !isUncertain(reading.confidence);
  const own = new Findings();
  if (understood) DIAGNOSERS[errorType](ctx, own);
  const sweep = sweepOrder(ctx);
  // Most orders miss nothing: the union is built only when both sides name something.
  const missing =
    own.missing.size === 0 ? sweep.missing : sweep.missing.size === 0 ? own.missing : new Set([...own.missing, ...sweep.missing]);
  let causes: Cause[] = [];
  let alsoFound: Cause[] = [];
  let givenWay: Cause[] = [];
  if (understood) {
    causes = own.causes;
    const named = new Set(causes.map(findingKey));
    alsoFound = sweep.findings.filter((c) => !named.has(findingKey(c)));
    if (passingFaultGivesWay(causes, alsoFound)) {
      givenWay = causes;
      causes = [];
    }
  }
  let inferredErrorType: ErrorType | undefined;
  if (causes.length === 0 && (understood ? alsoFound.some(blocksReprocess) : sweep.findings.length > 0)) {
    causes = rankByPrecedence(understood ? alsoFound : sweep.findings);
    alsoFound = givenWay;
    const inferred = inferredTypeOf(causes);
    if (inferred !== errorType) inferredErrorType = inferred;
  }
  const outcome: DiagnosisOutcome =
    causes.length > 0 ? 'causes' : !understood ? 'unexplained' : missing.size > 0 ? 'insufficient_data' : 'no_cause_found';
  const diagnosis: Diagnosis = { errorType, outcome, causes };
  if (alsoFound.length > 0) diagnosis.alsoFound = alsoFound;
  if (inferredErrorType !== undefined) diagnosis.inferredErrorType = inferredErrorType;
  diagnosis.checked = sweep.checked;
  if (missing.size > 0) diagnosis.missing = [...missing];
  return diagnosis;
}
