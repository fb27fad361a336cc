import { LOCALE_IDS, THEMES, preferencesPatchSchema, type Preferences } from '../../../shared/api/app';
import { queueFilterSchema } from '../../../shared/api/queue';
import type { z } from 'zod';
import { readSetting, readSettings, writeSettings } from '../db/repositories/settings-repository';
import type { CoreDeps } from './deps';

/** The setting that names the agent (Settings screen); the change plan reads it too. */
export const AGENT_NAME_SETTING = 'agent.name';

const KEYS = {
  locale: 'pref.locale',
  theme: 'pref.theme',
  columnWidths: 'pref.columnWidths',
  lastFilter: 'pref.lastFilter'
} as const;

/**
 * Who the audit log, a note or a resolution names: the agent's name from Settings, else the OS
 * user running the app (what it named before an agent set a name).
 */
export function agentName(deps: Pick<CoreDeps, 'db' | 'actor'>): string {
  return readSetting(deps.db, AGENT_NAME_SETTING) ?? deps.actor;
}

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | null {
  return value !== undefined && (values as readonly string[]).includes(value) ? (value as T) : null;
}

/** A stored JSON value that still parses against today's schema; anything else is as if never set. */
function parsedJson<S extends z.ZodType>(schema: S, text: string | undefined): z.input<S> | null {
  if (text === undefined) return null;
  try {
    const value: unknown = JSON.parse(text);
    return schema.safeParse(value).success ? (value as z.input<S>) : null;
  } catch {
    return null;
  }
}

export function readPreferences(deps: CoreDeps): Preferences {
  const stored = readSettings(deps.db, 'pref.');
  const widths = parsedJson(preferencesPatchSchema.shape.columnWidths.unwrap(), stored[KEYS.columnWidths]);
  return {
    agentName: agentName(deps),
    osUser: deps.actor,
    locale: oneOf(LOCALE_IDS, stored[KEYS.locale]),
    theme: oneOf(THEMES, stored[KEYS.theme]),
    columnWidths: widths ?? {},
    lastFilter: parsedJson(queueFilterSchema, stored[KEYS.lastFilter])
  };
}

export function savePreferences(deps: CoreDeps, patch: z.output<typeof preferencesPatchSchema>): Preferences {
  const entries: Record<string, string | null> = {};
  if (patch.agentName !== undefined) entries[AGENT_NAME_SETTING] = patch.agentName === '' ? null : patch.agentName;
  if (patch.locale !== undefined) entries[KEYS.locale] = patch.locale;
  if (patch.theme !== undefined) entries[KEYS.theme] = patch.theme;
  if (patch.columnWidths !== undefined) entries[KEYS.columnWidths] = JSON.stringify(patch.columnWidths);
  if (patch.lastFilter !== undefined) entries[KEYS.lastFilter] = JSON.stringify(patch.lastFilter);
  writeSettings(deps.db, entries);
  return readPreferences(deps);
}

export function createPreferencesHandlers(deps: CoreDeps) {
  return {
    'preferences/get': () => readPreferences(deps),
    'preferences/set': (patch: z.output<typeof preferencesPatchSchema>) => savePreferences(deps, patch)
  };
}
