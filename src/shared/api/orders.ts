import { z } from 'zod';
import type { IntegrationAttempt, MarketplaceOrder, OrderSummary } from '../domain/model';
import { entry } from './contract-entry';

export interface OrderPage {
  total: number;
  rows: OrderSummary[];
}

export interface OrderDetail {
  order: MarketplaceOrder;
  attempts: IntegrationAttempt[];
}

export const ordersContract = {
  'orders/list': entry<OrderPage>()(
    z
      .object({
        status: z.enum(['error', 'success', 'pending', 'all']).default('all'),
        limit: z.number().int().min(1).max(1000).default(200),
        offset: z.number().int().min(0).default(0)
      })
      .strict()
  ),
  'orders/get': entry<OrderDetail>()(z.object({ id: z.number().int().positive() }).strict())
};
