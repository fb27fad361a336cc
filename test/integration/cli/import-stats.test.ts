import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SMALL_STORE, folderWith } from '../import/snapshot-dir';
import { cli } from './cli-io';

describe('integration-desk import / stats', () => {
  it('imports a snapshot and prints counts per kind keyed by snapshot file names', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'cli-')), 'mirror.db');
    const imported = await cli(['import', SMALL_STORE, '--db', db, '--json']);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({
      orders: 2,
      skus: 2,
      inventory: 2,
      'freight-values': 2,
      'store-settings': 1,
      'oms-orders': 1
    });

    const stats = await cli(['stats', '--db', db, '--json']);
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.stdout)).toEqual({
      orders: 2,
      'oms-orders': 1,
      affiliates: 2,
      'sales-channels': 3,
      skus: 2,
      inventory: 3,
      prices: 2,
      docks: 2,
      warehouses: 2,
      'shipping-policies': 2,
      'freight-values': 2,
      'store-settings': 6,
      'connections-orders': 0
    });
    const table = await cli(['stats', '--db', db]);
    expect(table.stdout).toMatch(/account lojateste/);
    expect(table.stdout).toMatch(/orders\s+2/);
  });

  it('exits non-zero with the import error on stderr, and the mirror keeps what it had', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'cli-')), 'mirror.db');
    await cli(['import', SMALL_STORE, '--db', db]);
    const bad = folderWith({
      'orders.ndjson':
        '{"marketplaceOrderId":"1","affiliateId":"AMZ","createdAt":"2026-11-19T10:00:00Z","items":[{"id":"1","quantity":"two","price":1}],"integration":{"status":"error"}}\n'
    });
    const result = await cli(['import', bad, '--db', db]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('orders.ndjson line 1: items[0].quantity: expected a positive integer, got "two"\n');
    expect(JSON.parse((await cli(['stats', '--db', db, '--json'])).stdout).orders).toBe(2);
  });

  it('has --help on every command and names unknown commands and flags', async () => {
    for (const command of ['import', 'stats', 'generate', 'web', 'classify', 'diagnose', 'simulate', 'review']) {
      const help = await cli([command, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: integration-desk ${command}`));
    }
    expect((await cli(['frobnicate'])).code).toBe(2);
    const badFlag = await cli(['stats', '--nope']);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toMatch(/stats: Unknown option '--nope'/);
    expect((await cli(['import'])).stderr).toMatch(/name the snapshot folder/);
  });
});
