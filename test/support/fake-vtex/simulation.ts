import type { FakeAnswer } from './routes';
import type { FakeStore } from './store';

/**
 * A small stand-in for `POST /api/checkout/pub/orderForms/simulation`: an item is available when its
 * SKU is active, in the trade policy `sc`, priced and in stock; SLAs come from the active docks of
 * `sc`, their active shipping policies and the freight rows covering the postal code. Enough for the
 * desk to compare VTEX's answer with its own; not VTEX's algorithm.
 */
export function simulate(store: FakeStore, query: URLSearchParams, body: unknown): FakeAnswer {
  const request = body as {
    items?: { id: string; quantity: number; seller?: string }[];
    postalCode?: string;
    country?: string;
  } | null;
  const sc = query.get('sc') ?? '1';
  if (!request || !Array.isArray(request.items)) return { status: 400, body: { error: { message: 'items are required' } } };
  const code = (request.postalCode ?? '').replace('-', '');
  const docks = store.docks.filter((d) => d.isActive && (d.salesChannels ?? []).map(String).includes(sc));
  const policies = store.shippingPolicies.filter(
    (p) => p.isActive && docks.some((d) => (d.freightTableIds ?? []).includes(p.id))
  );
  const messages: { code: string; text: string; status: string }[] = [];
  const items = request.items.map((item, index) => {
    const sku = store.skus.get(String(item.id));
    const price = store.prices.get(String(item.id));
    const fixed = price?.fixedPrices?.find((f) => String(f.tradePolicyId) === sc);
    const value = fixed?.value ?? price?.basePrice ?? null;
    const stock = (store.inventory.get(String(item.id))?.balance ?? []).reduce(
      (n, b) => n + (b.hasUnlimitedQuantity ? 1e9 : b.totalQuantity - b.reservedQuantity),
      0
    );
    const sellable = sku && sku.IsActive && (sku.SalesChannels ?? []).map(String).includes(sc) && value !== null;
    const availability = !sellable ? 'cannotBeDelivered' : stock < item.quantity ? 'withoutStock' : 'available';
    if (availability !== 'available')
      messages.push({ code: availability, text: `Item ${item.id} is unavailable`, status: 'warning' });
    const cents = value === null ? null : Math.round(value * 100);
    return {
      id: String(item.id),
      requestIndex: index,
      quantity: item.quantity,
      seller: item.seller ?? '1',
      price: cents,
      listPrice: cents,
      sellingPrice: cents,
      availability
    };
  });
  const slas = policies.flatMap((p) =>
    store.freightValues
      .filter((f) => f.shippingPolicyId === p.id && f.zipCodeStart <= code && code <= f.zipCodeEnd)
      .slice(0, 1)
      .map((f) => ({
        id: p.name,
        name: p.name,
        deliveryChannel: p.deliveryChannel ?? 'delivery',
        price: Math.round(f.absoluteMoneyCost * 100),
        shippingEstimate: '5bd'
      }))
  );
  return {
    status: 200,
    body: {
      items,
      logisticsInfo: items.map((_, itemIndex) => ({
        itemIndex,
        shipsTo: ['BRA'],
        slas: items[itemIndex].availability === 'available' ? slas : [],
        deliveryChannels: [{ id: 'delivery' }]
      })),
      messages,
      postalCode: request.postalCode ?? null,
      country: request.country ?? null,
      totals: []
    }
  };
}
