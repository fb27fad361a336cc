import type { Cause } from '../../../../shared/domain/diagnosis';
import { lookupSku } from '../checks/catalog';
import { BLOCKED, cause, fix, type Findings } from '../checks/findings';
import type { OrderContext } from '../checks/order-context';
import type { Diagnoser } from './types';

/** listing_attribute_missing per SKU of the order that lacks what marketplaces require (EAN, weight, brand, description). */
export function listingAttributeCauses(ctx: OrderContext, findings: Findings): Cause[] {
  const found: Cause[] = [];
  for (const line of ctx.lines) {
    const sku = lookupSku(ctx.store, line.skuId, findings);
    if (!sku || sku === BLOCKED) continue;
    const attributes: string[] = [];
    if (!sku.ean?.trim()) attributes.push('ean');
    if (sku.weightGrams === null || sku.weightGrams < 1) attributes.push('weight');
    if (sku.brandName !== null && sku.brandName.trim() === '') attributes.push('brand');
    if (sku.hasDescription === false) attributes.push('description');
    if (attributes.length === 0) continue;
    found.push(
      cause('listing_attribute_missing', { skuId: sku.id, attributes }, fix('act_in_admin'), {
        skuId: sku.id
      })
    );
  }
  return found;
}

/**
 * The listing lacks what the marketplace requires. Per SKU, the attributes the mirror shows missing
 * (EAN, a weight of at least 1 g, brand, description); when it shows none, the gap is in the
 * marketplace mapping or category, named without a SKU.
 */
export const diagnoseListingRejected: Diagnoser = (ctx, findings) => {
  const named = listingAttributeCauses(ctx, findings);
  findings.add(...named);
  if (named.length === 0)
    findings.add(cause('listing_attribute_missing', { skuId: null, attributes: [] }, fix('act_at_marketplace')));
};
