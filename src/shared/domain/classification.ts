/**
 * How sure the classifier must be before its error type is trusted on its own. Below this the queue
 * and the order pane say "uncertain", and the diagnosis lets the full sweep of checks decide which
 * cause the evidence points to.
 *
 * Measured on the labelled corpus (`npm run eval:classify`, leave-one-source-out, 1,026 messages):
 * readings that name a type are right 76% of the time below 0.5 (each 0.1 band under it at 66–83%)
 * and 96% from 0.5 up (every band above it at 91% or more), so 0.5 is where accuracy drops under 80%.
 */
export const UNCERTAIN_BELOW = 0.5;

/** True when a classification is too weak to name the error type by itself. */
export function isUncertain(confidence: number): boolean {
  return confidence < UNCERTAIN_BELOW;
}
