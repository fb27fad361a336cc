import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Locale } from '../i18n';

export type Theme = 'light' | 'dark';

interface PreferencesState {
  locale: Locale;
  theme: Theme;
  setLocale(locale: Locale): void;
  setTheme(theme: Theme): void;
}

function initialLocale(): Locale {
  const language = typeof navigator === 'undefined' ? 'en' : navigator.language.toLowerCase();
  if (language.startsWith('pt')) return 'pt-BR';
  if (language.startsWith('es')) return 'es';
  return 'en';
}

/** The agent's language and theme, remembered between sessions. */
export const usePreferencesStore = create<PreferencesState>()(
  persist(
    (set) => ({
      locale: initialLocale(),
      theme: 'dark',
      setLocale: (locale) => set({ locale }),
      setTheme: (theme) => set({ theme })
    }),
    { name: 'integration-desk-preferences' }
  )
);
