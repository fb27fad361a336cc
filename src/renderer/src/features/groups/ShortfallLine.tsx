import type { StockShortfall } from '../../../../shared/api/reprocess';
import { useT } from '../../i18n/use-t';

/**
 * What the rest of the group still lacks in one warehouse. When stock of the SKU sits where the
 * trade policy does not reach (behind an inactive dock…), the change freeing it comes first, with the
 * units it frees, ahead of the units to add: "activate dock Doca Recife (frees 38 units of SKU 51005
 * at Armazém Recife), or 4 more units…" — as `integration-desk precheck` says it.
 */
export function ShortfallLine({ shortfall }: { shortfall: StockShortfall }) {
  const { t } = useT();
  const sku = shortfall.skuName ? `${shortfall.skuId} ${shortfall.skuName}` : shortfall.skuId;
  const warehouse = shortfall.warehouseName ?? shortfall.warehouseId;
  const blocker = shortfall.unblock;
  if (!blocker) return <p data-testid="group-shortfall">{t('groups.shortfall', { n: shortfall.units, sku, warehouse })}</p>;
  const held = blocker.warehouseName ?? blocker.warehouseId;
  const change = t(`groups.unblock.${blocker.kind}`, { dock: blocker.dockName ?? blocker.dockId ?? '', warehouse: held });
  const unblock = t('groups.unblockFrees', { change, n: blocker.unitsFreed, sku: shortfall.skuId, warehouse: held });
  // The sentence keeps its {unblock} slot so the change can stand out in it, wherever the language puts it.
  const [before, after = ''] = t('groups.shortfallAfterUnblock', { n: shortfall.units, sku, warehouse }).split('{unblock}');
  return (
    <p data-testid="group-shortfall">
      {before}
      <strong data-testid="group-unblock">{unblock}</strong>
      {after}
    </p>
  );
}
