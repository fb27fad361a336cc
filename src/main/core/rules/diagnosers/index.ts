import type { ErrorType } from '../../../../shared/domain/error-types';
import { diagnoseCarrierNotInErp } from './carrier-not-in-erp';
import { diagnoseCatalogAccessDenied } from './catalog-access-denied';
import { diagnoseConnectorAccount } from './connector-account';
import { diagnoseCustomerDataInvalid } from './customer-data-invalid';
import { diagnoseDuplicateOrder } from './duplicate-order';
import { diagnoseInvalidCart } from './invalid-cart';
import { diagnoseInvoiceInvalid } from './invoice-invalid';
import { diagnoseListingLocked } from './listing-locked';
import { diagnoseListingRejected } from './listing-rejected';
import { diagnoseMarketplaceStatus } from './marketplace-status';
import { diagnoseOutOfStock } from './out-of-stock';
import { diagnosePaymentDataInvalid } from './payment-data-invalid';
import { diagnosePlatformError } from './platform-error';
import { diagnosePriceDivergence } from './price-divergence';
import { diagnosePriceMissing } from './price-missing';
import { diagnoseShippingDataInvalid } from './shipping-data-invalid';
import { diagnoseSkuUnavailable } from './sku-unavailable';
import { diagnoseSlaUnavailable } from './sla-unavailable';
import { diagnoseStoreOrderNotCreated } from './store-order-not-created';
import type { Diagnoser } from './types';
import { diagnoseUnclassified } from './unclassified';
import { diagnoseUnknownSku } from './unknown-sku';

/** One diagnoser per error type. */
export const DIAGNOSERS: Record<ErrorType, Diagnoser> = {
  sla_unavailable: diagnoseSlaUnavailable,
  out_of_stock: diagnoseOutOfStock,
  sku_unavailable: diagnoseSkuUnavailable,
  unknown_sku: diagnoseUnknownSku,
  catalog_access_denied: diagnoseCatalogAccessDenied,
  price_divergence: diagnosePriceDivergence,
  price_missing: diagnosePriceMissing,
  shipping_data_invalid: diagnoseShippingDataInvalid,
  carrier_not_in_erp: diagnoseCarrierNotInErp,
  marketplace_status: diagnoseMarketplaceStatus,
  customer_data_invalid: diagnoseCustomerDataInvalid,
  invoice_invalid: diagnoseInvoiceInvalid,
  payment_data_invalid: diagnosePaymentDataInvalid,
  invalid_cart: diagnoseInvalidCart,
  duplicate_order: diagnoseDuplicateOrder,
  connector_account: diagnoseConnectorAccount,
  listing_rejected: diagnoseListingRejected,
  listing_locked: diagnoseListingLocked,
  platform_error: diagnosePlatformError,
  store_order_not_created: diagnoseStoreOrderNotCreated,
  unclassified: diagnoseUnclassified
};

export type { Diagnoser } from './types';
