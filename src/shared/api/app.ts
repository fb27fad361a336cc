import { z } from 'zod';
import type { KindCounts } from '../domain/snapshot';
import { entry } from './contract-entry';
import { queueFilterSchema } from './queue';

/** What the shell shows in its rail: which store, how old the mirror is, where it lives. */
export interface AppInfo {
  appVersion: string;
  /** 'desktop' in Electron, 'browser' behind the loopback bridge. */
  transport: 'desktop' | 'browser';
  account: string | null;
  exportedAt: string | null;
  source: string | null;
  dbPath: string;
  counts: KindCounts;
  /** An import committed and the diagnosis of its failed orders has not finished yet (it runs on the next open). */
  diagnosisPending: boolean;
}

export const LOCALE_IDS = ['en', 'pt-BR', 'es'] as const;
export const THEMES = ['light', 'dark'] as const;

/** The queue's columns an agent can widen or narrow, with their width in pixels. */
export const RESIZABLE_COLUMNS = ['affiliate', 'orderId', 'errorType', 'cause', 'value'] as const;
export type ResizableColumn = (typeof RESIZABLE_COLUMNS)[number];

const columnWidthsSchema = z
  .object(
    Object.fromEntries(RESIZABLE_COLUMNS.map((column) => [column, z.number().int().min(40).max(1200).optional()])) as {
      [C in ResizableColumn]: z.ZodOptional<z.ZodNumber>;
    }
  )
  .strict();

/**
 * The agent's preferences, kept in the mirror's settings so every transport (and a browser with no
 * storage of its own) finds them again after a restart. Null where the agent chose nothing yet.
 */
export interface Preferences {
  /** The name audit entries, notes and resolutions record: the one set in Settings, else the OS user. */
  agentName: string;
  /** The OS user, the name used while none is set. */
  osUser: string;
  locale: (typeof LOCALE_IDS)[number] | null;
  theme: (typeof THEMES)[number] | null;
  columnWidths: Partial<Record<ResizableColumn, number>>;
  lastFilter: z.input<typeof queueFilterSchema> | null;
}

/** A change to some preferences; an empty agent name goes back to the OS user. */
export const preferencesPatchSchema = z
  .object({
    agentName: z.string().trim().max(120).optional(),
    locale: z.enum(LOCALE_IDS).optional(),
    theme: z.enum(THEMES).optional(),
    columnWidths: columnWidthsSchema.optional(),
    lastFilter: queueFilterSchema.optional()
  })
  .strict();

export const appContract = {
  'app/info': entry<AppInfo>()(z.object({}).strict()),
  /** Wipes the mirror and loads the bundled demo store, or leaves it empty. */
  'mirror/reset': entry<AppInfo>()(z.object({ to: z.enum(['demo', 'empty']) }).strict()),
  'preferences/get': entry<Preferences>()(z.object({}).strict()),
  /** Saves the fields given and answers with every preference. */
  'preferences/set': entry<Preferences>()(preferencesPatchSchema)
};
