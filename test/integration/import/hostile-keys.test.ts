import { describe, expect, it } from 'vitest';
import { readSkus } from '../../../src/main/core/db/repositories/catalog-repository';
import { readStoreSettings } from '../../../src/main/core/db/repositories/settings-repository';
import { readStoreData } from '../../../src/main/core/db/repositories/store-data-repository';
import { importSnapshot } from '../../../src/main/core/import';
import { firstRecord } from './hostile-helpers';
import { folderWith, freshMirror } from './snapshot-dir';

// Written as JSON text: an object literal with a "__proto__" key would set the prototype instead.
const CLUSTERS = '{"137":"Marketplace","__proto__":"Proto collection","constructor":"Constructor collection"}';
const SELL = '{"2001":true,"__proto__":true,"constructor":false}';

describe('keys that are Object.prototype names are data like any other', () => {
  it('__proto__ and constructor as collection ids of a SKU survive import and come back out of the mirror', async () => {
    const db = freshMirror();
    const sku = JSON.stringify(firstRecord('skus')).replace(
      /"ProductClusterNames":\{[^}]*\}/,
      `"ProductClusterNames":${CLUSTERS}`
    );
    expect(sku).toContain('__proto__');
    await importSnapshot(db, folderWith({ 'skus.ndjson': sku + '\n' }));
    expect(db.prepare('SELECT collection_id, collection_name FROM sku_collections ORDER BY collection_id').raw().all()).toEqual([
      ['137', 'Marketplace'],
      ['__proto__', 'Proto collection'],
      ['constructor', 'Constructor collection']
    ]);
    const collections = readSkus(db)[0].collections;
    expect(Object.entries(collections)).toEqual([
      ['137', 'Marketplace'],
      ['__proto__', 'Proto collection'],
      ['constructor', 'Constructor collection']
    ]);
    expect(Object.getPrototypeOf(collections)).toBe(Object.prototype);
    expect(Object.entries(readStoreData(db, '2026-11-22T00:00:00Z').skus.get('1003')?.collections ?? {})).toHaveLength(3);
  });

  it('__proto__ and constructor as SKU ids of sellOutOfStock survive import and come back out of the mirror', async () => {
    const db = freshMirror();
    await importSnapshot(db, folderWith({ 'store-settings.json': `{"sellOutOfStock":${SELL}}` }));
    expect(db.prepare('SELECT sku_id, enabled FROM sell_out_of_stock ORDER BY sku_id').raw().all()).toEqual([
      ['2001', 1],
      ['__proto__', 1],
      ['constructor', 0]
    ]);
    const sell = readStoreSettings(db).sellOutOfStock;
    expect(Object.entries(sell).sort()).toEqual([
      ['2001', true],
      ['__proto__', true],
      ['constructor', false]
    ]);
  });
});
