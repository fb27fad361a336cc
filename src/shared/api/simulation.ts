import { z } from 'zod';
import type { SimulationResult } from '../domain/diagnosis';
import { entry } from './contract-entry';

/** How far a whole diagnosis run is: failed orders diagnosed and written so far, of all the mirror's failed orders. */
export interface DiagnosisProgress {
  diagnosed: number;
  total: number;
}

const id = z.string().trim().min(1).max(200);

export const simulationContract = {
  'simulation/run': entry<SimulationResult>()(
    z
      .object({
        salesChannel: id.optional(),
        affiliateId: id.optional(),
        postalCode: z.string().trim().min(1).max(20),
        country: z.string().trim().length(3).default('BRA'),
        items: z
          .array(z.object({ id, quantity: z.number().int().min(1).max(100_000) }).strict())
          .min(1)
          .max(200)
      })
      .strict()
      .refine((request) => request.salesChannel !== undefined || request.affiliateId !== undefined, {
        message: 'give a trade policy (salesChannel) or an affiliate',
        path: ['salesChannel']
      })
  ),
  /** Diagnoses failed orders again (all of them, or the ones named). */
  'diagnosis/run': entry<{ diagnosed: number; asOf: string }>()(
    z.object({ orderIds: z.array(z.number().int().positive()).max(1_000_000).optional() }).strict()
  )
};
