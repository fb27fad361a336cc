import { cause, fix } from '../checks/findings';
import type { Diagnoser } from './types';

/** Payment value absent or not positive, or different from Σ item price × quantity + Σ freight. */
export const diagnosePaymentDataInvalid: Diagnoser = (ctx, findings) => {
  const paid = ctx.order.paymentValueCents;
  if (paid === null || paid <= 0) {
    findings.add(cause('payment_value_missing', { valueCents: paid }, fix('act_at_marketplace')));
    return;
  }
  const itemsCents = ctx.order.items.reduce((sum, item) => sum + item.priceCents * item.quantity, 0);
  const freightCents = ctx.order.logistics.reduce((sum, entry) => sum + entry.priceCents, 0);
  const expectedCents = itemsCents + freightCents;
  if (paid === expectedCents) return;
  findings.add(
    cause(
      'payment_value_differs_from_items',
      { paidCents: paid, itemsCents, freightCents, expectedCents, differenceCents: paid - expectedCents },
      fix('act_at_marketplace')
    )
  );
};
