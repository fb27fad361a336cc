import type { AuditPage } from '../../../shared/api/audit';
import { ApiFailure } from '../../../shared/api/result';
import type { AuditEntry } from '../../../shared/domain/model';
import { listAudit } from '../db/repositories/audit-repository';
import { getOrder } from '../db/repositories/order-repository';
import { auditCsv, auditCsvFileName } from '../export/audit-csv';
import type { CoreDeps } from './deps';

const EXPORT_PAGE = 1_000;

/** The audit log, newest first: all of it, or one order's entries (filed under its marketplace order id). */
export function listAuditPage(deps: CoreDeps, options: { orderId?: number; offset: number; limit: number }): AuditPage {
  if (options.orderId === undefined) return listAudit(deps.db, { offset: options.offset, limit: options.limit });
  const order = getOrder(deps.db, options.orderId);
  if (!order) throw new ApiFailure('not-found', `No order with id ${options.orderId} in this mirror.`);
  return listAudit(deps.db, { orderRef: order.marketplaceOrderId, offset: options.offset, limit: options.limit });
}

function* everyEntry(deps: CoreDeps): Generator<AuditEntry> {
  for (let offset = 0; ; offset += EXPORT_PAGE) {
    const { rows } = listAudit(deps.db, { offset, limit: EXPORT_PAGE });
    yield* rows;
    if (rows.length < EXPORT_PAGE) return;
  }
}

export function createAuditHandlers(deps: CoreDeps) {
  return {
    'audit/list': (args: { orderId?: number; offset: number; limit: number }) => listAuditPage(deps, args),
    'audit/export-csv': () => ({ fileName: auditCsvFileName(deps.clock.now()), csv: auditCsv(everyEntry(deps)) })
  };
}
