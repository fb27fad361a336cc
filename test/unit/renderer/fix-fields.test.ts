import { describe, expect, it } from 'vitest';
import { fieldLabel, fieldsOf, withField } from '../../../src/renderer/src/features/wizard/fix-fields';
import { en } from '../../../src/renderer/src/i18n/en';

describe('the Fix step’s fields, from the request type', () => {
  it('lists every field of the kind in order with its control, an optional one even when the request leaves it out', () => {
    expect(fieldsOf({ kind: 'set_price', skuId: '1003', tradePolicyId: '1', valueCents: 1990 })).toEqual([
      { field: 'skuId', control: 'text', value: '1003' },
      { field: 'tradePolicyId', control: 'text', value: '1' },
      { field: 'valueCents', control: 'cents', value: 1990 },
      { field: 'dateFrom', control: 'date', value: undefined },
      { field: 'dateTo', control: 'date', value: undefined }
    ]);
    expect(
      fieldsOf({ kind: 'update_inventory', skuId: '1003', warehouseId: 'wh-sp', totalQuantity: 7 }).map((f) => f.control)
    ).toEqual(['text', 'warehouse', 'count']);
    expect(fieldsOf({ kind: 'add_divergence_rule', from: 1, to: 2, action: 'authorize' }).map((f) => f.control)).toEqual([
      'percent',
      'percent',
      'action'
    ]);
  });

  it('sets one field and keeps the rest, and each field has its label in the messages', () => {
    const fix = withField({ kind: 'link_dock_trade_policy', dockId: 'dk1', tradePolicyId: '1' }, 'dockId', 'dk2');
    expect(fix).toEqual({ kind: 'link_dock_trade_policy', dockId: 'dk2', tradePolicyId: '1' });
    expect(en[fieldLabel('integrationName')]).toBe('XML integration');
  });
});
