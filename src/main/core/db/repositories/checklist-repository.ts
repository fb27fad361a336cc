import type { ChecklistLine, ChecklistSummary } from '../../../../shared/api/checklist';
import type { Db } from '../connection';

/* Admin checklists (migration 0018): the orders an agent reprocesses in the Admin, checked off as OMS shows them. */

type SummaryRow = {
  id: number;
  title: string;
  created_at: string;
  watch_state: 'watching' | 'stopped';
  interval_seconds: number;
  last_checked_at: string | null;
  last_error: string | null;
  total: number;
  seen: number;
};

const SUMMARY = `
  SELECT c.id, c.title, c.created_at, c.watch_state, c.interval_seconds, c.last_checked_at, c.last_error,
         (SELECT COUNT(*) FROM admin_checklist_lines l WHERE l.checklist_id = c.id) AS total,
         (SELECT COUNT(*) FROM admin_checklist_lines l WHERE l.checklist_id = c.id AND l.seen_at IS NOT NULL) AS seen
  FROM admin_checklists c`;

/** What the service adds to a stored summary: whether this process runs its watch now. */
export type StoredSummary = Omit<ChecklistSummary, 'running'>;

function summaryOf(row: SummaryRow): StoredSummary {
  return {
    id: row.id,
    title: row.title,
    createdAt: row.created_at,
    total: row.total,
    seen: row.seen,
    watching: row.watch_state === 'watching',
    intervalSeconds: row.interval_seconds,
    lastCheckedAt: row.last_checked_at,
    lastError: row.last_error
  };
}

export function insertChecklist(db: Db, checklist: { title: string; createdAt: string }): number {
  return Number(
    db.prepare('INSERT INTO admin_checklists (title, created_at) VALUES (?, ?)').run(checklist.title, checklist.createdAt)
      .lastInsertRowid
  );
}

/**
 * Adds the orders among `orderIds` that are still failing and not resolved, after the lines the list
 * has, in the order given; an order already on the list keeps its line. Returns how many were added.
 */
export function addChecklistLines(db: Db, checklistId: number, orderIds: readonly number[]): number {
  const next = db.prepare('SELECT COALESCE(MAX(position), -1) + 1 FROM admin_checklist_lines WHERE checklist_id = ?').pluck();
  const insert = db.prepare(`
    INSERT OR IGNORE INTO admin_checklist_lines (checklist_id, position, marketplace_order_id, affiliate_id, order_created_at)
    SELECT ?, ?, m.marketplace_order_id, m.affiliate_id, m.created_at
    FROM marketplace_orders m
    WHERE m.id = ? AND m.integration_status = 'error'
      AND NOT EXISTS (SELECT 1 FROM order_resolutions r WHERE r.order_id = m.id)`);
  let position = next.get(checklistId) as number;
  let added = 0;
  for (const orderId of orderIds) {
    const changes = insert.run(checklistId, position, orderId).changes;
    position += changes;
    added += changes;
  }
  return added;
}

export function listChecklists(db: Db): StoredSummary[] {
  return (db.prepare(`${SUMMARY} ORDER BY c.id DESC`).all() as SummaryRow[]).map(summaryOf);
}

export function readChecklist(db: Db, checklistId: number): StoredSummary | null {
  const row = db.prepare(`${SUMMARY} WHERE c.id = ?`).get(checklistId) as SummaryRow | undefined;
  return row ? summaryOf(row) : null;
}

type LineRow = {
  position: number;
  marketplace_order_id: string;
  affiliate_id: string;
  order_created_at: string | null;
  marketplace: string | null;
  vtex_order_id: string | null;
  seen_at: string | null;
};

export type StoredLine = ChecklistLine & { orderCreatedAt: string | null };

/**
 * One page of the list's lines in their order, after `afterPosition` (keyset: a seek on the
 * (checklist_id, position) indexes of migration 0022, however long the list); `unchecked` keeps only
 * those OMS has not shown yet.
 */
export function checklistLinesPage(
  db: Db,
  checklistId: number,
  page: { afterPosition?: number; limit: number; unchecked?: boolean }
): StoredLine[] {
  const rows = db
    .prepare(
      `SELECT l.position, l.marketplace_order_id, l.affiliate_id, l.order_created_at, a.name AS marketplace, l.vtex_order_id, l.seen_at
       FROM admin_checklist_lines l LEFT JOIN affiliates a ON a.id = l.affiliate_id
       WHERE l.checklist_id = ? AND l.position > ? ${page.unchecked ? 'AND l.seen_at IS NULL' : ''}
       ORDER BY l.position LIMIT ?`
    )
    .all(checklistId, page.afterPosition ?? -1, page.limit) as LineRow[];
  return rows.map((row) => ({
    position: row.position,
    marketplaceOrderId: row.marketplace_order_id,
    affiliateId: row.affiliate_id,
    marketplace: row.marketplace,
    vtexOrderId: row.vtex_order_id,
    seenAt: row.seen_at,
    orderCreatedAt: row.order_created_at
  }));
}

/** Every line of the list (or every unchecked one), read page by page so a long list is never held whole. */
export function* iterateChecklistLines(
  db: Db,
  checklistId: number,
  options: { unchecked?: boolean; pageSize?: number } = {}
): Generator<StoredLine> {
  let afterPosition = -1;
  for (;;) {
    const limit = options.pageSize ?? 500;
    const page = checklistLinesPage(db, checklistId, { afterPosition, limit, unchecked: options.unchecked });
    yield* page;
    if (page.length < limit) return;
    afterPosition = page[page.length - 1].position;
  }
}

/** How many lines OMS has not shown yet. */
export function countUncheckedLines(db: Db, checklistId: number): number {
  return db
    .prepare('SELECT COUNT(*) FROM admin_checklist_lines WHERE checklist_id = ? AND seen_at IS NULL')
    .pluck()
    .get(checklistId) as number;
}

/** Checks a line off with the VTEX order id OMS showed; a line already checked keeps its first sighting. */
export function markLineSeen(
  db: Db,
  checklistId: number,
  line: { marketplaceOrderId: string; affiliateId: string; vtexOrderId: string; seenAt: string }
): void {
  db.prepare(
    `UPDATE admin_checklist_lines SET vtex_order_id = ?, seen_at = ?
     WHERE checklist_id = ? AND marketplace_order_id = ? AND affiliate_id = ? AND seen_at IS NULL`
  ).run(line.vtexOrderId, line.seenAt, checklistId, line.marketplaceOrderId, line.affiliateId);
}

/**
 * Checks off the lines whose order the mirror already holds integrated with a VTEX order id (a re-send
 * or a single-order watch got there first), with the time the desk recorded it.
 */
export function markLinesIntegratedInMirror(db: Db, checklistId: number): number {
  return db
    .prepare(
      `UPDATE admin_checklist_lines AS l SET vtex_order_id = m.vtex_order_id, seen_at = m.processed_at
       FROM marketplace_orders m
       WHERE l.checklist_id = ? AND l.seen_at IS NULL AND m.processed_at IS NOT NULL
         AND m.marketplace_order_id = l.marketplace_order_id AND m.affiliate_id = l.affiliate_id
         AND m.integration_status = 'success' AND m.vtex_order_id IS NOT NULL`
    )
    .run(checklistId).changes;
}

export function setWatchState(db: Db, checklistId: number, state: 'watching' | 'stopped', intervalSeconds?: number): void {
  db.prepare('UPDATE admin_checklists SET watch_state = ?, interval_seconds = COALESCE(?, interval_seconds) WHERE id = ?').run(
    state,
    intervalSeconds ?? null,
    checklistId
  );
}

/** When a pass ended and why it could not look OMS up (null when it could). */
export function recordChecklistPass(db: Db, checklistId: number, at: string, error: string | null): void {
  db.prepare('UPDATE admin_checklists SET last_checked_at = ?, last_error = ? WHERE id = ?').run(at, error, checklistId);
}

export function watchingChecklistIds(db: Db): number[] {
  return db.prepare("SELECT id FROM admin_checklists WHERE watch_state = 'watching' ORDER BY id").pluck().all() as number[];
}

export function deleteChecklist(db: Db, checklistId: number): boolean {
  return db.prepare('DELETE FROM admin_checklists WHERE id = ?').run(checklistId).changes > 0;
}
