import type { OrderView } from '../../../../shared/api/orders';
import type { StorefrontCheck } from '../../../../shared/api/storefront';
import type { DiagnosisOutcome } from '../../../../shared/domain/diagnosis';

type Checked = Extract<StorefrontCheck, { kind: 'checked' }>;

const OUTCOME: Record<Checked['verdict']['outcome'], DiagnosisOutcome> = {
  causes: 'causes',
  all_pass: 'no_cause_found',
  no_postal_code: 'insufficient_data',
  insufficient_data: 'insufficient_data'
};

/**
 * The check seen as the view the cause cards and the wizard read: a cart that was never placed
 * (id 0: no order to reprocess), its message the customer's complaint in words, its diagnosis
 * "store order not created" with the check's causes, and the records the check named.
 */
export function storefrontView(check: Checked, complaint: string, now: string): OrderView {
  const { sku, verdict } = check;
  const price = check.records.prices.find((p) => p.skuId === sku.id);
  return {
    order: {
      id: 0,
      marketplaceOrderId: `SKU ${sku.id}`,
      affiliateId: '',
      connectorName: 'store',
      marketplaceOrderStatus: null,
      paymentValueCents: null,
      priceDivergenceAllowanceRate: null,
      createdAt: null,
      items: [{ skuId: sku.id, quantity: check.quantity, priceCents: price?.basePriceCents ?? 0 }],
      customer: {
        email: null,
        firstName: null,
        lastName: null,
        phone: null,
        document: null,
        documentType: null,
        isCorporate: false,
        corporateDocument: null
      },
      address: null,
      logistics: [],
      isFob: false,
      invoiceKey: null,
      integrationStatus: 'error',
      integrationMessage: complaint,
      processedAt: null,
      attempts: 0,
      vtexOrderId: null,
      incomplete: false
    },
    attempts: [],
    diagnosis: {
      errorType: 'store_order_not_created',
      outcome: OUTCOME[verdict.outcome],
      causes: verdict.causes,
      checked: verdict.checked,
      ...(verdict.missing.length > 0 ? { missing: verdict.missing } : {}),
      confidence: 1,
      ranAt: now,
      asOf: now
    },
    tradePolicyId: check.tradePolicyId,
    tradePolicyName: check.tradePolicyName,
    omsOrderId: null,
    records: check.records,
    simulation: verdict.simulation,
    audit: [],
    state: null,
    resolution: null,
    account: check.account
  };
}
