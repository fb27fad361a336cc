import type { FixRequest } from '../../../../shared/api/fixes';
import type { ReprocessPrecheck } from '../../../../shared/api/reprocess';

/**
 * The group's fix asking for the whole group's need, not its first order's: the core's pre-check
 * walks the group's orders over shared stock and says what total covers them all. Other fixes, and
 * stock fixes on a warehouse the pre-check found nothing missing in, stay as they are.
 */
export function withGroupNeed(fix: FixRequest | null, precheck: ReprocessPrecheck | null): FixRequest | null {
  if (fix?.kind !== 'update_inventory' || !precheck) return fix;
  const need = precheck.shortfalls.find(
    (shortfall) => shortfall.skuId === fix.skuId && shortfall.warehouseId === fix.warehouseId
  );
  return need ? { ...fix, totalQuantity: need.totalQuantity } : fix;
}
