import { z } from 'zod';
import type { KindCounts, SnapshotKind } from '../domain/snapshot';
import { entry } from './contract-entry';

export interface ImportReport {
  dir: string;
  /** The mirror file the snapshot went into (a new one with mode `new-mirror`). */
  mirrorPath: string;
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

/** What importing `dir` into the current mirror would meet: the agent's local changes, and those the snapshot overwrites. */
export interface ImportInspection {
  dir: string;
  /** The record kinds the snapshot holds. */
  kinds: SnapshotKind[];
  local: { plannedChanges: number; notes: number; resolutions: number; localFixes: number };
  /** Planned changes whose object kind the snapshot also brings: a merge replaces those objects with the store's values. */
  overwrittenPlannedChanges: number;
  /** True when the mirror holds anything of the agent's own: the desk asks merge or new mirror first. */
  hasLocalChanges: boolean;
}

/** `merge` upserts into the current mirror (planned changes, notes and resolutions stay); `new-mirror` imports into a new file beside it and switches to it. */
export type ImportMode = 'merge' | 'new-mirror';

export const importContract = {
  /** Reads the snapshot's file list and the mirror's local changes; writes nothing. */
  'import/inspect': entry<ImportInspection>()(z.object({ dir: z.string().trim().min(1).max(4096) }).strict()),
  /** `keepPersonalData` keeps customers' documents, phones and e-mails whole in this import and later ones (setting privacy.keepFullPayloads). */
  'import/snapshot': entry<ImportReport>()(
    z
      .object({
        dir: z.string().trim().min(1).max(4096),
        keepPersonalData: z.boolean().optional(),
        mode: z.enum(['merge', 'new-mirror']).optional()
      })
      .strict()
  ),
  /** Desktop only: the native picker, for a snapshot folder or an Admin export file. The browser mode types a path. */
  'import/pick': entry<{ dir: string | null }>()(z.object({ what: z.enum(['folder', 'export']) }).strict()),
  /** Stops a running import at its next batch; nothing it read is kept. `cancelled` is false when none was running. */
  'import/cancel': entry<{ cancelled: boolean }>()(z.object({}).strict())
};
