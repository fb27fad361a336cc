import type { SnapshotOmsOrder } from '../../../shared/domain/snapshot';
import { mapOmsOrder } from '../import/store-mappers';
import type { VtexHttp } from './http';
import { invalid, isObject, validated } from './validate';

/** A row of `GET /api/oms/pvt/orders` (the fields the desk reads; note VTEX's `marketPlaceOrderId`). */
export interface OmsListItem {
  orderId: string;
  creationDate: string;
  status: string;
  marketPlaceOrderId: string | null;
  salesChannel: string | null;
  affiliateId: string | null;
  origin: string | null;
  totalValue: number | null;
}

export interface OmsListFilter {
  /** Inclusive creation-date range; required by the windowing (VTEX serves at most 30 pages). */
  from: Date;
  to: Date;
  /** Full-text search: an order id, a client's e-mail, document or name, or a marketplace order id. */
  q?: string;
  /** Orders a page: VTEX's maximum (and the desk's default) is 100. */
  perPage?: number;
}

/** VTEX serves no page beyond the 30th of a query, whatever `paging.pages` says. */
export const OMS_MAX_PAGES = 30;
export const OMS_MAX_PER_PAGE = 100;
const PATH = '/api/oms/pvt/orders';

const creationWindow = (from: Date, to: Date): string => `creationDate:[${from.toISOString()} TO ${to.toISOString()}]`;

function listItem(http: VtexHttp, row: unknown): OmsListItem {
  if (!isObject(row) || typeof row.orderId !== 'string') throw invalid(http, 'oms.list', PATH, 'a row without an orderId');
  const text = (value: unknown): string | null =>
    typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : null;
  return {
    orderId: row.orderId,
    creationDate: text(row.creationDate) ?? '',
    status: text(row.status) ?? '',
    marketPlaceOrderId: text(row.marketPlaceOrderId),
    salesChannel: text(row.salesChannel),
    affiliateId: text(row.affiliateId),
    origin: text(row.origin),
    totalValue: typeof row.totalValue === 'number' ? row.totalValue : null
  };
}

async function page(
  http: VtexHttp,
  filter: OmsListFilter,
  from: Date,
  to: Date,
  number: number,
  signal?: AbortSignal
): Promise<{ items: OmsListItem[]; pages: number }> {
  const perPage = Math.min(OMS_MAX_PER_PAGE, Math.max(1, Math.floor(filter.perPage ?? OMS_MAX_PER_PAGE)));
  const query = {
    f_creationDate: creationWindow(from, to),
    q: filter.q,
    orderBy: 'creationDate,asc',
    page: number,
    per_page: perPage
  };
  const body = await http.json<unknown>('oms.list', { method: 'GET', path: PATH, query, signal });
  if (!isObject(body) || !Array.isArray(body.list)) throw invalid(http, 'oms.list', PATH, 'expected { list, paging }');
  const pages = isObject(body.paging) && typeof body.paging.pages === 'number' ? body.paging.pages : number;
  return { items: body.list.map((row) => listItem(http, row)), pages };
}

/**
 * Every order of a creation-date range. A range whose answer spans more than 30 pages is split in
 * halves (recursively) until each half fits, because pages past the 30th are never served; windows
 * are walked oldest first, so a caller can checkpoint on the last range it finished.
 */
export async function* listOrders(
  http: VtexHttp,
  filter: OmsListFilter,
  signal?: AbortSignal
): AsyncGenerator<{ range: { from: Date; to: Date }; items: OmsListItem[] }> {
  const windows: { from: Date; to: Date }[] = [{ from: filter.from, to: filter.to }];
  while (windows.length > 0) {
    const range = windows.shift() as { from: Date; to: Date };
    const first = await page(http, filter, range.from, range.to, 1, signal);
    if (first.pages > OMS_MAX_PAGES) {
      const span = range.to.getTime() - range.from.getTime();
      // One millisecond holding over 3,000 orders cannot be split further: say so rather than skip orders.
      if (span < 1)
        throw invalid(
          http,
          'oms.list',
          PATH,
          `more than ${OMS_MAX_PAGES} pages of orders created at ${range.from.toISOString()}`
        );
      const mid = range.from.getTime() + Math.floor(span / 2);
      windows.unshift({ from: range.from, to: new Date(mid) }, { from: new Date(mid + 1), to: range.to });
      continue;
    }
    const items = [...first.items];
    for (let n = 2; n <= first.pages; n++) items.push(...(await page(http, filter, range.from, range.to, n, signal)).items);
    yield { range, items };
  }
}

/**
 * The OMS orders whose marketplace order id is exactly this one: the full-text search (`q=`) may
 * match other fields (a client's name), so the ids are compared before anything is returned.
 */
export async function findOrdersByMarketplaceId(
  http: VtexHttp,
  marketplaceOrderId: string,
  range: { from: Date; to: Date },
  signal?: AbortSignal
): Promise<OmsListItem[]> {
  const found: OmsListItem[] = [];
  for await (const chunk of listOrders(http, { ...range, q: marketplaceOrderId }, signal)) {
    found.push(...chunk.items.filter((item) => item.marketPlaceOrderId === marketplaceOrderId));
  }
  return found;
}

/** `GET /api/oms/pvt/orders/{orderId}`, checked as the snapshot's oms-orders records are; null on 404. */
export async function readOmsOrder(http: VtexHttp, orderId: string, signal?: AbortSignal): Promise<SnapshotOmsOrder | null> {
  const path = `${PATH}/${encodeURIComponent(orderId)}`;
  const body = await http.json<unknown>('oms.get', { method: 'GET', path, signal }, true);
  return body === null ? null : validated<SnapshotOmsOrder>(http, 'oms.get', path, body, mapOmsOrder);
}
