import { useEffect } from 'react';
import { useAppStore } from '../stores/app-store';
import { useOrderStore } from '../stores/order-store';
import { useQueueStore } from '../stores/queue-store';
import { useReprocessStore } from '../stores/reprocess-store';
import { useWizardStore } from '../stores/wizard-store';
import { isUnexplained } from '../i18n/domain/sweep';

/** Keys typed into a field belong to the field. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

/**
 * The desk's key map: j/k or arrows move in the queue, Enter opens, `/` searches, `w` opens the
 * wizard, `r` reprocesses, `g` goes to groups, `q` back to the queue, `b` asks why customers can't buy a SKU, `?` shows the keys.
 */
export function useKeyboard(toggleKeyMap: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const app = useAppStore.getState();
      const wizardOpen = useWizardStore.getState().open;
      if (event.key === '?') {
        event.preventDefault();
        toggleKeyMap();
        return;
      }
      if (wizardOpen) {
        // Focus can leave the dialog (the Reprocess button disappears once it ran): Esc still closes it.
        if (event.key === 'Escape') {
          event.preventDefault();
          useWizardStore.getState().close();
          void useOrderStore.getState().refresh();
          void useQueueStore.getState().reload();
        }
        return;
      }
      const queue = useQueueStore.getState();
      const onQueue = app.screen === 'queue';
      switch (event.key) {
        case 'j':
        case 'ArrowDown':
          if (!onQueue) return;
          event.preventDefault();
          queue.move(1);
          break;
        case 'k':
        case 'ArrowUp':
          if (!onQueue) return;
          event.preventDefault();
          queue.move(-1);
          break;
        case 'Enter':
          if (!onQueue || event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement) return;
          event.preventDefault();
          queue.openCursor();
          break;
        case '/':
          event.preventDefault();
          app.go('queue');
          requestAnimationFrame(() => window.dispatchEvent(new Event('desk:focus-search')));
          break;
        case 'w': {
          const view = useOrderStore.getState().view;
          if (onQueue && view) {
            event.preventDefault();
            useWizardStore.getState().start(view);
          }
          break;
        }
        case 'r': {
          const view = useOrderStore.getState().view;
          // The pane offers no Reprocess for an unexplained order (nothing explains it: escalate), nor does the key.
          if (onQueue && view && view.state === 'open' && !isUnexplained(view.diagnosis)) {
            event.preventDefault();
            void useReprocessStore
              .getState()
              .run([view.order.id])
              .then(() => Promise.all([useOrderStore.getState().refresh(), useQueueStore.getState().reload()]));
          }
          break;
        }
        case 'g':
          event.preventDefault();
          app.go('groups');
          break;
        case 'd':
          event.preventDefault();
          app.go('trends');
          break;
        case 'q':
          event.preventDefault();
          app.go('queue');
          break;
        case 'b':
          event.preventDefault();
          app.go('storefront');
          break;
        case 'Escape':
          if (onQueue) queue.select(null);
          break;
        default:
          break;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [toggleKeyMap]);
}
