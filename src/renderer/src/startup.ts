import { usePreferencesStore } from './stores/preferences-store';
import { useQueueStore } from './stores/queue-store';

/**
 * The desk's first request, sent before React renders the shell: the agent's preferences (they
 * hold the last filter, a settings read of well under a millisecond), then the queue's first page
 * under that filter. Nothing else the start asks for (info, accounts, checklists, sync) is needed
 * for those rows, so the core answers them after it; the queue screen's own load waits for this one.
 */
export async function loadFirstQueuePage(): Promise<void> {
  const stored = await usePreferencesStore.getState().load();
  const queue = useQueueStore.getState();
  await (stored?.lastFilter ? queue.restoreFilter(stored.lastFilter) : queue.reload());
}
