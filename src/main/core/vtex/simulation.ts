import type { VtexHttp } from './http';
import { invalid, isObject } from './validate';

/** A fulfillment simulation request: the order's items, where it goes, and the marketplace's context. */
export interface SimulationRequest {
  items: { id: string; quantity: number; seller?: string }[];
  postalCode: string;
  /** ISO 3166-1 alpha-3, required with a postal code. */
  country: string;
  /** The trade policy (`sc`) and affiliate the marketplace's orders use. */
  salesChannel: string;
  affiliateId?: string;
}

/** The fields of VTEX's answer that a diagnosis reads (Checkout API, orderForms/simulation). */
export interface SimulationResult {
  items: {
    id: string;
    requestIndex: number;
    quantity: number;
    seller: string;
    price: number | null;
    listPrice: number | null;
    sellingPrice: number | null;
    availability: string | null;
  }[];
  logisticsInfo: {
    itemIndex: number;
    shipsTo: string[];
    slas: { id: string; name: string; deliveryChannel: string | null; price: number; shippingEstimate: string | null }[];
  }[];
  messages: { code: string | null; text: string; status: string | null }[];
  postalCode: string | null;
  country: string | null;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);
const objects = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter(isObject) : []);

/**
 * `POST /api/checkout/pub/orderForms/simulation?sc=&affiliateId=`: what VTEX itself would sell and
 * deliver for these items, to this postal code, through this trade policy and marketplace.
 */
export async function simulateFulfillment(
  http: VtexHttp,
  request: SimulationRequest,
  signal?: AbortSignal
): Promise<SimulationResult> {
  const path = '/api/checkout/pub/orderForms/simulation';
  const body = await http.json<unknown>('checkout.simulation', {
    method: 'POST',
    path,
    query: { sc: request.salesChannel, affiliateId: request.affiliateId },
    body: {
      items: request.items.map((i) => ({ id: i.id, quantity: i.quantity, seller: i.seller ?? '1' })),
      postalCode: request.postalCode,
      country: request.country
    },
    signal
  });
  if (!isObject(body) || !Array.isArray(body.items))
    throw invalid(http, 'checkout.simulation', path, 'expected an orderForm with items');
  return {
    items: objects(body.items).map((i) => ({
      id: str(i.id) ?? '',
      requestIndex: num(i.requestIndex) ?? 0,
      quantity: num(i.quantity) ?? 0,
      seller: str(i.seller) ?? '',
      price: num(i.price),
      listPrice: num(i.listPrice),
      sellingPrice: num(i.sellingPrice),
      availability: str(i.availability)
    })),
    logisticsInfo: objects(body.logisticsInfo).map((l) => ({
      itemIndex: num(l.itemIndex) ?? 0,
      shipsTo: Array.isArray(l.shipsTo) ? l.shipsTo.filter((c): c is string => typeof c === 'string') : [],
      slas: objects(l.slas).map((s) => ({
        id: str(s.id) ?? '',
        name: str(s.name) ?? '',
        deliveryChannel: str(s.deliveryChannel),
        price: num(s.price) ?? 0,
        shippingEstimate: str(s.shippingEstimate)
      }))
    })),
    messages: objects(body.messages).map((m) => ({ code: str(m.code), text: str(m.text) ?? '', status: str(m.status) })),
    postalCode: str(body.postalCode),
    country: str(body.country)
  };
}
