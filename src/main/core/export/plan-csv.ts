import type { PlannedChange } from '../../../shared/api/plan';
import { adminPathText, type AdminPathLocale } from '../../../shared/domain/admin-paths';
import { csvRow } from './csv';
import { planField, planObject, planOrders, planValue } from './plan-lines';

const HEADER = ['done', 'id', 'admin_path', 'object', 'field', 'before', 'after', 'orders_unblocked', 'agent', 'planned_at'];

/**
 * The change plan as CSV, one row per change with an empty "done" column to tick: every cell goes
 * through csvRow, so a SKU name or a value starting with = or + is text, not a formula. The header
 * stays the same in every language (a sheet's formulas name its columns); the cells are in `locale`.
 */
export function planCsv(changes: readonly PlannedChange[], locale: AdminPathLocale = 'en'): string {
  let csv = csvRow(HEADER);
  for (const change of changes) {
    csv += csvRow([
      '',
      change.id,
      adminPathText(change.adminPath, locale),
      planObject(change, locale),
      planField(change, locale),
      planValue(change.before, locale),
      planValue(change.after, locale),
      planOrders(change),
      change.agent,
      change.createdAt
    ]);
  }
  return csv;
}
