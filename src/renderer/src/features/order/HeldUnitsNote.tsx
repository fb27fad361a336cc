import type { StockRow } from '../../../../shared/domain/diagnosis';
import { useT } from '../../i18n/use-t';

/**
 * Why units in the table are not free on a snapshot copy: another order the replay found would
 * integrate holds them until its mark drops (planned_holds). Nothing when no row is held.
 */
export function HeldUnitsNote({ rows }: { rows: StockRow[] }) {
  const { t } = useT();
  const lines = rows.flatMap((row) =>
    (row.held ?? []).map((hold) => ({
      key: `${row.warehouseId}:${hold.orderId}`,
      text: t('held.line', { n: hold.units, warehouse: row.warehouseName ?? row.warehouseId, order: hold.marketplaceOrderId })
    }))
  );
  if (lines.length === 0) return null;
  return (
    <div className="held-units" data-testid="held-units">
      <ul>
        {lines.map((line) => (
          <li key={line.key}>{line.text}</li>
        ))}
      </ul>
      <p className="muted">{t('held.note')}</p>
    </div>
  );
}
