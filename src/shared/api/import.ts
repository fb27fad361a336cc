import { z } from 'zod';
import type { KindCounts, SnapshotKind } from '../domain/snapshot';
import { entry } from './contract-entry';

export interface ImportReport {
  dir: string;
  files: { file: string; kind: SnapshotKind; records: number }[];
  counts: Partial<KindCounts>;
  durationMs: number;
}

/** Sent while an import runs (at most once per committed batch). */
export interface ImportProgress {
  file: string;
  kind: SnapshotKind;
  records: number;
  bytes: number;
  totalBytes: number;
  percent: number;
}

/** Where a bad record was found; every import failure carries it in `error.details`. */
export interface ImportErrorDetails {
  file: string;
  line?: number;
  index?: number;
  field?: string;
  expected?: string;
  got?: string;
}

export const importContract = {
  /** `keepPersonalData` keeps customers' documents, phones and e-mails whole in this import and later ones (setting privacy.keepFullPayloads). */
  'import/snapshot': entry<ImportReport>()(z.object({ dir: z.string().trim().min(1).max(4096), keepPersonalData: z.boolean().optional() }).strict()),
  /** Desktop only: the native picker, for a snapshot folder or an Admin export file. The browser mode types a path. */
  'import/pick': entry<{ dir: string | null }>()(z.object({ what: z.enum(['folder', 'export']) }).strict()),
  /** Stops a running import at its next batch; nothing it read is kept. `cancelled` is false when none was running. */
  'import/cancel': entry<{ cancelled: boolean }>()(z.object({}).strict())
};
