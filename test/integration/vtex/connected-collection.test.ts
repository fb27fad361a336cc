import { describe, expect, it } from 'vitest';
import type { ConnectedFixPreview, ConnectedFixResult } from '../../../src/shared/api/connected';
import type { FixResult } from '../../../src/shared/api/fixes';
import type { PlanApplyPreview, PlanApplyResult } from '../../../src/shared/api/plan';
import { findSku, skuCollectionIds } from '../../../src/main/core/db/repositories/store-write-repository';
import { fakeGroups } from '../../support/fake-vtex/collection-routes';
import { useConnectedHost } from '../../support/connected-host';

const { desk, db, lastAudit, skusOfProduct } = useConnectedHost();

/**
 * A product of the fake and the mirror none of whose SKUs is in a collection the demo knows, and that
 * collection; `skip` picks another product.
 */
function productOutsideACollection(skip: number): { productId: string; skuIds: string[]; collectionId: string } {
  const skus = [...desk.fake.store.skus.values()];
  const collections = [...new Set(skus.flatMap((s) => Object.keys(s.ProductClusterNames ?? {})))];
  const found = [...new Set(skus.filter((s) => findSku(db(), String(s.Id)) !== null).map((s) => String(s.ProductId)))].flatMap(
    (productId) => {
      const ids = skusOfProduct(productId);
      const collectionId = collections.find((c) => ids.every((id) => !skuCollectionIds(db(), id).includes(c)));
      return collectionId ? [{ productId, skuIds: ids, collectionId }] : [];
    }
  );
  const picked = found[skip];
  if (!picked) throw new Error('every product of the demo is in every collection');
  return picked;
}

describe('adding a product to a collection through Catalog', () => {
  it("adds each SKU to the collection's Inclusive group, and mirrors the SKUs as VTEX returns them", async () => {
    const { productId, skuIds, collectionId } = productOutsideACollection(0);
    // An Exclusive group first: a SKU added to it would be left out of the collection.
    const groups = fakeGroups(desk.fake.store, collectionId)!;
    groups.unshift({ ...groups[0], Id: groups[0].Id + 1, Name: 'left out', Type: 'Exclusive' });
    const inclusive = groups.find((g) => g.Type === 'Inclusive')!;
    const path = `/api/catalog/pvt/subcollection/${inclusive.Id}/stockkeepingunit`;
    const fix = { kind: 'add_to_collection', productId, collectionId };

    const preview = await desk.value<ConnectedFixPreview>('connected/preview', { fix });
    expect(preview).toMatchObject({ account: 'lojademo', through: 'api', admin: null });
    const result = await desk.value<ConnectedFixResult>('connected/apply', { fix });
    expect(result.failed).toEqual([]);
    expect(result.changed.map((c) => c.entityId).sort()).toEqual([...skuIds].sort());
    for (const changed of result.changed) {
      expect(changed).toMatchObject({ entity: 'sku', field: 'collectionIds', call: { method: 'POST', path, status: 200 } });
      expect(changed.after).toContain(collectionId);
    }
    const calls = desk.fake.requests.slice(-3 * skuIds.length).map((r) => `${r.method} ${r.path}`);
    // Per SKU: the collection's groups, the SKU into the Inclusive one, the SKU with its context.
    expect(calls.slice(0, 2)).toEqual([`GET /api/catalog/pvt/collection/${collectionId}/subcollection`, `POST ${path}`]);
    expect(skuIds.map((id) => `GET /api/catalog_system/pvt/sku/stockkeepingunitbyid/${id}`)).toContain(calls[2]);
    for (const id of skuIds) {
      expect(Object.keys(desk.fake.store.skus.get(id)?.ProductClusterNames ?? {})).toContain(collectionId);
      expect(skuCollectionIds(db(), id)).toContain(collectionId);
    }
    expect(lastAudit()).toMatchObject({ id: result.auditId });
    expect(lastAudit().after).toEqual(
      expect.arrayContaining([expect.objectContaining({ account: 'lojademo', method: 'POST', path, status: 200 })])
    );
  });

  it('names the License Manager resource when the key may not change collections, and changes nothing', async () => {
    const { productId, skuIds, collectionId } = productOutsideACollection(1);
    const stored = skuIds.map((id) => structuredClone(desk.fake.store.skus.get(id)));
    desk.fake.on('POST', /^\/api\/catalog\/pvt\/subcollection\/[^/]+\/stockkeepingunit$/, () => ({
      status: 403,
      body: { error: { message: 'Forbidden' } }
    }));
    const result = await desk.value<ConnectedFixResult>('connected/apply', {
      fix: { kind: 'add_to_collection', productId, collectionId }
    });
    expect(result.changed).toEqual([]);
    expect(result.failed.map((f) => f.entityId).sort()).toEqual([...skuIds].sort());
    for (const failed of result.failed) {
      expect(failed).toMatchObject({ entity: 'sku', call: expect.objectContaining({ method: 'POST', status: 403 }) });
      expect(failed.message).toContain('Catalog › Configuration › CMS Management');
    }
    for (const id of skuIds) expect(skuCollectionIds(db(), id)).not.toContain(collectionId);
    expect(skuIds.map((id) => desk.fake.store.skus.get(id))).toEqual(stored);
  });

  it('names the resource that reads collections when the key may not, and sends no write', async () => {
    const { productId, skuIds, collectionId } = productOutsideACollection(2);
    desk.fake.on('GET', /^\/api\/catalog\/pvt\/collection\/[^/]+\/subcollection$/, () => ({
      status: 403,
      body: { error: { message: 'Forbidden' } }
    }));
    const sent = desk.fake.requests.length;
    const result = await desk.value<ConnectedFixResult>('connected/apply', {
      fix: { kind: 'add_to_collection', productId, collectionId }
    });
    expect(result.changed).toEqual([]);
    expect(result.failed).toHaveLength(skuIds.length);
    expect(result.failed[0].message).toContain('Catalog › Collection › Read Collections');
    expect(desk.fake.requests.slice(sent).filter((r) => r.method === 'POST')).toEqual([]);
    for (const id of skuIds) expect(skuCollectionIds(db(), id)).not.toContain(collectionId);
  });

  it('applies a planned addition through the change plan: the preview names the call, each SKU ends done', async () => {
    const { productId, skuIds, collectionId } = productOutsideACollection(3);
    const planned = await desk.value<FixResult>('fixes/apply', { fix: { kind: 'add_to_collection', productId, collectionId } });
    expect(planned.plannedChanges.map((c) => c.object.id).sort()).toEqual([...skuIds].sort());
    const ids = planned.plannedChanges.map((c) => c.id);

    const preview = await desk.value<PlanApplyPreview>('plan/preview-apply', { ids });
    expect(preview.lines.map((l) => l.changeId).sort()).toEqual([...ids].sort());
    for (const line of preview.lines)
      expect(line).toMatchObject({
        call: { method: 'POST', path: '/api/catalog/pvt/subcollection/{subCollectionId}/stockkeepingunit' },
        adminLink: null
      });
    const result = await desk.value<PlanApplyResult>('plan/apply', { ids });
    expect(result.lines.map((l) => [l.outcome, l.state])).toEqual(ids.map(() => ['done', 'done']));
    const group = fakeGroups(desk.fake.store, collectionId)!.find((g) => g.Type === 'Inclusive')!;
    for (const line of result.lines)
      expect(line.call).toEqual({
        method: 'POST',
        path: `/api/catalog/pvt/subcollection/${group.Id}/stockkeepingunit`,
        status: 200
      });
    for (const id of skuIds) expect(Object.keys(desk.fake.store.skus.get(id)?.ProductClusterNames ?? {})).toContain(collectionId);
  });
});
