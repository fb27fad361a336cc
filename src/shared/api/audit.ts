import { z } from 'zod';
import type { AuditEntry } from '../domain/model';
import { entry } from './contract-entry';

export interface AuditPage {
  total: number;
  rows: AuditEntry[];
}

export const auditContract = {
  'audit/list': entry<AuditPage>()(
    z
      .object({
        orderId: z.number().int().positive().optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(200)
      })
      .strict()
  ),
  /** The whole log as CSV text (cells safe from formula injection). */
  'audit/export-csv': entry<{ fileName: string; csv: string }>()(z.object({}).strict())
};
