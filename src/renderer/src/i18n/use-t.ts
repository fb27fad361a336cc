import { useCallback } from 'react';
import { usePreferencesStore } from '../stores/preferences-store';
import { translate, type MessageKey } from './index';

/** The translator for the agent's current language; re-renders when it changes. */
export function useT() {
  const locale = usePreferencesStore((state) => state.locale);
  const t = useCallback((key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params), [locale]);
  return { t, locale };
}
