import type { Database } from 'better-sqlite3';

/**
 * The mirror of one store: marketplace orders with every integration attempt, OMS orders, catalog,
 * inventory, prices, logistics, store settings and the audit log. Dates are ISO 8601 UTC strings
 * (they sort as text); money is integer cents; trade policy ids are normalised to strings.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE mirror_meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );

    CREATE TABLE marketplace_orders (
      id INTEGER PRIMARY KEY,
      marketplace_order_id TEXT NOT NULL,
      affiliate_id TEXT NOT NULL,
      connector_name TEXT,
      marketplace_order_status TEXT,
      payment_value_cents INTEGER,
      price_divergence_allowance_rate REAL,
      created_at TEXT,
      customer_email TEXT,
      customer_first_name TEXT,
      customer_last_name TEXT,
      customer_phone TEXT,
      customer_document TEXT,
      customer_document_type TEXT,
      customer_is_corporate INTEGER NOT NULL DEFAULT 0,
      customer_corporate_document TEXT,
      is_fob INTEGER NOT NULL DEFAULT 0,
      invoice_key TEXT,
      integration_status TEXT NOT NULL CHECK (integration_status IN ('error', 'success', 'pending')),
      integration_message TEXT,
      processed_at TEXT,
      attempts INTEGER NOT NULL DEFAULT 1,
      vtex_order_id TEXT,
      incomplete INTEGER NOT NULL DEFAULT 0,
      UNIQUE (affiliate_id, marketplace_order_id)
    );
    CREATE INDEX marketplace_orders_status_created ON marketplace_orders (integration_status, created_at);
    CREATE INDEX marketplace_orders_affiliate_created ON marketplace_orders (affiliate_id, created_at);
    CREATE INDEX marketplace_orders_created ON marketplace_orders (created_at);
    CREATE INDEX marketplace_orders_status_value ON marketplace_orders (integration_status, payment_value_cents);
    CREATE INDEX marketplace_orders_marketplace_order_id ON marketplace_orders (marketplace_order_id);

    CREATE TABLE order_items (
      order_id INTEGER NOT NULL REFERENCES marketplace_orders (id) ON DELETE CASCADE,
      item_index INTEGER NOT NULL,
      sku_id TEXT NOT NULL,
      quantity INTEGER NOT NULL,
      price_cents INTEGER NOT NULL,
      PRIMARY KEY (order_id, item_index)
    ) WITHOUT ROWID;
    CREATE INDEX order_items_sku ON order_items (sku_id);

    CREATE TABLE order_addresses (
      order_id INTEGER PRIMARY KEY REFERENCES marketplace_orders (id) ON DELETE CASCADE,
      address_type TEXT,
      receiver_name TEXT,
      postal_code TEXT,
      city TEXT,
      state TEXT,
      country TEXT,
      street TEXT,
      number TEXT,
      complement TEXT,
      neighborhood TEXT,
      longitude REAL,
      latitude REAL
    );

    CREATE TABLE order_logistics (
      order_id INTEGER NOT NULL REFERENCES marketplace_orders (id) ON DELETE CASCADE,
      item_index INTEGER NOT NULL,
      selected_sla TEXT,
      delivery_channel TEXT,
      price_cents INTEGER NOT NULL DEFAULT 0,
      lock_ttl TEXT,
      shipping_estimate TEXT,
      courier_name TEXT,
      warehouse_id TEXT,
      dock_id TEXT,
      PRIMARY KEY (order_id, item_index)
    ) WITHOUT ROWID;

    CREATE TABLE integration_attempts (
      order_id INTEGER NOT NULL REFERENCES marketplace_orders (id) ON DELETE CASCADE,
      attempt INTEGER NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('error', 'success', 'pending')),
      message TEXT,
      processed_at TEXT,
      source TEXT NOT NULL CHECK (source IN ('import', 'admin-export', 'reprocess')),
      vtex_order_id TEXT,
      PRIMARY KEY (order_id, attempt)
    ) WITHOUT ROWID;

    CREATE TABLE oms_orders (
      order_id TEXT PRIMARY KEY,
      marketplace_order_id TEXT NOT NULL,
      affiliate_id TEXT,
      sales_channel TEXT,
      status TEXT NOT NULL,
      creation_date TEXT NOT NULL,
      value_cents INTEGER NOT NULL,
      authorization_status TEXT,
      items_json TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX oms_orders_marketplace_order ON oms_orders (marketplace_order_id, affiliate_id);

    CREATE TABLE affiliates (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      sales_channel TEXT NOT NULL,
      follow_up_email TEXT,
      minimum_value_cents INTEGER
    );

    CREATE TABLE trade_policies (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      is_active INTEGER NOT NULL,
      product_cluster_id TEXT,
      country_code TEXT,
      currency_code TEXT
    );

    CREATE TABLE skus (
      id TEXT PRIMARY KEY,
      product_id TEXT NOT NULL,
      name TEXT NOT NULL,
      is_active INTEGER NOT NULL,
      is_product_active INTEGER NOT NULL,
      product_is_visible INTEGER NOT NULL DEFAULT 1,
      show_if_not_available INTEGER NOT NULL DEFAULT 0,
      ref_id TEXT,
      ean TEXT,
      brand_name TEXT,
      has_description INTEGER,
      weight_grams REAL,
      height_cm REAL,
      width_cm REAL,
      length_cm REAL
    );
    CREATE INDEX skus_ref_id ON skus (ref_id);
    CREATE INDEX skus_product ON skus (product_id);

    CREATE TABLE sku_trade_policies (
      sku_id TEXT NOT NULL REFERENCES skus (id) ON DELETE CASCADE,
      trade_policy_id TEXT NOT NULL,
      PRIMARY KEY (sku_id, trade_policy_id)
    ) WITHOUT ROWID;

    CREATE TABLE sku_collections (
      sku_id TEXT NOT NULL REFERENCES skus (id) ON DELETE CASCADE,
      collection_id TEXT NOT NULL,
      collection_name TEXT NOT NULL,
      PRIMARY KEY (sku_id, collection_id)
    ) WITHOUT ROWID;

    CREATE TABLE inventory (
      sku_id TEXT NOT NULL,
      warehouse_id TEXT NOT NULL,
      warehouse_name TEXT,
      total_quantity INTEGER NOT NULL,
      reserved_quantity INTEGER NOT NULL,
      has_unlimited_quantity INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (sku_id, warehouse_id)
    ) WITHOUT ROWID;

    CREATE TABLE prices (
      sku_id TEXT PRIMARY KEY,
      base_price_cents INTEGER,
      list_price_cents INTEGER
    );

    CREATE TABLE fixed_prices (
      sku_id TEXT NOT NULL REFERENCES prices (sku_id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      trade_policy_id TEXT NOT NULL,
      value_cents INTEGER NOT NULL,
      list_price_cents INTEGER,
      min_quantity INTEGER NOT NULL DEFAULT 1,
      date_from TEXT,
      date_to TEXT,
      PRIMARY KEY (sku_id, position)
    ) WITHOUT ROWID;

    CREATE TABLE docks (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      is_active INTEGER NOT NULL,
      priority INTEGER,
      dock_time_fake TEXT
    );

    CREATE TABLE dock_trade_policies (
      dock_id TEXT NOT NULL REFERENCES docks (id) ON DELETE CASCADE,
      trade_policy_id TEXT NOT NULL,
      PRIMARY KEY (dock_id, trade_policy_id)
    ) WITHOUT ROWID;

    CREATE TABLE dock_shipping_policies (
      dock_id TEXT NOT NULL REFERENCES docks (id) ON DELETE CASCADE,
      shipping_policy_id TEXT NOT NULL,
      PRIMARY KEY (dock_id, shipping_policy_id)
    ) WITHOUT ROWID;

    CREATE TABLE warehouses (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      is_active INTEGER NOT NULL DEFAULT 1
    );

    CREATE TABLE warehouse_docks (
      warehouse_id TEXT NOT NULL REFERENCES warehouses (id) ON DELETE CASCADE,
      dock_id TEXT NOT NULL,
      time TEXT,
      cost_cents INTEGER,
      PRIMARY KEY (warehouse_id, dock_id)
    ) WITHOUT ROWID;

    CREATE TABLE shipping_policies (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      shipping_method TEXT,
      is_active INTEGER NOT NULL,
      delivery_channel TEXT,
      largest_measure REAL,
      max_measure_sum REAL,
      minimum_value_cents INTEGER,
      maximum_value_cents INTEGER,
      carrier_name TEXT
    );

    CREATE TABLE freight_values (
      shipping_policy_id TEXT NOT NULL,
      zip_code_start TEXT NOT NULL,
      zip_code_end TEXT NOT NULL,
      weight_start REAL NOT NULL,
      weight_end REAL NOT NULL,
      cost_cents INTEGER NOT NULL,
      time_cost TEXT,
      country TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (shipping_policy_id, country, zip_code_start, zip_code_end, weight_start, weight_end)
    ) WITHOUT ROWID;

    CREATE TABLE price_divergence_rules (
      position INTEGER PRIMARY KEY,
      from_percent REAL NOT NULL,
      to_percent REAL NOT NULL,
      action TEXT NOT NULL CHECK (action IN ('authorize', 'deny', 'approval'))
    );

    CREATE TABLE erp_carriers (
      name TEXT PRIMARY KEY
    );

    CREATE TABLE xml_integrations (
      name TEXT PRIMARY KEY,
      sales_channel TEXT NOT NULL,
      show_unavailable_skus INTEGER NOT NULL
    );

    CREATE TABLE sell_out_of_stock (
      sku_id TEXT PRIMARY KEY,
      enabled INTEGER NOT NULL
    );

    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      entity_type TEXT NOT NULL,
      entity_id TEXT NOT NULL,
      order_ref TEXT,
      before_json TEXT,
      after_json TEXT,
      note TEXT
    );
    CREATE INDEX audit_log_at ON audit_log (at);
    CREATE INDEX audit_log_order ON audit_log (order_ref, at);
  `);
}
