import type { PackageMeasure } from '../../../shared/domain/diagnosis';
import type { StoreData } from '../model/store-data';

/**
 * The package a carrier receives: weight is the sum of item weight × quantity; the size limits are
 * judged on the largest item (its largest side and its length + width + height), because items travel
 * as separate volumes in one shipment. Unknown SKUs and missing dimensions count as 0.
 */
export function measurePackage(store: StoreData, items: { id: string; quantity: number }[]): PackageMeasure {
  const measure: PackageMeasure = { weightGrams: 0, largestMeasureCm: 0, measureSumCm: 0 };
  for (const item of items) {
    const sku = store.skus.get(item.id);
    if (!sku) continue;
    const sides = [sku.lengthCm ?? 0, sku.widthCm ?? 0, sku.heightCm ?? 0];
    measure.weightGrams += (sku.weightGrams ?? 0) * item.quantity;
    measure.largestMeasureCm = Math.max(measure.largestMeasureCm, ...sides);
    measure.measureSumCm = Math.max(measure.measureSumCm, sides[0] + sides[1] + sides[2]);
  }
  return measure;
}
