import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/core/db/connection';
import { findOrdersByMarketplaceOrderId } from '../../../src/main/core/db/repositories/order-repository';
import { importSnapshot } from '../../../src/main/core/import';
import { BIG, expectRefused, firstRecord, setPath, withBigNumber } from './hostile-helpers';
import { folderWith, freshMirror, smallStoreAs } from './snapshot-dir';

const UNSAFE = /a number above 2\^53 cannot be read exactly; write the id as a string$/;

/** Every id-like field of every kind, as a path into the kind's first fixture record. */
const ID_FIELDS: [kind: string, path: (string | number)[], field: string][] = [
  ['orders', ['marketplaceOrderId'], 'marketplaceOrderId'],
  ['orders', ['items', 0, 'id'], 'items[0].id'],
  [
    'orders',
    ['shippingData', 'logisticsInfo', 0, 'deliveryIds', 0, 'warehouseId'],
    'shippingData.logisticsInfo[0].deliveryIds[0].warehouseId'
  ],
  [
    'orders',
    ['shippingData', 'logisticsInfo', 0, 'deliveryIds', 0, 'dockId'],
    'shippingData.logisticsInfo[0].deliveryIds[0].dockId'
  ],
  ['oms-orders', ['marketplaceOrderId'], 'marketplaceOrderId'],
  ['oms-orders', ['salesChannel'], 'salesChannel'],
  ['oms-orders', ['items', 0, 'id'], 'items[0].id'],
  ['affiliates', ['salesChannel'], 'salesChannel'],
  ['sales-channels', ['Id'], 'Id'],
  ['sales-channels', ['ProductClusterId'], 'ProductClusterId'],
  ['skus', ['Id'], 'Id'],
  ['skus', ['ProductId'], 'ProductId'],
  ['skus', ['SalesChannels', 1], 'SalesChannels[1]'],
  ['inventory', ['skuId'], 'skuId'],
  ['inventory', ['balance', 0, 'warehouseId'], 'balance[0].warehouseId'],
  ['prices', ['itemId'], 'itemId'],
  ['prices', ['fixedPrices', 0, 'tradePolicyId'], 'fixedPrices[0].tradePolicyId'],
  ['docks', ['id'], 'id'],
  ['docks', ['salesChannels', 0], 'salesChannels[0]'],
  ['docks', ['freightTableIds', 0], 'freightTableIds[0]'],
  ['warehouses', ['id'], 'id'],
  ['warehouses', ['warehouseDocks', 0, 'dockId'], 'warehouseDocks[0].dockId'],
  ['shipping-policies', ['id'], 'id'],
  ['freight-values', ['shippingPolicyId'], 'shippingPolicyId']
];

/** Each test starts from the small store imported whole, so a refusal must leave that mirror unchanged. */
let db: Db;
beforeEach(async () => {
  db = freshMirror();
  await importSnapshot(db, smallStoreAs('json'));
});

describe('ids written as JSON numbers above 2^53', () => {
  it('two distinct order ids are refused instead of merged into one', async () => {
    const order = firstRecord('orders');
    const lines = ['9007199254740992', '9007199254740993'].map((digits) =>
      withBigNumber(JSON.stringify({ ...order, marketplaceOrderId: BIG }), digits)
    );
    await expectRefused(db, folderWith({ 'orders.ndjson': lines.join('\n') + '\n' }), {
      file: 'orders.ndjson',
      line: 1,
      field: 'marketplaceOrderId',
      message:
        /^orders\.ndjson line 1: marketplaceOrderId: a number above 2\^53 cannot be read exactly; write the id as a string$/
    });
  });

  it('the same ids written as strings are kept exactly, as two orders', async () => {
    const order = firstRecord('orders');
    const lines = ['9007199254740992', '9007199254740993'].map((id) => JSON.stringify({ ...order, marketplaceOrderId: id }));
    await importSnapshot(db, folderWith({ 'orders.ndjson': lines.join('\n') + '\n' }));
    expect(findOrdersByMarketplaceOrderId(db, '9007199254740992')).toHaveLength(1);
    expect(findOrdersByMarketplaceOrderId(db, '9007199254740993')).toHaveLength(1);
  });

  it('the largest exact integer is still read as a number id', async () => {
    const order = { ...firstRecord('orders'), marketplaceOrderId: BIG };
    await importSnapshot(db, folderWith({ 'orders.ndjson': withBigNumber(JSON.stringify(order), '9007199254740991') + '\n' }));
    expect(findOrdersByMarketplaceOrderId(db, '9007199254740991')).toHaveLength(1);
  });

  it.each(ID_FIELDS)('%s: %j is refused, naming file, line and field', async (kind, path, field) => {
    const record = firstRecord(kind);
    setPath(record, path, BIG);
    const file = `${kind}.ndjson`;
    await expectRefused(db, folderWith({ [file]: withBigNumber(JSON.stringify(record)) + '\n' }), {
      file,
      line: 1,
      field,
      message: UNSAFE
    });
  });

  it('in a .json array the error names the element', async () => {
    const record = { ...firstRecord('skus'), Id: BIG };
    await expectRefused(db, folderWith({ 'skus.json': withBigNumber(JSON.stringify([record])) }), {
      file: 'skus.json',
      index: 0,
      field: 'Id',
      message: /^skus\.json item 0: Id: a number above 2\^53/
    });
  });

  it('store settings: an XML integration’s trade policy', async () => {
    const settings = { xmlIntegrations: [{ name: 'Feed', salesChannel: BIG, showUnavailableSkus: false }] };
    await expectRefused(db, folderWith({ 'store-settings.json': withBigNumber(JSON.stringify(settings)) }), {
      file: 'store-settings.json',
      field: 'xmlIntegrations[0].salesChannel',
      message: UNSAFE
    });
  });

  it('an Admin .xlsx export whose ID is a number cell above 2^53', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Orders');
    sheet.addRow(['ID', 'Affiliate', 'Status']);
    // eslint-disable-next-line no-loss-of-precision -- an id above 2^53, as a spreadsheet stores it
    sheet.addRow([9007199254740993, 'AMZ', 'Processed with error']);
    const dir = mkdtempSync(join(tmpdir(), 'xlsx-'));
    await workbook.xlsx.writeFile(join(dir, 'connections-orders.xlsx'));
    await expectRefused(db, dir, { file: 'connections-orders.xlsx', line: 2, field: 'ID', message: UNSAFE });
  });
});

describe('ids with spaces around them', () => {
  it('an order’s item id " 51001" is refused, not trimmed into SKU 51001: the error names file, line and field', async () => {
    const order = firstRecord('orders');
    setPath(order, ['items', 0, 'id'], ' 51001');
    const error = await expectRefused(db, folderWith({ 'orders.ndjson': JSON.stringify(order) + '\n' }), {
      file: 'orders.ndjson',
      line: 1,
      field: 'items[0].id',
      expected: 'an id without spaces around it',
      got: '" 51001"',
      message: /^orders\.ndjson line 1: items\[0\]\.id: the id " 51001" has spaces around it; ids are kept exactly as written/
    });
    expect(error.message).toMatch(/remove the spaces in the file$/);
  });

  it.each(ID_FIELDS)('%s: %j with a space after it is refused too', async (kind, path, field) => {
    const record = firstRecord(kind);
    setPath(record, path, '7 ');
    const file = `${kind}.ndjson`;
    await expectRefused(db, folderWith({ [file]: JSON.stringify(record) + '\n' }), {
      file,
      line: 1,
      field,
      message: /has spaces around it/
    });
  });
});
