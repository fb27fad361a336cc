import type { Diagnoser } from './types';

/** A message no error type matched: no check applies; the UI shows the raw message and order data. */
export const diagnoseUnclassified: Diagnoser = () => undefined;
