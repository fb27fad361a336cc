import type { PlannedChange } from '../../../shared/api/plan';
import { csvRow } from './csv';
import { planObject, planOrders, planValue } from './plan-lines';

const HEADER = ['done', 'id', 'admin_path', 'object', 'field', 'before', 'after', 'orders_unblocked', 'agent', 'planned_at'];

/**
 * The change plan as CSV, one row per change with an empty "done" column to tick: every cell goes
 * through csvRow, so a SKU name or a value starting with = or + is text, not a formula.
 */
export function planCsv(changes: readonly PlannedChange[]): string {
  let csv = csvRow(HEADER);
  for (const change of changes) {
    csv += csvRow([
      '',
      change.id,
      change.adminPath,
      planObject(change),
      change.field,
      planValue(change.before),
      planValue(change.after),
      planOrders(change),
      change.agent,
      change.createdAt
    ]);
  }
  return csv;
}
