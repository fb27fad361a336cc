import type { OrderDetail, OrderPage } from '../../../shared/api/orders';
import { ApiFailure } from '../../../shared/api/result';
import { countOrders, getOrder, listAttempts, listOrders } from '../db/repositories/order-repository';
import type { CoreDeps } from './deps';

type StatusFilter = 'error' | 'success' | 'pending' | 'all';

export function createOrderHandlers(deps: CoreDeps) {
  return {
    'orders/list': ({ status, limit, offset }: { status: StatusFilter; limit: number; offset: number }): OrderPage => {
      const filter = status === 'all' ? {} : { status };
      return { total: countOrders(deps.db, filter), rows: listOrders(deps.db, { ...filter, limit, offset }) };
    },
    'orders/get': ({ id }: { id: number }): OrderDetail => {
      const order = getOrder(deps.db, id);
      if (!order) throw new ApiFailure('not-found', `No order with id ${id} in this mirror.`);
      return { order, attempts: listAttempts(deps.db, id) };
    }
  };
}
