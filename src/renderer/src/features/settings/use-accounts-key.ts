import { useEffect } from 'react';
import { useAppStore } from '../../stores/app-store';
import { useWizardStore } from '../../stores/wizard-store';
import { useAccountsStore } from './accounts-store';

const typing = (target: EventTarget | null) =>
  target instanceof HTMLInputElement ||
  target instanceof HTMLTextAreaElement ||
  target instanceof HTMLSelectElement ||
  (target instanceof HTMLElement && target.isContentEditable);

/**
 * `a` from any screen opens the account list, focused: switching stores is one key and one choice
 * away, and never a single key alone (a stray keystroke must not change the store being fixed).
 */
export function useAccountsKey(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        event.key !== 'a' ||
        event.ctrlKey ||
        event.metaKey ||
        event.altKey ||
        typing(event.target) ||
        useWizardStore.getState().open
      )
        return;
      event.preventDefault();
      // The list takes the focus once it is on screen (Settings may mount after this handler returns).
      useAccountsStore.getState().requestFocus();
      useAppStore.getState().go('settings');
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
