import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Host } from '../../../src/main/core/host';
import { accessOf } from '../../../src/main/core/writer/access';
import { demoHost, mirrorFile } from './big-snapshot';

/*
 * Issue 9: reads never write (the queue's search-index catch-up belongs to the writer). Every read
 * the desk makes on start and on a filter, a search included, is called on a mirror file whose
 * search index a write left behind, and no connection of the host may commit anything meanwhile:
 * another connection's PRAGMA data_version moves on any commit to the file.
 */
const hosts: Host[] = [];
afterEach(() => {
  for (const host of hosts.splice(0)) host.db.close();
});

const FILTER = { states: ['open'], errorTypes: [], causes: [], affiliates: [], tradePolicies: [], search: '' };

describe('reads never write', { timeout: 120_000 }, () => {
  it('the desk’s reads, a search over a stale search index included, commit nothing to the mirror', async () => {
    const file = mirrorFile();
    const host = await demoHost(file);
    hosts.push(host);
    const [order] = host.db
      .prepare('SELECT id, marketplace_order_id AS orderId FROM marketplace_orders ORDER BY id LIMIT 1')
      .all() as {
      id: number;
      orderId: string;
    }[];
    // A write from outside the writer (another process on the file): the search index is now behind it.
    const other = new Database(file);
    other.prepare('UPDATE marketplace_orders SET integration_message = integration_message WHERE id = ?').run(order.id);
    const version = () => other.pragma('data_version', { simple: true }) as number;
    const before = version();

    const reads: [string, unknown][] = [
      ['app/info', {}],
      ['preferences/get', {}],
      ['queue/list', { filter: FILTER, sort: { by: 'date', direction: 'desc' }, offset: 0, limit: 100 }],
      [
        'queue/list',
        { filter: { ...FILTER, search: order.orderId }, sort: { by: 'date', direction: 'desc' }, offset: 0, limit: 100 }
      ],
      ['queue/facets', { filter: FILTER }],
      ['queue/facets', { filter: { ...FILTER, search: order.orderId } }],
      ['queue/position', { id: order.id, filter: FILTER, sort: { by: 'date', direction: 'desc' } }],
      ['orders/view', { id: order.id }],
      ['groups/list', {}],
      ['trends/overview', {}],
      ['audit/list', { offset: 0, limit: 50 }],
      ['plan/list', {}]
    ];
    for (const [name, args] of reads) {
      expect(accessOf(name as never), name).toBe('read');
      const result = await host.api.dispatch(name, args);
      expect(result.ok, `${name}: ${JSON.stringify(result).slice(0, 300)}`).toBe(true);
    }
    expect(version()).toBe(before);
    // The search read did not catch the index up: that is the writer's, after its next write.
    expect(other.prepare('SELECT COUNT(*) FROM queue_search_dirty').pluck().get()).toBe(1);
    // The detector sees the host's commits: a write moves it, and the writer catches the index up.
    expect((await host.api.dispatch('preferences/set', { agentName: 'Ana' })).ok).toBe(true);
    expect(version()).not.toBe(before);
    expect(other.prepare('SELECT COUNT(*) FROM queue_search_dirty').pluck().get()).toBe(0);
    other.close();
  });
});
