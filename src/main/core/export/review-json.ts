import type { ReportedOrder, ReviewSource, TextSink } from './review-source';

/** The JSON shape documented in the README, written as a stream so a million orders fit. */
export function orderJson(order: ReportedOrder): Record<string, unknown> {
  const json: Record<string, unknown> = {
    marketplaceOrderId: order.marketplaceOrderId,
    affiliateId: order.affiliateId,
    state: order.state,
    errorType: order.errorType,
    message: order.message,
    messageSource: order.messageSource,
    outcome: order.outcome,
    causes: order.causes,
    alsoFound: order.alsoFound,
    checked: order.checked,
    // Always written, empty when nothing was lacking: the README's shape has no optional `missing`.
    missing: order.missing
  };
  // Present only when the type was inferred from the evidence, never read from the message.
  if (order.inferredErrorType) json.inferredErrorType = order.inferredErrorType;
  if (order.resolution) json.resolution = order.resolution;
  return json;
}

export function writeReviewJson(source: ReviewSource, write: TextSink): void {
  write(`{"asOf":${JSON.stringify(source.asOf)},"orders":[`);
  let first = true;
  for (const order of source.orders()) {
    write((first ? '\n' : ',\n') + JSON.stringify(orderJson(order)));
    first = false;
  }
  write(`\n],"groups":${JSON.stringify(source.groups)},"summary":${JSON.stringify(source.summary)}}\n`);
}
