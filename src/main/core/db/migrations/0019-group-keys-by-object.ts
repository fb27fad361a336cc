import type { Database } from 'better-sqlite3';

/*
 * Group keys by object (issue 11). Mirrors diagnosed before groups-by-object stored a key that split
 * one object by trade policy: `sku:1003|tp:2` for any cause on a SKU, `tp:2|cep:01310` for an
 * uncovered CEP. Their groups stayed split until the orders were diagnosed again. This rewrites
 * those keys from the stored causes to today's shape (rules/group-key.ts):
 *
 * - a SKU cause keeps `|tp:` only when its fix names the trade policy (the four codes below);
 * - an uncovered CEP is grouped by its sector alone.
 *
 * The four codes are written out rather than imported: a migration is a fixed step of the schema's
 * history, and the db layer does not import rules. The UPDATE fires the causes' queue_generation
 * trigger (migration 0005), so cached groups are recomputed.
 */
const SKU_IN_ONE_TRADE_POLICY = [
  'sku_not_in_trade_policy',
  'stock_outside_trade_policy',
  'price_missing_for_trade_policy',
  'price_expired_for_trade_policy'
];

export function up(db: Database): void {
  db.prepare(
    `UPDATE diagnosis_causes SET group_key = substr(group_key, 1, instr(group_key, '|tp:') - 1)
      WHERE group_key LIKE 'sku:%|tp:%' AND code NOT IN (SELECT value FROM json_each(?))`
  ).run(JSON.stringify(SKU_IN_ONE_TRADE_POLICY));
  db.prepare(
    `UPDATE diagnosis_causes SET group_key = substr(group_key, instr(group_key, '|cep:') + 1)
      WHERE code = 'postal_code_not_covered' AND group_key LIKE 'tp:%|cep:%'`
  ).run();
}
