/**
 * How sure the classifier must be before its error type is trusted on its own. Below this the queue
 * and the order pane say "uncertain", and the diagnosis lets the full sweep of checks decide which
 * cause the evidence points to.
 */
export const UNCERTAIN_BELOW = 0.5;

/** True when a classification is too weak to name the error type by itself. */
export function isUncertain(confidence: number): boolean {
  return confidence < UNCERTAIN_BELOW;
}
