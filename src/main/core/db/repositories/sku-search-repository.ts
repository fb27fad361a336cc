import type { SkuCandidate } from '../../../../shared/api/storefront';
import type { Db } from '../connection';
import { statementCache } from './statement-cache';

// Exact id, then exact RefId, then a RefId prefix or a word of the name; the skus_ref_id index
// answers the first three, the name takes a scan (a catalog holds thousands of SKUs, not millions).
const sql = statementCache({
  search: `SELECT id, ref_id, name, is_active, is_product_active FROM skus
    WHERE id = @text OR ref_id = @text OR ref_id LIKE @prefix ESCAPE '\\' OR name LIKE @contains ESCAPE '\\'
    ORDER BY CASE WHEN id = @text THEN 0 WHEN ref_id = @text THEN 1 WHEN ref_id LIKE @prefix ESCAPE '\\' THEN 2 ELSE 3 END, name, id
    LIMIT @limit`
});

interface CandidateRow {
  id: string;
  ref_id: string | null;
  name: string;
  is_active: number;
  is_product_active: number;
}

/** LIKE's wildcards typed by the agent match themselves. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** SKUs whose id or RefId is the text, whose RefId starts with it or whose name holds it (case-insensitive), best match first. */
export function searchSkus(db: Db, text: string, limit: number): SkuCandidate[] {
  const escaped = escapeLike(text);
  const rows = sql(db).search.all({ text, prefix: `${escaped}%`, contains: `%${escaped}%`, limit }) as CandidateRow[];
  return rows.map((row) => ({
    id: row.id,
    refId: row.ref_id,
    name: row.name,
    isActive: row.is_active === 1 && row.is_product_active === 1
  }));
}

/**
 * The SKU the agent means: the one whose id or RefId is the text exactly; else the matches by RefId
 * prefix or name (one match is the SKU; several are candidates to choose from).
 */
export function resolveSku(db: Db, text: string, limit: number): SkuCandidate[] {
  const found = searchSkus(db, text, limit);
  const exact = found.filter((sku) => sku.id === text || sku.refId === text);
  return exact.length > 0 ? exact.slice(0, 1) : found;
}
