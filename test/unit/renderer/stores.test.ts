import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../../src/main/core/services/app-service';
import { deskOverCore } from '../../support/desk-over-core';

/**
 * The renderer's stores against the real core over an in-memory demo mirror: the same typed API the
 * preload exposes, with no transport in between (the stores reach it through window.desk).
 */
const { desk, deps } = deskOverCore(join(__dirname, '../../../resources/demo/snapshot'));
// Every failed order of the demo is one the generator planted a failure in.
const FAILED = Object.keys(
  JSON.parse(readFileSync(join(__dirname, '../../../resources/demo/expected-causes.json'), 'utf8')) as Record<string, unknown>
).length;
(globalThis as unknown as { window: unknown }).window = { desk, location: { href: 'http://127.0.0.1/' } };

const { useQueueStore } = await import('../../../src/renderer/src/stores/queue-store');
const { useOrderStore } = await import('../../../src/renderer/src/stores/order-store');
const { useWizardStore } = await import('../../../src/renderer/src/stores/wizard-store');
const { useImportStore } = await import('../../../src/renderer/src/stores/import-store');
const { useGroupsStore } = await import('../../../src/renderer/src/stores/groups-store');

beforeAll(async () => {
  await loadDemo(deps);
});

describe('queue store', () => {
  it('loads the first page, the total and the facet counts', async () => {
    await useQueueStore.getState().reload();
    const { total, rows, facets } = useQueueStore.getState();
    expect(total).toBe(FAILED);
    expect(rows.size).toBe(FAILED);
    expect(facets!.errorTypes.reduce((sum, f) => sum + f.count, 0)).toBe(FAILED);
  });

  it('narrows by a facet value, and the total equals that value’s count', async () => {
    const sla = useQueueStore.getState().facets!.errorTypes.find((f) => f.value === 'sla_unavailable')!;
    await useQueueStore.getState().toggleFacet('errorTypes', 'sla_unavailable');
    expect(useQueueStore.getState().total).toBe(sla.count);
    expect([...useQueueStore.getState().rows.values()].every((row) => row.errorType === 'sla_unavailable')).toBe(true);
    await useQueueStore.getState().clearFilters();
    expect(useQueueStore.getState().total).toBe(FAILED);
  });

  it('moves a cursor with j/k and opens the row under it', async () => {
    const store = useQueueStore.getState();
    store.move(1); // from no cursor to the first row
    expect(useQueueStore.getState().cursorIndex).toBe(0);
    store.move(1);
    store.move(1);
    store.move(-1);
    expect(useQueueStore.getState().cursorIndex).toBe(1);
    store.move(-5); // never above the first row
    expect(useQueueStore.getState().cursorIndex).toBe(0);
    store.move(1);
    useQueueStore.getState().openCursor();
    expect(useQueueStore.getState().selectedId).toBe(useQueueStore.getState().rows.get(1)!.id);
  });
});

describe('wizard store', () => {
  it('walks one order from its cause to a planned change and a replay that would integrate once it is made', async () => {
    const id = [...useQueueStore.getState().rows.values()].find((row) => row.topCause?.code === 'sku_inactive')!.id;
    await useOrderStore.getState().load(id);
    const wizard = useWizardStore.getState();
    wizard.start(useOrderStore.getState().view!);
    expect(useWizardStore.getState().fix).toMatchObject({ kind: 'activate_sku' });
    await useWizardStore.getState().previewFix();
    expect(useWizardStore.getState().preview!.changes[0]).toMatchObject({ field: 'isActive', before: false, after: true });
    await useWizardStore.getState().applyFix();
    expect(useWizardStore.getState().applied!.auditId).toBeGreaterThan(0);
    const planned = useWizardStore.getState().applied!.plannedChanges;
    expect(planned).toMatchObject([{ fixKind: 'activate_sku', field: 'Active', before: false, after: true, state: 'planned' }]);
    await useWizardStore.getState().verify();
    expect(useWizardStore.getState().verified!.diagnosis!.outcome).toBe('no_cause_found');
    expect(useWizardStore.getState().verdict).toMatchObject({
      result: 'would_integrate',
      message: null,
      localCopy: true,
      plannedChanges: planned
    });
    await useWizardStore.getState().reprocess();
    expect(useWizardStore.getState().outcome).toMatchObject({ result: 'would_integrate', vtexOrderId: null });
    expect(useWizardStore.getState().outcomePlan).toEqual(planned);
  });

  it('verifies with the replay’s judge: after the XML feed fix the SKU still has no stock, so verify is not green', async () => {
    // The demo's storefront order whose SKU 10107 an XML feed hid (resources/demo/expected-causes.json).
    const row = [...useQueueStore.getState().rows.values()].find(
      (r) => r.marketplaceOrderId === '26a5917c645cfcae5b7401bfdce70306'
    )!;
    await useOrderStore.getState().load(row.id);
    useWizardStore.getState().start(useOrderStore.getState().view!);
    expect(useWizardStore.getState().fix).toMatchObject({ kind: 'xml_show_out_of_stock' });
    await useWizardStore.getState().applyFix();
    await useWizardStore.getState().verify();
    const { verdict } = useWizardStore.getState();
    expect(verdict!.result).toBe('would_fail');
    expect(verdict!.simulation === null || verdict!.simulation.items.some((item) => item.availability !== 'available')).toBe(
      true
    );
    await useWizardStore.getState().reprocess();
    expect(useWizardStore.getState().outcome).toMatchObject({ result: 'still_failing' });
  });
});

describe('groups store', () => {
  it('pre-fills a stock group’s fix with the whole group’s need: exactly enough for every order to integrate', async () => {
    await useGroupsStore.getState().load();
    // SKU 10097: one group for the SKU's stock whatever the trade policy (issue 11); two of its orders
    // come through Mercado Livre's policy, 2 units each, with 1 unit in stock.
    const group = useGroupsStore.getState().groups.find((g) => g.code === 'insufficient_stock' && g.skuId === '10097')!;
    expect(group.tradePolicies.map((policy) => policy.id)).toEqual(['2']);
    await useGroupsStore.getState().open(group);
    const { fix, sample } = useGroupsStore.getState();
    if (fix?.kind !== 'update_inventory') throw new Error(`expected a stock fix, got ${fix?.kind}`);
    const balance = sample!.records.inventory.find((b) => b.skuId === fix.skuId && b.warehouseId === fix.warehouseId)!;
    // Both orders' 4 units on top of what is reserved, not one order's 2.
    expect(balance.totalQuantity).toBeGreaterThanOrEqual(balance.reservedQuantity);
    expect(fix.totalQuantity).toBe(balance.reservedQuantity + 4);
    // The orders the group held when opened, kept in the core as the pre-check's snapshot: the fix
    // re-diagnoses them out of the group before any reprocess, and the re-check still walks them all.
    expect(useGroupsStore.getState().precheck).toMatchObject({ total: group.orderCount, snapshot: expect.any(String) });
    const precheck = async () => {
      await useGroupsStore.getState().recheck();
      return useGroupsStore.getState().precheck;
    };
    useGroupsStore.getState().editFix({ ...fix, totalQuantity: fix.totalQuantity - 1 });
    await useGroupsStore.getState().applyFix();
    expect(await precheck()).toMatchObject({ wouldSucceed: 1, total: group.orderCount });
    useGroupsStore.getState().editFix(fix);
    await useGroupsStore.getState().applyFix();
    // The policy's two orders now integrate; the other two still fail on stock the warehouse does not give their policy.
    expect(await precheck()).toMatchObject({ wouldSucceed: 2, total: group.orderCount, shortfalls: [] });
  });
});

describe('import store', () => {
  it('keeps the file, line and field of a failed import for the error panel', async () => {
    useImportStore.getState().setDir('/no/such/folder');
    expect(await useImportStore.getState().start()).toBe(false);
    expect(useImportStore.getState().failure).toMatchObject({
      message: expect.stringContaining('cannot read the snapshot folder'),
      details: { file: '/no/such/folder' }
    });
  });
});
