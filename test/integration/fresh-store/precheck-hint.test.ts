import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../cli/cli-io';
import { FRESH_STORE } from './expected';

let db: string;

beforeAll(async () => {
  db = join(mkdtempSync(join(tmpdir(), 'fresh-precheck-')), 'mirror.db');
  expect((await cli(['import', FRESH_STORE, '--db', db, '--json'])).code).toBe(0);
}, 60_000);

describe("the group pre-check's still-missing hint over stock behind an inactive dock", () => {
  it('names the dock to activate and the units it frees ahead of more units', async () => {
    const text = await cli(['precheck', '--cause', 'stock_outside_trade_policy', '--db', db]);
    expect(text.stdout.split('\n')[0]).toBe(
      '0 of 3 would integrate; activate dock Doca Recife (frees 38 units of SKU 51005 at Armazém Recife)' +
        ' or 4 more units of SKU 51005 at Armazém Campinas for the rest'
    );
  });

  it('--json carries the blocker on the shortfall', async () => {
    const json = JSON.parse((await cli(['precheck', '--cause', 'stock_outside_trade_policy', '--db', db, '--json'])).stdout);
    expect(json.shortfalls).toEqual([
      expect.objectContaining({
        skuId: '51005',
        warehouseId: 'arm-campinas',
        units: 4,
        unblock: expect.objectContaining({
          kind: 'dock_inactive',
          dockId: 'doca-recife',
          warehouseId: 'arm-recife',
          unitsFreed: 38
        })
      })
    ]);
  });

  it('a plain shortage with nothing held back keeps the units hint alone', async () => {
    const text = await cli(['precheck', '--cause', 'insufficient_stock', '--db', db]);
    expect(text.stdout.split('\n')[0]).toBe('0 of 3 would integrate; 6 more units of SKU 51004 at Armazém Campinas for the rest');
  });
});
