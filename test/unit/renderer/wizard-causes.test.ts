import { describe, expect, it } from 'vitest';
import { wizardCauses } from '../../../src/renderer/src/features/wizard/wizard-causes';
import type { Cause } from '../../../src/shared/domain/diagnosis';

const cause = (code: string, skuId: string) =>
  ({ code, skuId, evidence: { skuId, skuName: 'x' }, fix: { kind: 'activate_sku', appliesInMirror: true } }) as unknown as Cause;

describe('wizardCauses', () => {
  it('walks the diagnosis’s own causes first, then what it also found, so an also-found cause can be fixed from the wizard', () => {
    const own = cause('sku_inactive', '1');
    const also = cause('product_inactive', '2');
    expect(wizardCauses({ causes: [own], alsoFound: [also] })).toEqual([own, also]);
    expect(wizardCauses({ causes: [own] })).toEqual([own]);
    expect(wizardCauses(null)).toEqual([]);
  });
});
