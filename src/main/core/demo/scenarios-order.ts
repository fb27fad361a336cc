import { mobilePhone } from './customers';
import { fail, healthyOrder, MARKETPLACE_CHANNELS, order, roleSku, type Kit, type Scenario } from './failure-kit';
import { STORE_ACCOUNT } from './marketplaces';
import type { MessageGroup } from './messages';
import { lineFor, omsRecord, vtexOrderId, type BuiltOrder } from './orders-gen';
import { invalidCpf, nfeKey } from './tax-ids';

const DAY_MS = 86_400_000;

/** dd/mm/yyyy hh:mm:ss in Brasília time, as ERPs log it. */
function erpTimestamp(iso: string): string {
  const local = new Date(Date.parse(iso) - 3 * 3_600_000).toISOString();
  return `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 19)}`;
}

function address(built: BuiltOrder): NonNullable<NonNullable<BuiltOrder['order']['shippingData']>['selectedAddresses']>[number] {
  return built.order.shippingData?.selectedAddresses?.[0] ?? {};
}

/** A failure whose order is otherwise sound: only the message (and the marketplace) tells it. */
function reported(
  key: string,
  errorType: Scenario['errorType'],
  cause: Scenario['causes'][number],
  group: MessageGroup,
  channels: Scenario['channels'],
  weight = 1
): Scenario {
  return {
    key,
    errorType,
    causes: [cause],
    weight,
    channels,
    build: (kit) => ({ order: fail(kit, healthyOrder(kit), group, listingValues(kit)) })
  };
}

/** What listing messages name: the size Netshoes rejected, else Mercado Livre's item id. */
function listingValues(kit: Kit): string[] {
  return kit.mp.affiliateId === 'NSH' ? [kit.rng.pick(['GG', 'XGG', '46', 'Único'])] : [`MLB${kit.rng.digits(10)}`];
}

/** Scenarios whose cause is in the order itself, at the marketplace or in its connector. */
export const ORDER_SCENARIOS: Scenario[] = [
  {
    key: 'shipping-address-incomplete',
    errorType: 'shipping_data_invalid',
    causes: ['address_incomplete'],
    weight: 2,
    channels: MARKETPLACE_CHANNELS,
    build: (kit) => {
      const built = healthyOrder(kit);
      const field = kit.rng.pick(['street', 'city'] as const);
      address(built)[field] = kit.rng.chance(0.5) ? null : '';
      return { order: fail(kit, built, 'addressIncomplete', [field]) };
    }
  },
  {
    key: 'shipping-postal-code-malformed',
    errorType: 'shipping_data_invalid',
    causes: ['postal_code_malformed'],
    weight: 2,
    channels: MARKETPLACE_CHANNELS,
    build: (kit) => {
      const built = healthyOrder(kit);
      const cep = address(built).postalCode ?? '';
      address(built).postalCode = kit.rng.chance(0.5) ? cep.slice(0, 7) : `${cep.slice(0, 5)}-${cep.slice(5, 7)}O`;
      return { order: fail(kit, built, 'postalCodeInvalid', ['postalCode']) };
    }
  },
  {
    key: 'shipping-fob',
    errorType: 'shipping_data_invalid',
    causes: ['fob_not_configured'],
    weight: 1,
    channels: ['DFT'],
    build: (kit) => {
      const built = healthyOrder(kit);
      if (built.order.shippingData) built.order.shippingData.isFob = true;
      return { order: fail(kit, built, 'fob') };
    }
  },
  {
    key: 'carrier-not-in-erp',
    errorType: 'carrier_not_in_erp',
    causes: ['carrier_not_mapped_in_erp'],
    weight: 2,
    channels: MARKETPLACE_CHANNELS,
    build: (kit) => {
      let built = healthyOrder(kit);
      for (
        let tries = 0;
        !built.order.shippingData?.logisticsInfo?.[0].selectedSla?.startsWith('Correios') && tries < 10;
        tries++
      )
        built = healthyOrder(kit);
      // The connector sent the carrier's generic name, which the ERP's table does not hold.
      for (const entry of built.order.shippingData?.logisticsInfo ?? []) {
        entry.deliveryIds = (entry.deliveryIds ?? []).map((d) => ({ ...d, courierId: 'correios', courierName: 'Correios' }));
      }
      return {
        order: fail(kit, built, 'carrier', [
          kit.rng.digits(10),
          erpTimestamp(built.order.integration.processedAt ?? built.order.createdAt)
        ])
      };
    }
  },
  {
    key: 'marketplace-canceled',
    errorType: 'marketplace_status',
    causes: ['order_canceled_at_marketplace'],
    weight: 3,
    channels: MARKETPLACE_CHANNELS,
    build: (kit) => {
      const built = healthyOrder(kit);
      built.order.marketplaceOrderStatus = 'canceled';
      const id = built.order.marketplaceOrderId;
      return { order: fail(kit, built, 'canceled', kit.mp.affiliateId === 'VIA' ? [id, kit.mp.affiliateId] : [id]) };
    }
  },
  {
    key: 'marketplace-status-not-integrable',
    errorType: 'marketplace_status',
    causes: ['order_status_not_integrable'],
    weight: 2,
    channels: ['B2W', 'DFT'],
    build: (kit) => {
      const built = healthyOrder(kit);
      built.order.marketplaceOrderStatus =
        kit.mp.affiliateId === 'DFT' ? 'ready_to_ship' : kit.rng.pick(['shipped', 'delivered']);
      return { order: fail(kit, built, 'statusNotIntegrable') };
    }
  },
  {
    key: 'marketplace-retry-window',
    errorType: 'marketplace_status',
    causes: ['retry_window_expired'],
    weight: 2,
    channels: ['MGZ'],
    build: (kit) => {
      const built = healthyOrder(kit, { createdAtMs: kit.model.exportedAtMs - kit.rng.int(32, 55) * DAY_MS });
      built.order.marketplaceOrderStatus = 'approved';
      return { order: fail(kit, built, 'retryWindow') };
    }
  },
  {
    key: 'marketplace-blocked',
    errorType: 'marketplace_status',
    causes: ['marketplace_blocked_item'],
    weight: 1,
    channels: MARKETPLACE_CHANNELS,
    build: (kit) => {
      const built = healthyOrder(kit);
      built.order.marketplaceOrderStatus = 'approved';
      return { order: fail(kit, built, 'blocked', [STORE_ACCOUNT]) };
    }
  },
  {
    key: 'customer-document-invalid',
    errorType: 'customer_data_invalid',
    causes: ['customer_document_invalid'],
    weight: 2,
    channels: MARKETPLACE_CHANNELS,
    build: (kit) => {
      const built = healthyOrder(kit);
      built.order.clientProfileData = {
        ...built.order.clientProfileData,
        document: invalidCpf(kit.rng),
        documentType: 'cpf',
        isCorporate: false,
        corporateDocument: null
      };
      return { order: fail(kit, built, 'customerDocument', ['document']) };
    }
  },
  {
    key: 'customer-phone-invalid',
    errorType: 'customer_data_invalid',
    causes: ['customer_phone_invalid'],
    weight: 1,
    channels: ['MGZ'],
    build: (kit) => {
      const built = healthyOrder(kit);
      const phone = mobilePhone(kit.rng, '11');
      built.order.clientProfileData = { ...built.order.clientProfileData, phone: phone.slice(0, 12) };
      return { order: fail(kit, built, 'customerPhone') };
    }
  },
  {
    key: 'invoice-key-invalid',
    errorType: 'invoice_invalid',
    causes: ['invoice_key_invalid'],
    weight: 1,
    channels: ['B2W'],
    build: (kit) => {
      const built = healthyOrder(kit);
      const yearMonth = built.order.createdAt.slice(2, 4) + built.order.createdAt.slice(5, 7);
      built.order.invoiceKey = nfeKey(kit.rng, kit.model.storeCnpj, yearMonth, false);
      return { order: fail(kit, built, 'invoice') };
    }
  },
  {
    key: 'payment-missing',
    errorType: 'payment_data_invalid',
    causes: ['payment_value_missing'],
    weight: 1,
    channels: MARKETPLACE_CHANNELS,
    build: (kit) => {
      const built = healthyOrder(kit);
      built.order.marketplacePaymentValue = kit.rng.chance(0.5) ? null : 0;
      return { order: fail(kit, built, 'payment') };
    }
  },
  {
    key: 'payment-differs',
    errorType: 'payment_data_invalid',
    causes: ['payment_value_differs_from_items'],
    weight: 1,
    channels: MARKETPLACE_CHANNELS,
    build: (kit) => {
      const built = healthyOrder(kit);
      // A marketplace coupon left out of the payload: paid is less than items + freight.
      built.order.marketplacePaymentValue = built.itemsCents + built.freightCents - kit.rng.int(5, 30) * 100;
      return { order: fail(kit, built, 'payment') };
    }
  },
  {
    key: 'cart-below-minimum',
    errorType: 'invalid_cart',
    causes: ['cart_below_minimum'],
    weight: 1,
    channels: ['CRF'],
    build: (kit) => {
      const minimum = kit.mp.minimumValueCents ?? 0;
      for (let tries = 0; tries < 50; tries++) {
        const sku = roleSku(kit, 'healthy');
        if (sku && sku.listedCents < minimum) return { order: fail(kit, order(kit, [lineFor(sku)]), 'minimumCart', ['2']) };
      }
      return null;
    }
  },
  {
    key: 'duplicate-order',
    errorType: 'duplicate_order',
    causes: ['order_already_in_oms'],
    weight: 2,
    channels: MARKETPLACE_CHANNELS,
    build: (kit) => {
      const built = healthyOrder(kit);
      const oms = omsRecord(
        built.order,
        vtexOrderId(kit.serial),
        kit.mp.tradePolicyId,
        kit.rng.pick(['ready-for-handling', 'handling', 'invoiced'])
      );
      return { order: fail(kit, built, 'duplicate', [built.order.marketplaceOrderId, kit.mp.affiliateId]), oms: [oms] };
    }
  },
  reported(
    'connector-credentials',
    'connector_account',
    'connector_credentials_invalid',
    'connector',
    ['MLB', 'AMZ', 'VIA', 'CRF'],
    2
  ),
  {
    key: 'listing-gtin-missing',
    errorType: 'listing_rejected',
    causes: ['listing_attribute_missing'],
    weight: 1,
    channels: ['MLB'],
    build: (kit) => {
      const sku = roleSku(kit, 'noEan');
      return sku && { order: fail(kit, order(kit, [lineFor(sku)]), 'gtinMissing'), skuId: sku.id };
    }
  },
  {
    key: 'listing-weight-missing',
    errorType: 'listing_rejected',
    causes: ['listing_attribute_missing'],
    weight: 1,
    channels: ['NSH'],
    build: (kit) => {
      const sku = roleSku(kit, 'noWeight');
      return sku && { order: fail(kit, order(kit, [lineFor(sku)]), 'weightMissing'), skuId: sku.id };
    }
  },
  reported('listing-mapping', 'listing_rejected', 'listing_attribute_missing', 'mappingRejected', ['MLB', 'NSH', 'DFT']),
  reported('listing-locked', 'listing_locked', 'marketplace_listing_locked', 'listingLocked', ['MLB']),
  reported('platform-error', 'platform_error', 'transient_platform_error', 'platform', MARKETPLACE_CHANNELS, 2),
  {
    key: 'unclassified',
    errorType: 'unclassified',
    causes: [],
    weight: 1,
    channels: MARKETPLACE_CHANNELS,
    build: (kit) => ({ order: fail(kit, healthyOrder(kit), 'unclassified') })
  }
];
