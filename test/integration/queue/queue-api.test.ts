import { describe, expect, it } from 'vitest';
import { createApi } from '../../../src/main/core/api';
import { systemClock, createEventHub } from '../../../src/main/core/ports';
import type { CoreDeps } from '../../../src/main/core/services/deps';
import { seedQueue } from './seed';

function api() {
  const deps: CoreDeps = {
    db: seedQueue(),
    dbPath: ':memory:',
    transport: 'browser',
    appVersion: 'test',
    clock: systemClock,
    actor: 'tester',
    events: createEventHub(),
    demoSnapshotDir: ''
  };
  return createApi(deps);
}

describe('queue API', () => {
  it('serves a page with the contract’s defaults: failed orders, newest attempt first', async () => {
    const result = await api().dispatch('queue/list', { limit: 2 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const page = result.value as { total: number; rows: { id: number }[] };
    expect(page.total).toBe(5);
    expect(page.rows.map((row) => row.id)).toEqual([5, 3]);
  });

  it('serves facets, positions and groups', async () => {
    const core = api();
    const facets = await core.dispatch('queue/facets', { filter: { search: 'tenis' } });
    expect(facets.ok && (facets.value as { errorTypes: unknown[] }).errorTypes).toEqual([
      { value: 'sla_unavailable', label: null, count: 2 },
      { value: 'out_of_stock', label: null, count: 1 }
    ]);
    const position = await core.dispatch('queue/position', {
      id: 2,
      filter: { states: ['open'] },
      sort: { by: 'value', direction: 'desc' }
    });
    expect(position).toEqual({ ok: true, value: { index: 0 } });
    const groups = await core.dispatch('groups/list', {});
    expect(groups.ok && (groups.value as { groups: { code: string }[] }).groups[0].code).toBe('sku_inactive');
  });

  it('refuses a filter date without a zone at the boundary', async () => {
    const result = await api().dispatch('queue/list', { filter: { from: '2026-11-01T00:00:00' } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid-argument');
  });
});
