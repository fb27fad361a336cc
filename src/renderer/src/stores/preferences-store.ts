import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Preferences, ResizableColumn } from '../../../shared/api/app';
import { call } from '../api/client';
import type { Locale } from '../i18n';

export type Theme = 'light' | 'dark';

interface PreferencesState {
  locale: Locale;
  theme: Theme;
  /** The name recorded on audit entries, notes and resolutions (the OS user until one is set). */
  agentName: string;
  osUser: string;
  columnWidths: Partial<Record<ResizableColumn, number>>;
  /** The mirror's answer arrived: from here on every change is saved there too. */
  loaded: boolean;
  /** Reads the preferences kept in the mirror; returns them (the queue restores its last filter from them). */
  load(): Promise<Preferences | null>;
  setLocale(locale: Locale): void;
  setTheme(theme: Theme): void;
  setAgentName(name: string): Promise<void>;
  setColumnWidths(widths: Partial<Record<ResizableColumn, number>>): void;
}

function initialLocale(): Locale {
  const language = typeof navigator === 'undefined' ? 'en' : navigator.language.toLowerCase();
  if (language.startsWith('pt')) return 'pt-BR';
  if (language.startsWith('es')) return 'es';
  return 'en';
}

/** Saves in the mirror; a failed save keeps the choice on screen (it only would not survive a restart). */
function save(patch: Parameters<typeof call<'preferences/set'>>[1]): void {
  call('preferences/set', patch).catch((error: unknown) => console.warn('preferences not saved', error));
}

/**
 * The agent's language, theme, name and column widths. The mirror's settings hold them (a browser
 * on the loopback bridge keeps nothing of its own between restarts); localStorage only paints the
 * first frame in the right theme before the mirror answers.
 */
export const usePreferencesStore = create<PreferencesState>()(
  persist(
    (set, get) => ({
      locale: initialLocale(),
      theme: 'dark',
      agentName: '',
      osUser: '',
      columnWidths: {},
      loaded: false,
      async load() {
        try {
          const stored = await call('preferences/get', {});
          const { locale, theme } = get();
          set({
            locale: stored.locale ?? locale,
            theme: stored.theme ?? theme,
            agentName: stored.agentName,
            osUser: stored.osUser,
            columnWidths: stored.columnWidths,
            loaded: true
          });
          // A first start on this mirror: keep what this browser or window already chose.
          if (stored.locale === null || stored.theme === null)
            save({ locale: stored.locale ?? locale, theme: stored.theme ?? theme });
          return stored;
        } catch (error) {
          console.warn('preferences not read', error);
          return null;
        }
      },
      setLocale(locale) {
        set({ locale });
        save({ locale });
      },
      setTheme(theme) {
        set({ theme });
        save({ theme });
      },
      async setAgentName(name) {
        const stored = await call('preferences/set', { agentName: name });
        set({ agentName: stored.agentName });
      },
      setColumnWidths(widths) {
        const columnWidths = { ...get().columnWidths, ...widths };
        set({ columnWidths });
        save({ columnWidths });
      }
    }),
    { name: 'integration-desk-preferences', partialize: (state) => ({ locale: state.locale, theme: state.theme }) }
  )
);
