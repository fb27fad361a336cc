import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/core/db/migrate';
import { insertPlannedChanges, listPlannedChanges } from '../../../src/main/core/db/repositories/plan-repository';
import { adminPathText } from '../../../src/shared/domain/admin-paths';

function mirror(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

describe('a planned change keeps its Admin path as language-neutral parts', () => {
  it('stores the parts of a new change and reads them back', () => {
    const db = mirror();
    const [id] = insertPlannedChanges(db, [
      {
        createdAt: '2026-12-01T10:00:00.000Z',
        agent: 'ana',
        fix: { kind: 'link_dock_trade_policy', dockId: 'D1', tradePolicyId: '2' },
        objectKind: 'dock',
        objectId: 'D1',
        objectName: null,
        field: 'Trade policies',
        before: ['1'],
        after: ['1', '2'],
        adminPath: ['shipping', 'loadingDocks', 'dock', 'tradePolicy'],
        auditId: null,
        orderIds: []
      }
    ]);
    expect(db.prepare('SELECT admin_path FROM plan_changes WHERE id = ?').pluck().get(id)).toBe(
      '["shipping","loadingDocks","dock","tradePolicy"]'
    );
    const [change] = listPlannedChanges(db, { states: ['planned'] });
    expect(adminPathText(change.adminPath, 'en')).toBe('Shipping > Loading docks > Dock > Trade policy');
    expect(adminPathText(change.adminPath, 'pt-BR')).toBe('Envio > Docas > Doca > Política comercial');
    expect(adminPathText(change.adminPath, 'es')).toBe('Envío > Muelles > Muelle > Política comercial');
  });

  it('reads a row an older desk wrote with the English path through its fix kind, in every language', () => {
    const db = mirror();
    db.prepare(
      `INSERT INTO plan_changes (created_at, agent, fix_kind, fix_json, object_kind, object_id, field, before_json, after_json, admin_path)
       VALUES ('2026-12-01T10:00:00.000Z', 'ana', 'set_price', '{"kind":"set_price","skuId":"1","tradePolicyId":"1","valueCents":100}',
               'price', '1', 'Fixed price (trade policy 1)', 'null', '1', 'Prices > Price list > SKU > Fixed price')`
    ).run();
    const [change] = listPlannedChanges(db, { states: ['planned'] });
    expect(change.adminPath).toEqual(['prices', 'priceList', 'sku', 'fixedPrice']);
    expect(adminPathText(change.adminPath, 'en')).toBe('Prices > Price list > SKU > Fixed price');
    expect(adminPathText(change.adminPath, 'pt-BR')).toBe('Preços > Lista de preços > SKU > Preço fixo');
    expect(adminPathText(change.adminPath, 'es')).toBe('Precios > Lista de precios > SKU > Precio fijo');
  });
});
