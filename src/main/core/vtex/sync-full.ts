import type { Db } from '../db/connection';
import { readMeta, writeMeta } from '../db/repositories/meta-repository';
import type { VtexHttp } from './http';
import { readSkuIdPage } from './readers';
import { SyncCancelledError, syncTargets, type SyncOptions, type SyncResult } from './sync';
import type { SyncKind } from './sync-kinds';
import { claimMirror, fingerprint, readCheckpoint, writeCheckpoint } from './sync-state';

/*
 * Full sync: the same kinds as the targeted sync, but for every SKU of the catalog rather than those
 * the failed orders name. The catalog's SKU ids are listed page by page first; each page's ids are
 * written with the listing's checkpoint in one transaction, so a crash mid-listing resumes after the
 * last page kept. The kinds are then brought exactly as the targeted sync brings them (each fetched
 * whole and applied in one transaction, so a failed kind leaves the previous data).
 */

export const FULL_LISTING_CHECKPOINT = 'vtex_full_sku_listing';
const PAGE_KEY = 'vtex_full_sku_ids:';

/** The kinds read per SKU id: without one of them the listing is not needed. */
const PER_SKU_KINDS: readonly SyncKind[] = ['skus', 'inventory', 'prices'];

/** VTEX's Catalog answers pages of up to this many ids; fewer calls for a catalog of 100k SKUs. */
export const SKU_ID_PAGE_SIZE = 1000;

interface ListingCheckpoint {
  fingerprint: string;
  /** Pages whose ids are kept (in `PAGE_KEY + n`). */
  pages: number;
  complete: boolean;
}

export interface FullSyncOptions extends Omit<SyncOptions, 'targets'> {
  /** Postal codes, marketplace ids and the OMS window still come from the failed orders. */
  targets: Omit<SyncOptions['targets'], 'skuIds'>;
  pageSize?: number;
}

export interface FullSyncResult extends SyncResult {
  /** SKU ids the catalog listed (0 when no per-SKU kind was asked). */
  listed: number;
  /** The listing resumed after this page of an interrupted run; null when it started from page 1. */
  listingResumedAfterPage: number | null;
}

function keptPageKeys(db: Db): string[] {
  return Object.keys(readMeta(db)).filter((key) => key.startsWith(PAGE_KEY));
}

function keptIds(db: Db, pages: number): string[] {
  const meta = readMeta(db);
  const ids: string[] = [];
  for (let page = 1; page <= pages; page++) ids.push(...(JSON.parse(meta[PAGE_KEY + page] ?? '[]') as string[]));
  return ids;
}

function forgetListing(db: Db): void {
  writeMeta(db, Object.fromEntries([FULL_LISTING_CHECKPOINT, ...keptPageKeys(db)].map((key) => [key, null])));
}

async function listSkuIds(
  db: Db,
  http: VtexHttp,
  options: FullSyncOptions
): Promise<{ ids: string[]; resumedAfter: number | null }> {
  const pageSize = options.pageSize ?? SKU_ID_PAGE_SIZE;
  const print = fingerprint({ account: http.account.account, pageSize });
  const found = readCheckpoint<ListingCheckpoint>(db, FULL_LISTING_CHECKPOINT, print);
  const checkpoint: ListingCheckpoint = found ?? { fingerprint: print, pages: 0, complete: false };
  // Another listing's pages (another page size) must not mix with this one's.
  if (!found) db.transaction(() => forgetListing(db))();
  const ids = keptIds(db, checkpoint.pages);
  const resumedAfter = found && found.pages > 0 ? found.pages : null;
  const report = () => options.onProgress?.({ kind: 'skus', phase: 'listing', done: ids.length, total: ids.length });
  if (resumedAfter !== null) report();
  while (!checkpoint.complete) {
    if (options.signal?.aborted) throw new SyncCancelledError(http.account.account);
    const page = checkpoint.pages + 1;
    const pageIds = await readSkuIdPage(http, page, pageSize, options.signal);
    db.transaction(() => {
      if (pageIds.length > 0) writeMeta(db, { [PAGE_KEY + page]: JSON.stringify(pageIds) });
      checkpoint.pages = pageIds.length > 0 ? page : checkpoint.pages;
      // A short page is the last: asking one more would only bring an empty one.
      checkpoint.complete = pageIds.length < pageSize;
      writeCheckpoint(db, FULL_LISTING_CHECKPOINT, checkpoint);
    })();
    ids.push(...pageIds);
    report();
  }
  return { ids: [...new Set(ids)], resumedAfter };
}

export async function syncFull(db: Db, http: VtexHttp, options: FullSyncOptions): Promise<FullSyncResult> {
  db.transaction(() => claimMirror(db, http.account.account))();
  const needsListing = PER_SKU_KINDS.some((kind) => !options.kinds || options.kinds.includes(kind));
  const listing = needsListing ? await listSkuIds(db, http, options) : { ids: [], resumedAfter: null };
  const result = await syncTargets(db, http, { ...options, targets: { ...options.targets, skuIds: listing.ids } });
  // Kept while a kind failed: the retry then reads the same ids, so the kinds' checkpoint still matches.
  if (Object.keys(result.failed).length === 0) db.transaction(() => forgetListing(db))();
  return { ...result, listed: listing.ids.length, listingResumedAfterPage: listing.resumedAfter };
}
