import { describe, expect, it } from 'vitest';
import { applyFix } from '../../../src/main/core/services/fix-service';
import { changeWords } from '../../../src/renderer/src/i18n/domain/change-words';
import { changeOf, namesOf } from '../../../src/renderer/src/features/plan/planned-change-words';
import { MESSAGES, seededMirror, testDeps } from './seed';

// The desk shows a planned change (stored with the Admin's English words for the checklist) in the agent's language.
const ORDERS = [
  {
    id: 1,
    marketplaceOrderId: '702-0000001-0000001',
    message: MESSAGES.skuUnavailable,
    items: [{ skuId: '1002', quantity: 1, priceCents: 29990 }]
  }
];

const format = {
  money: (cents: number) => `R$ ${(cents / 100).toFixed(2)}`,
  number: (value: number) => String(value),
  date: (iso: string) => iso
};

function planned(fix: Parameters<typeof applyFix>[1]['fix']) {
  const deps = testDeps(seededMirror(ORDERS));
  const [change] = applyFix(deps, { fix }).plannedChanges;
  return change;
}

describe('a planned change in the agent words', () => {
  it('names the SKU, the Admin field and the values in pt-BR and es, not the stored English', () => {
    const change = planned({ kind: 'activate_sku', skuIds: ['1002'] });
    expect(change.field).toBe('Active');
    expect(changeWords(changeOf(change), 'pt-BR', namesOf(change), format)).toEqual({
      object: 'SKU 1002 Tênis 42',
      field: 'Status',
      before: 'inativo',
      after: 'ativo'
    });
    expect(changeWords(changeOf(change), 'es', namesOf(change), format)).toEqual({
      object: 'SKU 1002 Tênis 42',
      field: 'Estado',
      before: 'inactivo',
      after: 'activo'
    });
  });

  it('gives back the trade policy of a price and the end date of a renewed one', () => {
    const price = planned({ kind: 'set_price', skuId: '1002', tradePolicyId: '2', valueCents: 25990 });
    expect(changeWords(changeOf(price), 'pt-BR', namesOf(price), format)).toMatchObject({
      object: 'Preço do SKU 1002 Tênis 42',
      field: 'Preço fixo, política comercial 2',
      after: expect.stringContaining('R$ 259.90')
    });
    const renewed = planned({ kind: 'renew_price', skuId: '1006', tradePolicyId: '2', dateTo: '2027-01-31T23:59:59.000Z' });
    expect(changeOf(renewed).field).toBe('fixedPrice[2].dateTo');
    expect(changeWords(changeOf(renewed), 'es', namesOf(renewed), format)).toMatchObject({
      field: 'Precio fijo válido hasta, política comercial 2',
      // The instant, not its UTC day: a price ending 23:59 −03:00 ends on the next UTC day.
      after: '2027-01-31T23:59:59.000Z'
    });
  });

  it('an inventory quantity reads as the quantity in stock', () => {
    const change = planned({ kind: 'update_inventory', skuId: '1005', warehouseId: 'WH1', totalQuantity: 10 });
    expect(changeWords(changeOf(change), 'pt-BR', namesOf(change), format)).toEqual({
      object: 'SKU 1005 em WH1',
      field: 'Quantidade em estoque',
      before: '0',
      after: '10'
    });
  });
});
