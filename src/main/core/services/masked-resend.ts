import type { ProvidedCustomer } from '../../../shared/api/connected';
import { ApiFailure } from '../../../shared/api/result';
import type { MarketplaceOrder } from '../../../shared/domain/model';
import { maskDocument, maskEmail, maskPhone } from '../rules/checks/documents';

/*
 * Re-sending an order from a mirror that masked its customer's personal data (LGPD, the default).
 * Facts that decide it (vtex-apis.md §2, §1.2): the connector's stored payload has no public API
 * (Connections > Orders has no documented route), and OMS holds no order for a failed integration, so
 * the desk cannot re-read the clear values from VTEX at send time. The agent can provide them (from the
 * marketplace or the connector's own log); they are checked against the masks the mirror kept, used
 * for this one call, and written nowhere. Without them the desk says so and points to the Admin.
 */

const FIELDS = [
  ['email', maskEmail],
  ['phone', maskPhone],
  ['document', maskDocument],
  ['corporateDocument', maskDocument]
] as const;

/** Why a masked copy cannot be re-sent as it is, and the ways that remain. */
export function maskedCopyMessage(marketplaceOrderId: string): string {
  return (
    `This copy masked order ${marketplaceOrderId}'s personal data (LGPD): re-send needs the original payload, and VTEX gives ` +
    `no way to read it back (the connector's payload has no public API; OMS has no order for a failed integration). ` +
    `Paste the customer's data from the original payload, re-import with --keep-personal-data, or reprocess it in the Admin ` +
    `(Connections > Orders).`
  );
}

/**
 * The order with the customer's clear values the agent provided in place of the masks. Each masked
 * field needs a value, and each value must mask to what the mirror kept: a customer pasted from
 * another order is refused before anything is sent.
 */
export function withProvidedCustomer(order: MarketplaceOrder, provided: ProvidedCustomer): MarketplaceOrder {
  const customer = { ...order.customer };
  for (const [field, mask] of FIELDS) {
    const kept = order.customer[field];
    if (kept === null || kept === '') continue;
    const value = provided[field]?.trim() ?? '';
    if (value === '' || value.includes('*'))
      throw new ApiFailure(
        'invalid-argument',
        `The customer's ${field} is needed in clear to re-send (this copy keeps ${kept}).`
      );
    if (mask(value) !== kept)
      throw new ApiFailure(
        'invalid-argument',
        `The ${field} given is not this order's customer: it would show as ${mask(value)}, this copy keeps ${kept}.`
      );
    customer[field] = value;
  }
  delete customer.verdicts;
  return { ...order, customer };
}
