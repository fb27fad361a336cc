import { isUncertain } from '../../../shared/domain/classification';
import type { ErrorType } from '../../../shared/domain/error-types';

export interface TypeChipState {
  /** The message's chip says "uncertain" when the classifier was below its threshold. */
  uncertain: boolean;
  /** The type the sweep inferred, shown as its own dashed chip ("Price missing · inferred"). */
  inferred: ErrorType | null;
  /** Whether the confidence figure is worth showing. */
  showConfidence: boolean;
}

/**
 * What the type chip says. "Unclassified" already says the message was not understood, so it is
 * never "uncertain" and carries no confidence figure (a "0%" beside it would only be noise).
 */
export function typeChipState(errorType: ErrorType, inferred: ErrorType | null, confidence: number | null): TypeChipState {
  const classified = errorType !== 'unclassified';
  return {
    uncertain: classified && confidence !== null && isUncertain(confidence),
    inferred,
    showConfidence: classified && confidence !== null
  };
}
