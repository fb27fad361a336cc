import { BLOCKED } from '../checks/findings';
import type { OrderContext } from '../checks/order-context';
import { carriersOf, unmappedCarrierCauses } from '../diagnosers/carrier-not-in-erp';
import { diagnoseCustomerDataInvalid } from '../diagnosers/customer-data-invalid';
import { diagnoseDuplicateOrder } from '../diagnosers/duplicate-order';
import { cartMinimumCause } from '../diagnosers/invalid-cart';
import { diagnoseInvoiceInvalid } from '../diagnosers/invoice-invalid';
import { listingAttributeCauses } from '../diagnosers/listing-rejected';
import { marketplaceStatusFindings } from '../diagnosers/marketplace-status';
import { diagnosePaymentDataInvalid } from '../diagnosers/payment-data-invalid';
import { diagnoseShippingDataInvalid } from '../diagnosers/shipping-data-invalid';
import type { SweepFindings } from './families';

/**
 * The order-level families of a marketplace order, judged on its data only: already in OMS, the
 * marketplace's status and retry window, shipping data (and the ERP's carriers when the store lists
 * them), the customer's documents, the invoice key when there is one, the payment and cart value,
 * and the listing attributes the mirror shows missing. `storeSideFound` tells whether the catalog,
 * stock or delivery found a cause (an "unavailable" status is then the store's doing).
 */
export function orderLevelSweep(ctx: OrderContext, findings: SweepFindings, storeSideFound: boolean): void {
  const before = findings.missing.size;
  diagnoseDuplicateOrder(ctx, findings);
  if (findings.missing.size === before) findings.ranFamily('duplicate');

  marketplaceStatusFindings(ctx, findings, storeSideFound);
  findings.ranFamily('marketplace_status');

  diagnoseShippingDataInvalid(ctx, findings);
  const carriers = ctx.store.settings.erpCarriers.length > 0 ? carriersOf(ctx) : [];
  findings.add(...unmappedCarrierCauses(ctx, carriers));
  findings.ranFamily('shipping_data');

  diagnoseCustomerDataInvalid(ctx, findings);
  findings.ranFamily('customer_data');

  // An order that failed to integrate rarely has an invoice yet: only a key that is there is judged.
  if (ctx.order.invoiceKey?.trim()) {
    diagnoseInvoiceInvalid(ctx, findings);
    findings.ranFamily('invoice');
  }

  diagnosePaymentDataInvalid(ctx, findings);
  const belowMinimum = cartMinimumCause(ctx, findings);
  if (belowMinimum !== BLOCKED) {
    if (belowMinimum) findings.add(belowMinimum);
    findings.ranFamily('payment');
  }

  if (ctx.store.complete.has('skus')) {
    findings.add(...listingAttributeCauses(ctx, findings));
    findings.ranFamily('listing');
  }
}
