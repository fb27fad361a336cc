import type { StoreSettings } from '../../../../shared/domain/model';
import type { Db } from '../connection';

/** Store settings arrive as one object: importing them replaces all four settings tables. */
export function replaceStoreSettings(db: Db, settings: StoreSettings): void {
  db.prepare('DELETE FROM price_divergence_rules').run();
  db.prepare('DELETE FROM erp_carriers').run();
  db.prepare('DELETE FROM xml_integrations').run();
  db.prepare('DELETE FROM sell_out_of_stock').run();
  const rule = db.prepare('INSERT INTO price_divergence_rules (position, from_percent, to_percent, action) VALUES (?, ?, ?, ?)');
  settings.priceDivergenceRules.forEach((r, position) => rule.run(position, r.from, r.to, r.action));
  const carrier = db.prepare('INSERT OR IGNORE INTO erp_carriers (name) VALUES (?)');
  for (const name of settings.erpCarriers) carrier.run(name);
  const xml = db.prepare('INSERT OR REPLACE INTO xml_integrations (name, sales_channel, show_unavailable_skus) VALUES (?, ?, ?)');
  for (const x of settings.xmlIntegrations) xml.run(x.name, x.salesChannel, x.showUnavailableSkus ? 1 : 0);
  const sell = db.prepare('INSERT OR REPLACE INTO sell_out_of_stock (sku_id, enabled) VALUES (?, ?)');
  for (const [skuId, enabled] of Object.entries(settings.sellOutOfStock)) sell.run(skuId, enabled ? 1 : 0);
}

export function readStoreSettings(db: Db): StoreSettings {
  return {
    priceDivergenceRules: (
      db.prepare('SELECT from_percent, to_percent, action FROM price_divergence_rules ORDER BY from_percent, position').all() as {
        from_percent: number;
        to_percent: number;
        action: 'authorize' | 'deny' | 'approval';
      }[]
    ).map((r) => ({ from: r.from_percent, to: r.to_percent, action: r.action })),
    erpCarriers: db.prepare('SELECT name FROM erp_carriers ORDER BY name').pluck().all() as string[],
    xmlIntegrations: (
      db.prepare('SELECT * FROM xml_integrations ORDER BY name').all() as {
        name: string;
        sales_channel: string;
        show_unavailable_skus: number;
      }[]
    ).map((r) => ({
      name: r.name,
      salesChannel: r.sales_channel,
      showUnavailableSkus: r.show_unavailable_skus === 1
    })),
    sellOutOfStock: Object.fromEntries(
      (db.prepare('SELECT sku_id, enabled FROM sell_out_of_stock').all() as { sku_id: string; enabled: number }[]).map((r) => [
        r.sku_id,
        r.enabled === 1
      ])
    )
  };
}

/*
 * The desk's own settings (migration 0011's mirror_settings): text by key, such as `agent.name`
 * or `pref.locale`. Not the store's settings above: these are the agent's and the desk's.
 */

/** One setting's text, or null when it was never set (or was cleared). */
export function readSetting(db: Db, key: string): string | null {
  return (db.prepare('SELECT value FROM mirror_settings WHERE key = ?').pluck().get(key) as string | undefined) ?? null;
}

/** Every setting whose key starts with `prefix` (all of them for ''). */
export function readSettings(db: Db, prefix = ''): Record<string, string> {
  const rows = db
    .prepare(`SELECT key, value FROM mirror_settings WHERE substr(key, 1, length(@prefix)) = @prefix ORDER BY key`)
    .all({ prefix }) as {
    key: string;
    value: string;
  }[];
  return Object.fromEntries(rows.map((row) => [row.key, row.value]));
}

/** Sets each key to its text, or clears it for null, in one transaction. */
export function writeSettings(db: Db, entries: Record<string, string | null>): void {
  const upsert = db.prepare(
    'INSERT INTO mirror_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'
  );
  const remove = db.prepare('DELETE FROM mirror_settings WHERE key = ?');
  db.transaction(() => {
    for (const [key, value] of Object.entries(entries)) {
      if (value === null) remove.run(key);
      else upsert.run(key, value);
    }
  })();
}
