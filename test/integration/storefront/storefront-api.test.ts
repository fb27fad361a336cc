import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApi, type CoreApi } from '../../../src/main/core/api';
import { openMirror } from '../../../src/main/core/db/connection';
import { importSnapshot } from '../../../src/main/core/import';
import { createEventHub } from '../../../src/main/core/ports';
import type { CoreDeps } from '../../../src/main/core/services/deps';
import type { SkuCandidate, StorefrontCheck } from '../../../src/shared/api/storefront';

const DEMO = join(__dirname, '../../../resources/demo/snapshot');

describe('storefront API over the demo mirror', () => {
  let api: CoreApi;
  beforeAll(async () => {
    const db = openMirror(':memory:');
    await importSnapshot(db, DEMO);
    const deps: CoreDeps = {
      db,
      dbPath: ':memory:',
      transport: 'browser',
      appVersion: 'test',
      clock: { now: () => new Date('2026-11-22T12:00:00Z') },
      actor: 'tester',
      events: createEventHub(),
      demoSnapshotDir: ''
    };
    api = createApi(deps);
  });

  const check = async (args: Record<string, unknown>) => {
    const result = await api.dispatch('storefront/check', args);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as StorefrontCheck;
  };

  it('finds a SKU by its id, its RefId, or a word of its name', async () => {
    const search = async (text: string) => {
      const result = await api.dispatch('storefront/search', { text });
      return result.ok ? (result.value as SkuCandidate[]) : [];
    };
    expect((await search('10025'))[0]).toMatchObject({ id: '10025', refId: 'LC-1004-P-VERD' });
    expect((await search('LC-1004-P-VERD')).map((sku) => sku.id)[0]).toBe('10025');
    const byName = await search('legging');
    expect(byName.length).toBeGreaterThan(1);
    expect(byName.every((sku) => sku.name.toLowerCase().includes('legging'))).toBe(true);
    // LIKE's wildcards typed by the agent match only themselves.
    expect(await search('%')).toEqual([]);
  });

  it('checks the SKU a RefId names, with the records its cards name', async () => {
    const answer = await check({ sku: 'LC-1004-P-VERD', tradePolicyId: '1', postalCode: '01310-100' });
    expect(answer.kind).toBe('checked');
    if (answer.kind !== 'checked') return;
    expect(answer.sku.id).toBe('10025');
    expect(answer.tradePolicyName).toBe('Loja principal');
    expect(answer.quantity).toBe(1);
    expect(answer.verdict.causes.map((c) => c.code)).toEqual(['out_of_stock_not_sellable']);
    expect(answer.records.skus.map((sku) => sku.id)).toEqual(['10025']);
    expect(answer.records.docks.length).toBeGreaterThan(0);
  });

  it('lists the candidates when a name matches several SKUs, and says when none does', async () => {
    const several = await check({ sku: 'Legging', tradePolicyId: '1' });
    expect(several.kind).toBe('candidates');
    expect(several.kind === 'candidates' && several.candidates.length).toBeGreaterThan(1);
    expect(await check({ sku: 'no such thing', tradePolicyId: '1' })).toEqual({ kind: 'not_found', text: 'no such thing' });
  });

  it('lists the trade policies and refuses a check without one', async () => {
    const policies = await api.dispatch('storefront/trade-policies', {});
    expect(policies.ok && (policies.value as { id: string }[]).map((p) => p.id)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9'
    ]);
    const refused = await api.dispatch('storefront/check', { sku: '10025' });
    expect(refused.ok).toBe(false);
  });
});
