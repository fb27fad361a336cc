/**
 * The signal table: one module per error type. Listed from the most specific readings to the most
 * general, because a tie goes to the type listed first.
 *
 * Readings that the wording alone cannot settle, and how they are settled:
 *
 * | message | reads as | why |
 * |---|---|---|
 * | "The item {0} has no inventory" | `out_of_stock`; `store_order_not_created` with `{ storefront: true }` | the catalog lists it for marketplace orders and for the store's checkout; only where it was seen tells them apart (any stock reading in the storefront context does the same) |
 * | "Item {0} is unavailable" (these words exactly) | `price_missing`, low confidence | the catalog lists it as checkout's withoutPrice text; VTEX also uses it for stock, so any stock word in the message tips it to `out_of_stock`, and "is not available" / "not found or unavailable" stay `out_of_stock` |
 * | "O item não está mais disponível" | `sla_unavailable` | B2W lists "no longer available" under SLA errors; "itens não estão disponíveis" stays `out_of_stock` |
 * | "Unavailable" as the whole message | `marketplace_status` | the order's status at the marketplace; inside a sentence "unavailable" is stock |
 * | "Is not possible to activate an item without stock", "Estoque inexistente para o warehouse" | `out_of_stock` | inventory-sync messages, filed under stock by the catalog |
 * | "Estoque não atualizado pois o anúncio … finalizado", "quantidade disponível não é modificável" | `listing_locked` | the listing's state is the decisive phrase; the stock words only say what could not be updated |
 * | "Não existe um sku com o Id informado", "ProductId not found" | `listing_rejected` | Magalu and Mercado Livre inventory sync: the listing is missing at the marketplace; "SKU não existe" / "SKU not found" elsewhere is `unknown_sku` |
 * | "Payment total ({0}) differs from store desired value ({1})" | `price_divergence` | the catalog's reading; a payment that is invalid or missing is `payment_data_invalid` |
 * | "OMS Api Error Occurred", "SetStatusToShipped is currently not allowed" | `shipping_data_invalid` | Dafiti's answers to a FOB order the connector cannot ship |
 * | "Feed rejected" | `connector_account` | Amazon refusing the account's inventory feed, not one listing |
 * | "A communication error with event system…", "Unable to communicate with seller {0}" | `platform_error` | only a communication error with the Catalog System is `catalog_access_denied` |
 * | "Seller {0} is inactive" | `marketplace_status` | a seller, not a SKU, is inactive; "User not active" is the connector's account |
 * | "Tempo de limite para retry alcançado" | `marketplace_status` | the retry window is over; "tempo esgotado" (a timeout) is `platform_error` |
 * | "Exception while integrating: Pedido duplicado" | `duplicate_order` | a bare "exception" only supports a platform reading; null references, parse errors and timeouts decide it |
 * | "Oops, we couldn't obtain the SKU price…" | `price_missing` | VTEX's connector messages open with "Oops" whatever the cause, so it is a hint only |
 * | "Communication with the Catalog timed out" | `platform_error` | a timeout or a call cancelled by the caller is the platform's, even with the Catalog |
 * | "Product cannot be saved because sku {0} already exists" | `listing_rejected` | a SKU or product that already exists is a catalog listing error; an order that already exists is `duplicate_order` |
 * | "Payment cannot be authorized", "Transação negada" | `unclassified` | a payment gateway's verdict is the store's checkout (`abstain.ts` answers before any signal); "Seu pagamento não foi autorizado. Falha ao enviar os dados de pagamento" names the data and stays `payment_data_invalid` |
 *
 * The learned model (`model.ts`, trained on `resources/classifier/corpus`) is weighed beside this
 * table: it settles close calls and names a type where no signal reaches `minSignal`.
 */
import type { TypeSignals } from '../signal-spec';
import { carrierNotInErp } from './carrier-not-in-erp';
import { catalogAccessDenied } from './catalog-access-denied';
import { connectorAccount } from './connector-account';
import { customerDataInvalid } from './customer-data-invalid';
import { duplicateOrder } from './duplicate-order';
import { invalidCart } from './invalid-cart';
import { invoiceInvalid } from './invoice-invalid';
import { listingLocked } from './listing-locked';
import { listingRejected } from './listing-rejected';
import { marketplaceStatus } from './marketplace-status';
import { outOfStock } from './out-of-stock';
import { paymentDataInvalid } from './payment-data-invalid';
import { platformError } from './platform-error';
import { priceDivergence } from './price-divergence';
import { priceMissing } from './price-missing';
import { shippingDataInvalid } from './shipping-data-invalid';
import { skuUnavailable } from './sku-unavailable';
import { slaUnavailable } from './sla-unavailable';
import { storeOrderNotCreated } from './store-order-not-created';
import { unknownSku } from './unknown-sku';

export const SIGNAL_TABLE: readonly TypeSignals[] = [
  duplicateOrder,
  carrierNotInErp,
  invoiceInvalid,
  catalogAccessDenied,
  priceDivergence,
  priceMissing,
  listingLocked,
  listingRejected,
  connectorAccount,
  unknownSku,
  skuUnavailable,
  slaUnavailable,
  customerDataInvalid,
  paymentDataInvalid,
  invalidCart,
  shippingDataInvalid,
  marketplaceStatus,
  storeOrderNotCreated,
  platformError,
  outOfStock
];
