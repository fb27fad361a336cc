import { centsToDecimalString } from '../../../shared/money';
import { csvRow } from './csv';
import type { ReviewSource, TextSink } from './review-source';

const HEADER = [
  'marketplaceOrderId',
  'affiliateId',
  'errorType',
  'message',
  'value',
  'cause',
  'skuId',
  'warehouseId',
  'dockId',
  'shippingPolicyId',
  'tradePolicyId',
  'evidence',
  'fix',
  'outcome',
  'inferredErrorType',
  'messageSource'
];

/**
 * One row per order × cause (an order without a cause gets one row naming its outcome); each row
 * ends with the order's outcome, the error type inferred from the evidence (when it was), and who
 * wrote the message: vtex, or desk-replay when it is the desk's replay on the local copy.
 */
export function writeReviewCsv(source: ReviewSource, write: TextSink): void {
  write(csvRow(HEADER));
  for (const order of source.orders()) {
    const base = [
      order.marketplaceOrderId,
      order.affiliateId,
      order.errorType,
      order.message,
      order.valueCents === null ? '' : centsToDecimalString(order.valueCents)
    ];
    const verdict = [order.outcome, order.inferredErrorType ?? '', order.messageSource];
    if (order.causes.length === 0) {
      write(
        csvRow([
          ...base,
          order.outcome,
          '',
          '',
          '',
          '',
          '',
          order.missing.length ? { missing: order.missing } : '',
          '',
          ...verdict
        ])
      );
      continue;
    }
    for (const cause of order.causes) {
      write(
        csvRow([
          ...base,
          cause.code,
          cause.skuId,
          cause.warehouseId,
          cause.dockId,
          cause.shippingPolicyId,
          cause.tradePolicyId,
          cause.evidence,
          cause.fix.kind,
          ...verdict
        ])
      );
    }
  }
}
