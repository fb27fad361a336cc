import type { DomainTexts } from './types';

/** Domain texts (en): error types, causes, fixes, verdict templates; VTEX Admin vocabulary. */
export const domainEn: DomainTexts = {
  errorTypes: {
    sla_unavailable: {
      title: 'SLA unavailable',
      short: 'SLA',
      explanation:
        "No SLA could deliver the order: VTEX simulated shipping for the items, the trade policy of the marketplace and the customer's postal code, and found no shipping option. The usual causes are the catalog (inactive SKU, not in the trade policy), stock that the trade policy cannot reach, a dock not linked to the trade policy, or a postal code no shipping policy covers."
    },
    out_of_stock: {
      title: 'Out of stock',
      short: 'Stock',
      explanation:
        "VTEX could not reserve the ordered quantity: the warehouses that serve the marketplace's trade policy do not have enough available stock (total minus reserved)."
    },
    sku_unavailable: {
      title: 'SKU unavailable',
      short: 'SKU',
      explanation:
        "The SKU cannot be sold through the marketplace: it or its product is inactive, or the product is not in the marketplace's trade policy or in the collection the trade policy is restricted to."
    },
    unknown_sku: {
      title: 'Unknown SKU',
      short: 'SKU?',
      explanation:
        'The marketplace sent an item id that is not a SKU of this store: not a number, an id that does not exist, or a product created manually at the marketplace. The mapping must be corrected where the listing lives.'
    },
    catalog_access_denied: {
      title: 'Catalog access denied',
      short: 'Catalog',
      explanation:
        "The catalog refused the marketplace's seller access to the sales channel: the trade policy is not bound to the store for this seller."
    },
    price_divergence: {
      title: 'Price divergence',
      short: 'Price',
      explanation:
        "The amount paid at the marketplace differs from what VTEX expects (items at their valid price plus freight), and the store's Price Divergence rule does not authorize that difference."
    },
    price_missing: {
      title: 'Price missing',
      short: 'Price',
      explanation:
        "A SKU has no valid price for the marketplace's trade policy: no base price and no fixed price, or the only fixed price has expired."
    },
    shipping_data_invalid: {
      title: 'Shipping data invalid',
      short: 'Address',
      explanation:
        "The order's shipping data is incomplete or invalid (address fields, postal code), or it is a FOB order the connector has no freight configured for."
    },
    carrier_not_in_erp: {
      title: 'Carrier not in the ERP',
      short: 'ERP',
      explanation: "The store's ERP does not know the carrier chosen for the order, so it rejected the order."
    },
    marketplace_status: {
      title: 'Marketplace status',
      short: 'Status',
      explanation:
        'The order is in a status the connector does not integrate: canceled, past the status it accepts, beyond the retry window, or blocked at the marketplace.'
    },
    customer_data_invalid: {
      title: 'Customer data invalid',
      short: 'Customer',
      explanation: "The customer's document (CPF/CNPJ) or phone is empty or invalid."
    },
    invoice_invalid: {
      title: 'Invoice key invalid',
      short: 'Invoice',
      explanation: 'The NF-e access key sent for the order is not 44 digits or its check digit is wrong.'
    },
    payment_data_invalid: {
      title: 'Payment data invalid',
      short: 'Payment',
      explanation: 'The marketplace payment value is missing or does not match the items plus freight.'
    },
    invalid_cart: {
      title: 'Invalid cart',
      short: 'Cart',
      explanation: 'The cart is invalid: an item is not in the catalog, or the minimum value or quantity was not reached.'
    },
    duplicate_order: {
      title: 'Duplicate order',
      short: 'Duplicate',
      explanation: "The order already exists in VTEX's OMS. Do not reprocess it: mark it resolved."
    },
    connector_account: {
      title: 'Connector account',
      short: 'Account',
      explanation: 'The marketplace account or token used by the connector is expired, invalid or not eligible.'
    },
    listing_rejected: {
      title: 'Listing rejected',
      short: 'Listing',
      explanation:
        "The marketplace rejected the SKU's listing: a required attribute is missing (GTIN, description, weight, brand, category, mapping value)."
    },
    listing_locked: {
      title: 'Listing locked',
      short: 'Locked',
      explanation:
        'The listing cannot be changed at the marketplace right now: closed, under review, or fulfilled by the marketplace.'
    },
    platform_error: {
      title: 'Platform error',
      short: 'Platform',
      explanation:
        'A VTEX service failed or timed out while processing the order. Nothing in the store needs fixing: reprocess later.'
    },
    store_order_not_created: {
      title: 'Store order not created',
      short: 'Store',
      explanation:
        'A customer could not buy in the store itself: an item had no inventory, or an XML feed hid the product when out of stock.'
    },
    unclassified: {
      title: 'Unclassified',
      short: 'Other',
      explanation:
        "The message matches no known error. The order's data, the raw message and the escalation pack are the way forward."
    }
  },
  marketplaceNotes: {
    marketplace_status: {
      MGZ: 'Magazine Luiza only accepts a retry within 30 days of the order.',
      DFT: 'Dafiti does not integrate orders that have left the Pending status.'
    },
    shipping_data_invalid: { DFT: 'Dafiti FOB and Milk Run orders need the FOB freight configured in the connector.' },
    connector_account: { MLB: 'Mercado Livre tokens expire: reconnect the account in the connector to renew the authorization.' },
    invoice_invalid: { B2W: 'Americanas checks the NF-e key: 44 digits with a valid check digit.' }
  },
  causes: {
    sku_not_found: {
      title: 'SKU not found',
      fix: 'Check the id at the marketplace; search the catalog by RefId or EAN',
      verdict: 'SKU {sku} is not in the catalog'
    },
    sku_id_not_numeric: {
      title: 'SKU id not numeric',
      fix: 'Correct the SKU mapping at the marketplace',
      verdict: 'The marketplace sent “{sku}” as the SKU id, which is not a number'
    },
    sku_ref_id_matches_other_sku: {
      title: 'RefId sent as SKU id',
      fix: 'Correct the mapping at the marketplace: send the SKU id',
      verdict: '“{sent}” is the RefId of SKU {sku}, not a SKU id'
    },
    sku_inactive: {
      title: 'SKU inactive',
      fix: 'Activate the SKU',
      verdict: 'SKU {sku} is inactive',
      adminSteps: 'Catalog > Products and SKUs: edit the SKU and check Active'
    },
    product_inactive: {
      title: 'Product inactive',
      fix: 'Activate the product',
      verdict: 'Product {product} of SKU {sku} is inactive',
      adminSteps: 'Catalog > Products and SKUs: edit the product and check Active'
    },
    sku_not_in_trade_policy: {
      title: 'Not in the trade policy',
      fix: 'Associate the product with the trade policy',
      verdict: 'SKU {sku} is not in trade policy {tp}',
      adminSteps: "Catalog > Products and SKUs: edit the product, Trade policies, tick the marketplace's"
    },
    sku_not_in_collection: {
      title: 'Not in the collection',
      fix: 'Add the product to the collection',
      verdict: 'SKU {sku} is not in collection {collection}, the only one trade policy {tp} sells'
    },
    insufficient_stock: {
      title: 'Insufficient stock',
      fix: 'Update the inventory count, or set infinite inventory',
      verdict: 'SKU {sku}: {ordered} ordered, {available} available in warehouses serving trade policy {tp} ({warehouses})',
      adminSteps: "Shipping > Inventory management: find the SKU and update the warehouse's quantity"
    },
    negative_inventory: {
      title: 'Negative inventory',
      fix: 'Correct the count; review stuck reservations',
      verdict: 'SKU {sku} has more reserved than in stock ({warehouses})',
      adminSteps: 'Shipping > Inventory management: correct the quantity of the warehouse'
    },
    stock_outside_trade_policy: {
      title: 'Stock outside the trade policy',
      fix: 'Activate or link the dock that keeps the stock from the trade policy, or move the stock',
      verdict: 'SKU {sku} has stock only in warehouses whose docks do not serve trade policy {tp} ({warehouses})',
      adminSteps: 'Shipping > Loading docks: edit the dock, activate it or add the trade policy'
    },
    no_dock_for_trade_policy: {
      title: 'No dock for the trade policy',
      fix: 'Link a dock to the trade policy',
      verdict: 'No active dock serves trade policy {tp}',
      adminSteps: 'Shipping > Loading docks: edit a dock and add the trade policy'
    },
    postal_code_not_covered: {
      title: 'Postal code not covered',
      fix: "Extend a shipping policy's freight values to the postal code",
      verdict: "CEP {cep} is outside every active shipping policy's freight ranges for trade policy {tp}",
      adminSteps: "Shipping > Shipping policies: edit the policy's freight table and add the CEP range"
    },
    package_exceeds_carrier_limits: {
      title: 'Package over the carrier limits',
      fix: "Adjust the shipping policy's limits or the SKU's dimensions",
      verdict: 'The package ({package}) to CEP {cep} is outside the weight or size limits of every covering policy',
      adminSteps: 'Shipping > Shipping policies: raise the maximum dimensions or the weight range'
    },
    selected_sla_not_offered: {
      title: 'Selected SLA not offered',
      fix: 'Map the SLA name at the marketplace or connector',
      verdict: 'The order chose SLA “{selected}”, but only {offered} can deliver SKU {sku}'
    },
    price_divergence_rule_missing: {
      title: 'No divergence rule',
      fix: 'Configure a Price Divergence rule, or approve in OMS',
      verdict: 'Paid {paid} vs expected {expected} ({percent}%), and no Price Divergence rule is configured',
      adminSteps: 'Store Settings > Orders > Order authorization: Price Divergence, add a rule'
    },
    price_divergence_over_allowance: {
      title: 'Divergence over the rule',
      fix: 'Widen the rule, or fix the price and reprocess',
      verdict: 'Paid {paid} vs expected {expected}: {percent}% divergence, outside every authorize range ({ranges})',
      adminSteps: 'Store Settings > Orders > Order authorization: Price Divergence, edit the ranges'
    },
    price_divergence_awaiting_approval: {
      title: 'Awaiting approval',
      fix: 'Approve the order in OMS',
      verdict: 'A {percent}% divergence is waiting for manual authorization{order}',
      adminSteps: 'Orders > All orders: open the order and Approve order'
    },
    item_price_differs: {
      title: 'Item price differs',
      fix: 'Fix the price for the trade policy, or accept it',
      verdict: 'SKU {sku} was sold at {sent}; its valid price is {expected}'
    },
    freight_price_differs: {
      title: 'Freight differs',
      fix: 'Check the freight the marketplace charged',
      verdict: 'Freight paid {sent}; the simulated SLA costs {expected}'
    },
    price_missing_for_trade_policy: {
      title: 'No price for the trade policy',
      fix: 'Set a price for the trade policy',
      verdict: 'SKU {sku} has no base price and no fixed price for trade policy {tp}',
      adminSteps: "Prices > Price list: set the SKU's price"
    },
    price_expired_for_trade_policy: {
      title: 'Price expired',
      fix: 'Renew the price',
      verdict: 'The only price of SKU {sku} for trade policy {tp} ended on {date}',
      adminSteps: "Prices > Price list: extend the fixed price's dates"
    },
    address_incomplete: {
      title: 'Address incomplete',
      fix: 'Correct the address at the marketplace',
      verdict: 'The address lacks: {fields}'
    },
    postal_code_malformed: {
      title: 'Postal code malformed',
      fix: 'Correct the postal code at the marketplace',
      verdict: '“{cep}” is not a valid postal code for {country}'
    },
    fob_not_configured: {
      title: 'FOB not configured',
      fix: 'Configure FOB / Milk Run freight at the marketplace',
      verdict: 'A FOB order from {connector}, but the connector has no FOB freight'
    },
    carrier_not_mapped_in_erp: {
      title: 'Carrier not in the ERP',
      fix: 'Register the carrier in the ERP',
      verdict: 'The ERP does not know carrier “{courier}” (it knows {known})'
    },
    order_canceled_at_marketplace: {
      title: 'Canceled at the marketplace',
      fix: 'None: a canceled order cannot be recreated',
      verdict: 'The order is canceled ({status}) and cannot be recreated'
    },
    order_status_not_integrable: {
      title: 'Status not integrable',
      fix: 'None at VTEX: contact the marketplace',
      verdict: 'Status “{status}” is past what the connector integrates'
    },
    retry_window_expired: {
      title: 'Retry window over',
      fix: 'None: the marketplace no longer accepts it',
      verdict: 'The order is {age} days old; {marketplace} retries only within {window} days'
    },
    marketplace_blocked_item: {
      title: 'Blocked at the marketplace',
      fix: 'Contact the marketplace',
      verdict: 'The store has everything available; the marketplace blocked {skus}'
    },
    customer_document_invalid: {
      title: 'Customer document invalid',
      fix: 'Correct the document at the marketplace',
      verdict: "The customer's document {document} is invalid ({reason})"
    },
    customer_phone_invalid: {
      title: 'Customer phone invalid',
      fix: 'Correct the phone at the marketplace',
      verdict: "The customer's phone {phone} is invalid ({reason})"
    },
    invoice_key_invalid: {
      title: 'Invoice key invalid',
      fix: 'Correct the invoice',
      verdict: 'NF-e key {key} is invalid ({reason})'
    },
    payment_value_missing: {
      title: 'Payment value missing',
      fix: 'Fix the connector payload',
      verdict: 'The marketplace sent no payment value'
    },
    payment_value_differs_from_items: {
      title: 'Payment differs from items',
      fix: 'Fix the connector payload',
      verdict: 'Paid {paid}, but items plus freight come to {expected}'
    },
    cart_below_minimum: {
      title: 'Cart below the minimum',
      fix: "None: the marketplace's minimum was not reached",
      verdict: "The cart is {actual}; the affiliate's minimum is {minimum}"
    },
    order_already_in_oms: {
      title: 'Already in OMS',
      fix: 'Mark resolved; never reprocess',
      verdict: 'OMS already holds this order as {order} — do not reprocess'
    },
    trade_policy_not_bound_to_store: {
      title: 'Trade policy not bound',
      fix: 'Bind the trade policy to the store in the Admin',
      verdict: 'Seller {affiliate} is not authorized for trade policy {tp}',
      adminSteps: 'Store Settings > Channels > Trade policies: bind the trade policy to the seller'
    },
    connector_credentials_invalid: {
      title: 'Connector credentials',
      fix: 'Renew the credentials at the connector',
      verdict: 'The {connector} account or token used by the connector is not valid'
    },
    listing_attribute_missing: {
      title: 'Listing attribute missing',
      fix: 'Fill it in the catalog or the mapping',
      verdict: 'SKU {sku} lacks {attributes}'
    },
    marketplace_listing_locked: {
      title: 'Listing locked',
      fix: 'Wait, or act at the marketplace',
      verdict: 'The listing cannot be changed at the marketplace ({status})'
    },
    transient_platform_error: {
      title: 'Transient VTEX error',
      fix: 'Reprocess later',
      verdict: 'A VTEX service failed after {attempts} attempts; nothing in the store is wrong'
    },
    out_of_stock_not_sellable: {
      title: 'Not sellable out of stock',
      fix: 'Update the inventory, or enable infinite inventory',
      verdict: 'SKU {sku} has no stock, no infinite inventory, and is not set to show or sell when out of stock',
      adminSteps: 'Shipping > Inventory management: update the quantity or tick infinite inventory'
    },
    xml_hides_out_of_stock: {
      title: 'XML hides out-of-stock SKUs',
      fix: 'Enable “show out-of-stock SKUs” in the XML integration',
      verdict: 'XML integration {integrations} hides SKU {sku} while it is out of stock'
    }
  },
  outcomes: {
    no_cause_found: {
      title: 'No cause found',
      explanation: 'Every check passes against the mirror: the order should integrate now. Reprocess it.'
    },
    unexplained: {
      title: 'Unexplained',
      explanation:
        'The message was not recognised and no check found anything wrong. This is not an all-clear: do not reprocess on this basis — escalate it with what was checked.'
    },
    insufficient_data: {
      title: 'Insufficient data',
      explanation: 'The mirror lacks what a check needs: {missing}. Import those files or sync the account.'
    }
  },
  fixKinds: {
    update_inventory: 'Update the inventory',
    set_infinite_inventory: 'Set infinite inventory',
    activate_sku: 'Activate the SKU',
    activate_product: 'Activate the product',
    associate_trade_policy: 'Associate with the trade policy',
    add_to_collection: 'Add to the collection',
    link_dock_trade_policy: 'Link the dock to the trade policy',
    activate_dock: 'Activate the dock',
    activate_shipping_policy: 'Activate the shipping policy',
    set_price: 'Set a price',
    renew_price: 'Renew the price',
    add_divergence_rule: 'Add a divergence rule range',
    register_erp_carrier: 'Register the carrier in the ERP',
    xml_show_out_of_stock: 'Show out-of-stock SKUs in the XML',
    approve_in_oms: 'Approve in OMS',
    act_at_marketplace: 'Fix at the marketplace',
    act_in_admin: 'Fix in the VTEX Admin',
    reprocess_later: 'Reprocess later',
    none: 'Nothing to fix'
  },
  availability: {
    available: 'available',
    withoutStock: 'without stock',
    cannotBeDelivered: 'cannot be delivered',
    unknownSku: 'unknown SKU',
    inactive: 'not sellable'
  },
  ruledOut: {
    inactive: 'inactive',
    not_linked_to_trade_policy: 'not linked to the trade policy',
    no_stock: 'no stock',
    postal_code_not_covered: 'postal code not covered',
    weight_over_limit: 'weight over the limit',
    weight_under_limit: 'weight under the minimum',
    size_over_limit: 'size over the limit',
    not_in_mirror: 'not in the mirror'
  },
  inactiveReasons: {
    sku_inactive: 'SKU inactive',
    product_inactive: 'product inactive',
    not_in_trade_policy: 'not in the trade policy',
    not_in_collection: 'not in the collection'
  },
  wizardSteps: {
    whatHappened: 'What happened',
    evidence: 'Evidence',
    fix: 'Fix',
    verify: 'Verify',
    reprocess: 'Reprocess'
  },
  reasons: {
    empty: 'empty',
    length: 'wrong length',
    check_digits: 'wrong check digits',
    check_digit: 'wrong check digit',
    repeated_digits: 'all digits repeated',
    not_digits: 'not only digits',
    area_code: 'invalid area code'
  },
  checkFamilies: {
    catalog: 'catalog (SKU, product)',
    trade_policy: 'trade policy',
    stock: 'stock and its reach',
    delivery: 'SLA, CEP and package',
    price: 'price validity',
    price_divergence: 'price divergence',
    shipping_data: 'shipping data',
    customer_data: 'customer data',
    invoice: 'invoice',
    payment: 'payment',
    marketplace_status: 'marketplace status and retry window',
    duplicate: 'duplicates in OMS',
    connector: 'connector account',
    listing: 'listing',
    storefront: 'store order'
  },
  blockers: {
    dock_inactive: {
      label: 'inactive dock {dock}',
      verdict: 'Dock {dock} is inactive: activating it frees {units} of SKU {sku}'
    },
    dock_not_linked: {
      label: 'dock {dock} not linked to the trade policy',
      verdict: 'Dock {dock} is not linked to trade policy {tp}: linking it frees {units} of SKU {sku}'
    },
    warehouse_inactive: {
      label: 'inactive warehouse',
      verdict: 'Warehouse {warehouse} is inactive: activating it frees {units} of SKU {sku}'
    },
    warehouse_not_on_dock: {
      label: 'on no dock',
      verdict: 'Warehouse {warehouse} is on no dock: adding it to a dock of trade policy {tp} frees {units} of SKU {sku}'
    }
  },
  units: { one: '{n} unit', other: '{n} units' },
  inferred: {
    sentence: '{because}; the data shows {verdict} → {type}',
    unrecognised: 'Message not recognised',
    uncertain: 'Message not clearly recognised ({confidence} confidence)',
    checksPassed: "The message points to {said}, but that type's checks pass"
  }
};
